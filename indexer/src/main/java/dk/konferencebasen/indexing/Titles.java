package dk.konferencebasen.indexing;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Chooses a report's title. What the file declares comes first, then the first line of the text
 * that reads like a title; a candidate is refused when it is something a title never is: the
 * name of the program that wrote the file, a file name, a date, a breadcrumb, a skip link, a
 * menu item or a photo caption.
 */
final class Titles {
  /** Titles that tools write into files, which say nothing about the content. */
  private static final Pattern TOOL_TITLE = Pattern.compile("(?i)^(untitled|unavngivet|uden titel|dokument\\d*|document\\d*"
      + "|microsoft (word|powerpoint|excel) - .*|.*\\.(docx?|pdf|pptx?|odt|html?|txt|rtf)|enscript output"
      + "|powerpoint[- ]pr(æ|e)sentation|slide \\d+|dias \\d+|titel|title|no title|ingen titel)$");
  private static final Pattern DATE_ONLY = Pattern.compile(
      "(?i)^[\\p{L}]*\\.?,?\\s*\\d{1,2}\\.?\\s*[\\p{L}]+\\.?\\s*\\d{2,4}$|^\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}.*$|^\\d{4}$"
      + "|^(mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b.*\\d.*$");
  private static final Pattern NAVIGATION = Pattern.compile(
      "(?i)^(skip to|spring til|gå til|hop til|til forsiden|tilbage|forside|menu|vis menu|luk menu|du er her|søg|log ind|login"
      + "|print|del|nyhed|nyheder|blog|artikel|arrangementer|kalender|events?|home|hjem)\\b.*");
  private static final Pattern CAPTION = Pattern.compile("(?i)^(foto|photo|billede|image|credit|kilde|grafik)\\s*:.*");
  private static final Pattern FILE_NAME = Pattern.compile("^\\S*([_$]|\\d+x\\d+|\\.(jpe?g|png|gif|pdf|docx?))\\S*$|^(?:[^\\s-]+-){3,}[^\\s-]+$");
  private static final Pattern BREADCRUMB = Pattern.compile("^([^>/»›|]{1,40}\\s*[>/»›|]\\s*){2,}[^>/»›|]+$");
  /** A field label and its value ("Pris: 500 kr", "Dato: 3. maj"): practical information, not a title. */
  private static final Pattern LABEL = Pattern.compile("^\\p{L}+(:\\S.*|\\s*:\\s*(.{0,20}|.*\\d.*))$");
  private static final int MAX_CHARS = 180;
  private static final int LINES_LOOKED_AT = 8;

  private Titles() {}

  /**
   * The first plausible of: the sidecar's title, the file's own title, the first title-like
   * line of the text; the file name when none is.
   */
  static String choose(Optional<String> sidecar, Optional<String> declared, List<String> paragraphs, String fileStem) {
    if (sidecar.isPresent()) {
      return sidecar.get();
    }
    Optional<String> fromFile = declared.map(String::strip).filter(Titles::isPlausible);
    if (fromFile.isPresent()) {
      return fromFile.get();
    }
    List<String> lines = paragraphs.stream().flatMap(p -> p.lines()).map(String::strip)
        .filter(l -> !l.isEmpty()).limit(LINES_LOOKED_AT + 1).toList();
    for (int i = 0; i < Math.min(LINES_LOOKED_AT, lines.size()); i++) {
      String candidate = lines.get(i);
      // a heading broken at its colon: "KOMMUNEDAG 2:" over "PÅ VEJ MOD KV2017"
      if (candidate.endsWith(":") && candidate.length() <= 60 && i + 1 < lines.size()
          && looksLikeTitle(candidate + " " + lines.get(i + 1)) && looksLikeTitle(lines.get(i + 1))) {
        return candidate + " " + lines.get(i + 1);
      }
      if (looksLikeTitle(candidate)) {
        return candidate;
      }
    }
    return fileStem;
  }

  static boolean isPlausible(String title) {
    String t = title.strip();
    return !t.isEmpty() && t.length() <= MAX_CHARS && t.codePoints().anyMatch(Character::isLetter)
        && !TOOL_TITLE.matcher(t).matches() && !DATE_ONLY.matcher(t).matches()
        && !NAVIGATION.matcher(t).matches() && !CAPTION.matcher(t).matches()
        && !FILE_NAME.matcher(t).matches() && !BREADCRUMB.matcher(t).matches()
        && !t.toLowerCase(Locale.ROOT).startsWith("http");
  }

  /** A line that opens a text as a title does: short, not a sentence, not starting in lower case. */
  private static boolean looksLikeTitle(String line) {
    return isPlausible(line) && line.length() >= 4 && !line.matches(".*[.,:;]$") && !LABEL.matcher(line).matches()
        && !line.matches("^[“”\"'«»„].*")
        && !Character.isLowerCase(line.codePointAt(0)) && line.split("\\s+").length <= 20;
  }
}
