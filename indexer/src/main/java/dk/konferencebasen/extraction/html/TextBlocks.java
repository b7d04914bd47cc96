package dk.konferencebasen.extraction.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * The visible text of an element as the paragraphs a reader sees: every block element (p,
 * headings, list items, table rows, div …) starts a new paragraph, a {@code <br>} a new line
 * within one, and layout whitespace collapses.
 */
final class TextBlocks {
  static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header", "footer", "nav",
      "aside", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "table", "thead", "tbody",
      "tfoot", "tr", "caption", "blockquote", "pre", "figure", "figcaption", "address", "hr", "form", "fieldset",
      "details", "summary", "body", "center", "legend", "menu", "dialog", "hgroup");
  private static final Set<String> CELLS = Set.of("td", "th");

  private static final char LINE_BREAK = '\u2028';

  private TextBlocks() {}

  private static boolean inPre(Node node) {
    for (Node n = node.parentNode(); n instanceof Element e; n = n.parentNode()) {
      if (e.normalName().equals("pre")) {
        return true;
      }
    }
    return false;
  }

  static List<String> of(Element root) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    root.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode text) {
          String t = text.getWholeText();
          // Line breaks in the HTML source are layout; only <br> and preformatted text break lines.
          current.append(inPre(text) ? t.replace('\n', LINE_BREAK) : t);
        } else if (node instanceof Element e) {
          String tag = e.normalName();
          if (tag.equals("br")) {
            current.append(LINE_BREAK);
          } else if (BLOCKS.contains(tag)) {
            flush(current, out);
          } else if (CELLS.contains(tag)) {
            current.append(' ');
          }
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element e) {
          if (BLOCKS.contains(e.normalName())) {
            flush(current, out);
          } else if (CELLS.contains(e.normalName())) {
            current.append(' ');
          }
        }
      }
    });
    flush(current, out);
    return out;
  }

  private static void flush(StringBuilder current, List<String> out) {
    if (current.isEmpty()) {
      return;
    }
    String paragraph = normalise(current);
    current.setLength(0);
    if (!paragraph.isEmpty()) {
      out.add(paragraph);
    }
  }

  /** Spaces (any kind) collapse to one, spaces around line breaks go, blank lines go. */
  static String normalise(CharSequence text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == LINE_BREAK) {
        trimEnd(out);
        if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
          out.append('\n');
        }
        space = false;
      } else if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B') {
        space = true;
      } else {
        if (space && !out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
          out.append(' ');
        }
        space = false;
        out.append(c);
      }
    }
    trimEnd(out);
    return out.toString().strip();
  }

  private static void trimEnd(StringBuilder out) {
    while (!out.isEmpty() && (out.charAt(out.length() - 1) == ' ' || out.charAt(out.length() - 1) == '\n')) {
      out.setLength(out.length() - 1);
    }
  }
}
