package dk.konferencebasen.extraction;

import java.util.Locale;
import java.util.Set;

/**
 * Puts two lines of one paragraph back together the way they read before the layout wrapped
 * them: with a space, or for a word hyphenated at the line end without the hyphen and without a
 * space ("konfe-" + "rencen" → "konferencen").
 *
 * <p>A hyphen at a line end is not always a typesetter's: Danish shortens compounds that share a
 * last part with a hyphen ("udlændinge- og integrationsministeren"), so before "og", "eller",
 * "samt", "til" … the hyphen stays and so does the space. It also stays, without a space, before
 * a capital ("EU-" + "Kommissionen") and after a capital or digit ("EU-" + "borgere", "2019-" +
 * "rapporten"), where a typesetter would not have broken a word.
 */
final class LineJoin {
  /** Words that follow an elided compound: "udlændinge- og …", "social- eller …". */
  private static final Set<String> AFTER_ELIDED_COMPOUND = Set.of(
      "og", "eller", "samt", "til", "som", "men", "end", "plus", "såvel", "hhv.", "henholdsvis",
      "respektive", "resp.", "el.", "&", "/", "and", "or");
  private static final char SOFT_HYPHEN = '\u00AD';

  private LineJoin() {}

  /** Appends {@code next} to the paragraph whose last line it continues. */
  static void append(StringBuilder paragraph, String next) {
    int n = paragraph.length();
    if (n == 0) {
      paragraph.append(next);
      return;
    }
    char last = paragraph.charAt(n - 1);
    if (last == SOFT_HYPHEN) {
      paragraph.setLength(n - 1);
      paragraph.append(next);
    } else if (last == '-' && n >= 2 && Character.isLetterOrDigit(paragraph.charAt(n - 2))) {
      char before = paragraph.charAt(n - 2);
      if (elidedCompound(next)) {
        paragraph.append(' ').append(next);
      } else if (startsWithCapital(next) || Character.isUpperCase(before) || Character.isDigit(before)) {
        paragraph.append(next); // a real hyphen: "EU-Kommissionen", "EU-borgere"
      } else {
        paragraph.setLength(n - 1); // a typesetter's hyphen: "konfe-" + "rencen"
        paragraph.append(next);
      }
    } else {
      paragraph.append(' ').append(next);
    }
  }

  private static boolean elidedCompound(String next) {
    int space = next.indexOf(' ');
    String first = (space < 0 ? next : next.substring(0, space)).toLowerCase(Locale.ROOT);
    return AFTER_ELIDED_COMPOUND.contains(first);
  }

  private static boolean startsWithCapital(String s) {
    return !s.isEmpty() && Character.isUpperCase(s.codePointAt(0));
  }
}
