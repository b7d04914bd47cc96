package dk.konferencebasen.extraction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a PDF's lines back into paragraphs. A PDF knows only lines: the parser's blocks are its
 * guess at paragraphs, and every line break inside them is just where the text reached the
 * margin. Left in, the breaks made the passage splitter cut paragraphs at their line wraps, and
 * a paragraph running over a page break became two.
 *
 * <p>Within a block, the lines are joined ({@link LineJoin}: with a space, a hyphenated word
 * made whole again) except where a line break is a paragraph break after all:
 * <ul>
 *   <li>the next line starts a list item ("•", "*", and where a list is plausible "-", "–", "1.",
 *       "a)": see {@link #startsListItem});</li>
 *   <li>the line is much shorter than the document's full lines ({@link #SHORT}) and either ends a
 *       sentence (. ! ? :) before a line that starts like a new block (a capital, a digit, a
 *       quote), or has no closing punctuation at all before a line starting with a capital (a
 *       heading above its paragraph). A wrapped line is nearly full: the word that did not fit is
 *       rarely longer than a quarter of a line.</li>
 * </ul>
 * Between blocks (and across a page break, once {@link RunningLines} has taken the header and
 * footer out from between them) the parser's break stands, unless the first block stops in the
 * middle of a sentence on a full line and the next one goes on in lower case: then it is one
 * paragraph cut by the page or by the parser, and the two are joined.
 */
final class LineUnwrapper {
  /** A line shorter than this share of a full line ended before the margin. */
  static final double SHORT = 0.75;
  /** A bullet always starts a list item. */
  private static final Pattern BULLET = Pattern.compile("[•◦▪▫●○■□‣⁃∙·*]\\s.*", Pattern.DOTALL);
  /** A number, letter or dash may also be an ordinal ("3. plads") or a parenthetical dash. */
  private static final Pattern ENUMERATION = Pattern.compile(
      "(?:\\d{1,3}[.)]|[a-zæøå]\\)|\\(\\w{1,3}\\)|[-–—])\\s+(\\S).*", Pattern.DOTALL);
  private static final Pattern CLOSERS = Pattern.compile("[”\"'’»)\\]]+$");

  private final int fullLine;
  private final List<String> paragraphs = new ArrayList<>();
  private final StringBuilder paragraph = new StringBuilder();
  /** The last physical line put into {@link #paragraph}: its shape decides about the next. */
  private String lastLine;
  private boolean lastWasListItem;

  private LineUnwrapper(int fullLine) {
    this.fullLine = fullLine;
  }

  /** The paragraphs of a PDF's blocks, in order, without line breaks. */
  static List<String> paragraphs(List<TextBlock> blocks) {
    List<String[]> lines = new ArrayList<>(blocks.size());
    for (TextBlock block : blocks) {
      lines.add(block.text().split("\n"));
    }
    LineUnwrapper unwrapper = new LineUnwrapper(fullLine(lines));
    for (String[] block : lines) {
      unwrapper.block(block);
    }
    unwrapper.endParagraph();
    return unwrapper.paragraphs;
  }

  /**
   * How long a full line of the document is, in characters: the median of the lines that have
   * another line after them in their block, which are mostly lines wrapped at the margin. 0 when
   * no block has more than one line (then nothing counts as short).
   */
  static int fullLine(List<String[]> blocks) {
    int[] lengths = blocks.stream().filter(b -> b.length > 1)
        .flatMap(b -> Arrays.stream(b, 0, b.length - 1)).mapToInt(s -> s.strip().length()).sorted().toArray();
    return lengths.length == 0 ? 0 : lengths[lengths.length / 2];
  }

  private void block(String[] lines) {
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty()) {
        continue;
      }
      boolean listItem = startsListItem(line, lastLine, lastWasListItem);
      boolean join = lastLine != null && !listItem
          && (i == 0 ? continuesAcrossBlocks(lastLine, line) : continuesWithinBlock(lastLine, line));
      if (!join) {
        endParagraph();
      }
      LineJoin.append(paragraph, line);
      lastLine = line;
      lastWasListItem = listItem || (join && lastWasListItem);
    }
  }

  private void endParagraph() {
    if (!paragraph.isEmpty()) {
      paragraphs.add(paragraph.toString());
      paragraph.setLength(0);
    }
    lastLine = null;
    lastWasListItem = false;
  }

  /** Inside a block: joined unless the line ended its paragraph early. */
  private boolean continuesWithinBlock(String line, String next) {
    if (!isShort(line)) {
      return true;
    }
    String end = CLOSERS.matcher(line).replaceAll("");
    if (end.isEmpty()) {
      return true;
    }
    char last = end.charAt(end.length() - 1);
    if (".!?:…".indexOf(last) >= 0) {
      return !startsNewBlock(next);
    }
    if (",;-–—(/&+".indexOf(last) >= 0) {
      return true; // stops in the middle of a sentence
    }
    return !Character.isUpperCase(next.codePointAt(0)); // a heading above its paragraph
  }

  /** Between blocks: joined only when a sentence breaks off on a full line and goes on in lower case. */
  private boolean continuesAcrossBlocks(String line, String next) {
    String end = CLOSERS.matcher(line).replaceAll("");
    if (end.isEmpty() || ".!?:…".indexOf(end.charAt(end.length() - 1)) >= 0) {
      return false;
    }
    return !isShort(line) && Character.isLowerCase(next.codePointAt(0));
  }

  private boolean isShort(String line) {
    return fullLine > 0 && line.length() < SHORT * fullLine;
  }

  private static boolean startsNewBlock(String line) {
    int c = line.codePointAt(0);
    return Character.isUpperCase(c) || Character.isDigit(c) || "”\"'’«»(–-—•".indexOf(c) >= 0;
  }

  /**
   * A line that starts a list item. A bullet always does. A number, a letter or a dash only
   * where a list is plausible (before a capital, after another item, after a line ending in a
   * colon): Danish writes ordinals and dates with a full stop ("3. plads", "3. december") and
   * uses the dash as a parenthetical one, and a wrap can put either at the start of a line.
   */
  static boolean startsListItem(String line, String previous, boolean previousWasListItem) {
    if (BULLET.matcher(line).matches()) {
      return true;
    }
    Matcher m = ENUMERATION.matcher(line);
    if (!m.matches()) {
      return false;
    }
    int first = m.group(1).codePointAt(0);
    return Character.isUpperCase(first) || Character.isDigit(first) || previousWasListItem
        || previous != null && previous.endsWith(":");
  }
}
