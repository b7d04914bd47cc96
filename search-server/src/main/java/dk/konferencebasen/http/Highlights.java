package dk.konferencebasen.http;

import dk.konferencebasen.search.Match;
import java.util.List;

/** Passage text as HTML: everything escaped, with only {@code <mark>} around the matches. */
final class Highlights {
  private Highlights() {}

  static String html(String text, List<Match> matches) {
    StringBuilder out = new StringBuilder(text.length() + matches.size() * 13);
    int at = 0;
    for (Match m : matches.stream().sorted((a, b) -> Integer.compare(a.start(), b.start())).toList()) {
      if (m.start() < at || m.end() > text.length()) {
        continue; // overlapping or out-of-range matches are not marked twice
      }
      escape(text, at, m.start(), out);
      out.append("<mark>");
      escape(text, m.start(), m.end(), out);
      out.append("</mark>");
      at = m.end();
    }
    escape(text, at, text.length(), out);
    return out.toString();
  }

  private static void escape(String text, int from, int to, StringBuilder out) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
  }
}
