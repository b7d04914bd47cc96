package dk.konferencebasen.extraction;

import java.util.List;

/**
 * Cuts a block of extracted text into paragraphs at blank lines and removes layout whitespace:
 * runs of spaces, tabs and typographic spaces become one space, spaces next to a line break go,
 * and each paragraph is stripped. Line breaks inside a paragraph stay (the passage splitter reads
 * them; a PDF's, which are only where the margin was, are joined later by {@link LineUnwrapper}). A plain-text file arrives as one block, so this runs over every character of it; one
 * pass by hand replaced three regular expressions that profiled as 5 % of indexing.
 */
final class LayoutWhitespace {
  private LayoutWhitespace() {}

  static void paragraphs(CharSequence block, List<String> out) {
    StringBuilder paragraph = new StringBuilder();
    boolean pendingSpace = false;
    int n = block.length();
    int i = 0;
    while (i < n) {
      char c = block.charAt(i);
      if (c == '\r') {
        c = '\n';
        if (i + 1 < n && block.charAt(i + 1) == '\n') {
          i++;
        }
      }
      if (c == '\n') {
        int next = afterBlanks(block, i + 1);
        if (next < n && isLineBreak(block.charAt(next))) {
          add(paragraph, out);
          i = afterWhitespace(block, next);
        } else {
          trimTrailingSpace(paragraph);
          paragraph.append('\n');
          i = next; // spaces after a line break are layout
        }
        pendingSpace = false;
        continue;
      }
      if (isSpace(c)) {
        pendingSpace = true;
      } else {
        if (pendingSpace && !paragraph.isEmpty() && paragraph.charAt(paragraph.length() - 1) != '\n') {
          paragraph.append(' ');
        }
        pendingSpace = false;
        paragraph.append(c);
      }
      i++;
    }
    add(paragraph, out);
  }

  private static void add(StringBuilder paragraph, List<String> out) {
    String cleaned = paragraph.toString().strip();
    if (!cleaned.isEmpty()) {
      out.add(cleaned);
    }
    paragraph.setLength(0);
  }

  private static void trimTrailingSpace(StringBuilder paragraph) {
    while (!paragraph.isEmpty() && paragraph.charAt(paragraph.length() - 1) == ' ') {
      paragraph.setLength(paragraph.length() - 1);
    }
  }

  /** The blanks that may sit on an otherwise empty line between paragraphs. */
  private static int afterBlanks(CharSequence s, int i) {
    while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t' || s.charAt(i) == '\u00A0')) {
      i++;
    }
    return i;
  }

  private static int afterWhitespace(CharSequence s, int i) {
    while (i < s.length() && (Character.isWhitespace(s.charAt(i)) || s.charAt(i) == '\u00A0')) {
      i++;
    }
    return i;
  }

  private static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r';
  }

  static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\u00A0' || (c >= '\u2000' && c <= '\u200A') || c == '\u202F';
  }
}
