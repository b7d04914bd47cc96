package dk.konferencebasen.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Removes the running headers, footers and page numbers of a paged document (PDF pages, PPTX
 * slides): text the layout prints on every page, which would otherwise sit in the middle of the
 * text once per page and cut paragraphs that run across a page break.
 *
 * <p>Only the first and last {@link #EDGE_LINES} lines of a page are looked at, because that is
 * where a page's furniture is printed (the text order of a PDF need not be the visual order, so
 * a footer may also come first). Such a line goes when
 * <ul>
 *   <li>it is nothing but a page number ("Side 3 af 12", "- 3 -", "3/12"; a bare number only
 *       when it is close to the page's own number, or keeps the same distance to it on most
 *       pages); this holds for a document of any length;</li>
 *   <li>or, in a document of at least {@link #MIN_PAGES} pages, the same line, once its digits
 *       are ignored ("Side 3 af 12" and "Side 4 af 12" are the same), is at the top or bottom of
 *       at least {@link #MIN_PAGES} pages and of at least half of them: a title, an
 *       organisation's name, "Rapport 2019 – side 4".</li>
 * </ul>
 * A line inside a paragraph that is made of sentences (a line with lines of the same block on
 * both sides, in a block that ends at least two sentences) is never removed: repeated or not,
 * it is text. Every removed line is recorded with the reason.
 */
final class RunningLines {
  static final int EDGE_LINES = 2;
  static final int MIN_PAGES = 3;
  /** Page furniture is one short line; a longer line is text even if it repeats. */
  private static final int MAX_CHARS = 160;
  /** How far a bare number may be from the page's own number (a cover page, front matter). */
  private static final int BARE_NUMBER_SLACK = 2;
  private static final Pattern DIGITS = Pattern.compile("\\d+");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?…][”\"')»]?(?=\\s|$)");
  /** Signature prefix of a bare page number: the rest is its distance to the page's number. */
  private static final String BARE_NUMBER = "\u0000page-number";

  private RunningLines() {}

  /**
   * The blocks without their running lines; what was removed is added to {@code removed}, the
   * reason counting {@code pagesCalled} ("pages", "slides").
   */
  static List<TextBlock> remove(List<TextBlock> blocks, List<RemovedText> removed, String pagesCalled) {
    if (blocks.stream().noneMatch(TextBlock::onPage)) {
      return blocks; // not a paged format: nothing to look at (a plain-text file is one pass less)
    }
    List<String[]> lines = new ArrayList<>(blocks.size());
    for (TextBlock block : blocks) {
      lines.add(block.text().split("\n"));
    }
    TreeMap<Integer, List<EdgeLine>> edges = edgeLines(blocks, lines);
    if (edges.isEmpty()) {
      return blocks;
    }
    int pages = edges.size(); // pages with text: a blank page has no header to count either
    Map<String, Set<Integer>> pagesBySignature = new HashMap<>();
    for (List<EdgeLine> page : edges.values()) {
      for (EdgeLine line : page) {
        if (line.signature() != null) {
          pagesBySignature.computeIfAbsent(line.signature(), s -> new HashSet<>()).add(line.page());
        }
      }
    }
    boolean[][] gone = new boolean[blocks.size()][];
    for (List<EdgeLine> page : edges.values()) {
      for (EdgeLine line : page) {
        String reason = reason(line, pages, pagesBySignature, pagesCalled);
        if (reason == null) {
          continue;
        }
        if (gone[line.block()] == null) {
          gone[line.block()] = new boolean[lines.get(line.block()).length];
        }
        gone[line.block()][line.index()] = true;
        removed.add(new RemovedText(line.text(), reason));
      }
    }
    return without(blocks, lines, gone);
  }

  /** Why the line goes, or null if it stays. */
  private static String reason(EdgeLine line, int pages, Map<String, Set<Integer>> pagesBySignature,
      String pagesCalled) {
    if (line.isProtected()) {
      return null;
    }
    int repeated = line.signature() == null ? 0 : pagesBySignature.get(line.signature()).size();
    boolean running = pages >= MIN_PAGES && repeated >= MIN_PAGES && 2 * repeated >= pages;
    if (PageNumberLine.isWorded(line.text())) {
      return "page number";
    }
    OptionalInt bare = PageNumberLine.bareNumber(line.text());
    if (bare.isPresent()) {
      return Math.abs(bare.getAsInt() - (line.page() + 1)) <= BARE_NUMBER_SLACK || running ? "page number" : null;
    }
    if (!running) {
      return null;
    }
    return (line.top() ? "running header" : "running footer") + " repeated on " + repeated + " of " + pages
        + " " + pagesCalled;
  }

  /** The first and last lines of every page, in document order. */
  private static TreeMap<Integer, List<EdgeLine>> edgeLines(List<TextBlock> blocks, List<String[]> lines) {
    TreeMap<Integer, List<int[]>> positions = new TreeMap<>(); // page -> (block, line) in order
    for (int b = 0; b < blocks.size(); b++) {
      if (!blocks.get(b).onPage()) {
        continue;
      }
      List<int[]> page = positions.computeIfAbsent(blocks.get(b).page(), p -> new ArrayList<>());
      for (int l = 0; l < lines.get(b).length; l++) {
        page.add(new int[] {b, l});
      }
    }
    TreeMap<Integer, List<EdgeLine>> edges = new TreeMap<>();
    positions.forEach((page, at) -> {
      List<EdgeLine> edge = new ArrayList<>();
      int n = at.size();
      for (int i = 0; i < n; i++) {
        boolean top = i < EDGE_LINES;
        if (!top && i < n - EDGE_LINES) {
          continue;
        }
        int block = at.get(i)[0];
        int index = at.get(i)[1];
        String text = lines.get(block)[index].strip();
        boolean inside = insideSentences(lines.get(block), blocks.get(block).text(), index);
        // on a page of a few lines (a slide) a line in the middle is called a footer
        edge.add(new EdgeLine(page, block, index, text, top && i < n - 1 - i, inside,
            inside ? null : signature(text, page)));
      }
      edges.put(page, edge);
    });
    return edges;
  }

  /** A line with lines of its block on both sides, in a block of sentences: body text. */
  private static boolean insideSentences(String[] blockLines, String blockText, int index) {
    if (index == 0 || index == blockLines.length - 1) {
      return false;
    }
    return SENTENCE_END.matcher(blockText).results().limit(2).count() >= 2;
  }

  /**
   * What stays the same from page to page: the line in lower case with its numbers left out, or
   * for a bare page number its distance to the page's number. Null for a line that cannot be
   * page furniture (too long, or no letters and no number).
   */
  static String signature(String line, int page) {
    OptionalInt bare = PageNumberLine.bareNumber(line);
    if (bare.isPresent()) {
      return BARE_NUMBER + (bare.getAsInt() - (page + 1));
    }
    if (line.length() > MAX_CHARS || line.codePoints().noneMatch(Character::isLetter)) {
      return null;
    }
    String digitless = DIGITS.matcher(line.toLowerCase(Locale.ROOT)).replaceAll("#");
    return SPACES.matcher(digitless).replaceAll(" ").strip();
  }

  private static List<TextBlock> without(List<TextBlock> blocks, List<String[]> lines, boolean[][] gone) {
    List<TextBlock> kept = new ArrayList<>(blocks.size());
    for (int b = 0; b < blocks.size(); b++) {
      if (gone[b] == null) {
        kept.add(blocks.get(b));
        continue;
      }
      StringBuilder text = new StringBuilder();
      for (int l = 0; l < lines.get(b).length; l++) {
        if (!gone[b][l]) {
          if (!text.isEmpty()) {
            text.append('\n');
          }
          text.append(lines.get(b)[l]);
        }
      }
      if (!text.isEmpty()) {
        kept.add(new TextBlock(blocks.get(b).page(), text.toString()));
      }
    }
    return kept;
  }

  /** A line at the top or bottom of a page, with what decides whether it goes. */
  private record EdgeLine(int page, int block, int index, String text, boolean top, boolean isProtected,
      String signature) {}
}
