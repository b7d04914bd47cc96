package dk.konferencebasen.indexing;

import dk.konferencebasen.extraction.PageChrome;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Chooses a report's title. What the file declares comes first, then the first line of the text
 * that reads like a title; a candidate is refused when it is something a title never is: the
 * name of the program that wrote the file, a file name, a date, a breadcrumb, a skip link, a
 * menu item, a list item, a logo's text, a photo caption, a programme's time, a person's name.
 * A title opens the text: a heading below two paragraphs of running text is a subheading.
 */
final class Titles {
  /** Titles that tools write into files, which say nothing about the content. */
  private static final Pattern TOOL_TITLE = Pattern.compile("(?i)^(untitled|unavngivet|uden titel|dokument\\d*|document\\d*"
      + "|microsoft (word|powerpoint|excel) - .*|.*\\.(docx?|pdf|pptx?|odt|html?|txt|rtf)|enscript output"
      + "|powerpoint[- ]pr(æ|e)sentation|slide \\d+|dias \\d+|titel|title|no title|ingen titel)$");
  private static final String MONTH = "(januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december"
      + "|jan|feb|mar|apr|jun|jul|aug|sep|sept|okt|nov|dec|january|february|march|may|june|july|october)";
  private static final Pattern DATE_ONLY = Pattern.compile(
      "(?iU)^[\\p{L}]*\\.?,?\\s*\\d{1,2}\\.?\\s*" + MONTH + "\\.?\\s*,?\\s*\\d{2,4}$|^\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}.*$|^\\d{4}$"
      + "|^(mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b.*\\d.*$"
      + "|^(den\\s+|d\\.\\s*)?\\d{1,2}\\.\\s*" + MONTH + "\\b.*");
  /** A programme's line: it opens with its time ("Kl. 13.30 Introduktion …", "10:30"). */
  private static final Pattern TIME = Pattern.compile("(?iU)^(kl\\.?\\s*\\d|\\d{1,2}[.:]\\d{2}\\b).*");
  /** A heading glued to the date below it, as captured text runs them: "DIALOG OM HJEMLØSHED PÅ LANDET10. marts 2022". */
  private static final Pattern GLUED_DATE = Pattern.compile("(?iU)^(.*\\p{L})\\d{1,2}\\.\\s*" + MONTH + "\\s+\\d{4}$");
  /** A line that stops at a word no heading ends with, so that it goes on in the next line. */
  private static final Pattern WRAPPED_AT = Pattern.compile(
      "(?iU).*\\s(som|og|eller|i|af|for|til|med|på|om|fra|ved|en|et|der|at|de|den|det)$");
  /** An address: street, then postcode and town ("Frode Jacobsens Plads 4,1, 2720 Vanløse"). */
  private static final Pattern ADDRESS = Pattern.compile("(?U).*,\\s*\\d{4}\\s+\\p{Lu}.*");
  /** An editor's note in brackets: "[Oprindeligt publiceret af Veterancentret]". */
  private static final Pattern BRACKETED = Pattern.compile("^\\[.*\\]$");
  private static final Pattern NAVIGATION = Pattern.compile(
      "(?iU)^(skip to|spring til|spring \\S+ over$|gå til|hop til|til forsiden|tilbage|forside|menu|vis menu|luk menu|du er her|søg|log ind|login"
      + "|print|del|nyhed|nyheder|blog|artikel|arrangementer|kalender|events?|home|hjem|download|læs også|se også)\\b.*");
  /** A photo caption, or a photo's credit at the end of its caption ("Åbning af Folkemødet Fotograf: …"). */
  private static final Pattern CAPTION = Pattern.compile(
      "(?i)^(foto|photo|billede|image|credit|kilde|grafik)\\s*:.*|.*\\b(foto|fotograf|photo|photographer)\\s*:\\s*\\S.*");
  /** A byline: "Af Jesper Ernst Henriksen", "Af Redaktionen". */
  private static final Pattern BYLINE = Pattern.compile("(?U)^(af|skrevet af|by)\\s+\\p{Lu}.*", Pattern.CASE_INSENSITIVE);
  /**
   * A dated label: a few words and a full date ("Vifo Artikel 09.01.2018", "Design uden navn
   * 27. september 2021"), or a programme's day header ("FAGLIG FREDAG den 11. november").
   */
  private static final Pattern DATED_LABEL = Pattern.compile("(?iU)^(\\S+\\s+){0,3}(?<!\\b(den|d\\.)\\s)(\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}"
      + "|\\d{1,2}\\.\\s*(januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december)\\s+\\d{4})$"
      + "|^(\\S+\\s+)?(mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)\\s+(d\\.|den)\\s+\\d{1,2}\\..*");
  /** One token of digits and letters run together, as a CMS writes them ("23948sdkhjf"). */
  private static final Pattern MIXED_TOKEN = Pattern.compile("^(?=\\S*\\d{3})(?=\\S*\\p{L}{3})[\\p{L}\\d]{8,}$");
  /** An item of a list: a title is never one ("• Ankomst og kaffe", "- Olav Hesseldahl, direktør", "1. Åbningsdebat"). */
  private static final Pattern LIST_ITEM = Pattern.compile("^[•·▪◦‣●○■□*–—-]\\s.*|^\\d{1,2}[.)]\\s+\\S.*");
  private static final Pattern FILE_NAME = Pattern.compile("^\\S*([_$]|\\d+x\\d+|\\.(jpe?g|png|gif|pdf|docx?))\\S*$|^(?:[^\\s-]+-){3,}[^\\s-]+$");
  private static final Pattern BREADCRUMB = Pattern.compile("^([^>/»›|]{1,40}\\s*[>/»›|]\\s*){2,}[^>/»›|]+$");
  /** A field label and its value ("Pris: 500 kr", "Dato: 3. maj"): practical information, not a title. */
  private static final Pattern LABEL = Pattern.compile("^\\p{L}+(:\\S.*|\\s*:\\s*(.{0,20}|.*\\d.*))$");
  /** An item of a numbered or timed list: "Temamøde 1: …", "09.00: Velkomst". */
  private static final Pattern NUMBERED_ITEM = Pattern.compile("(?U)^\\S*\\d.*|^.*\\b\\w+\\s+\\d+\\s*:.*");
  private static final int MAX_CHARS = 180;
  private static final int LINES_LOOKED_AT = 8;

  private Titles() {}

  /**
   * The first plausible of: the sidecar's title, the file's own title, the first title-like
   * line of the text above its second paragraph of running text; the file name when none is.
   * {@code personName} tells a line that is only a person's name (an author box, a photo's
   * subject), which is never the title.
   */
  static String choose(Optional<String> sidecar, Optional<String> declared, List<String> paragraphs, String fileStem,
      Predicate<String> personName) {
    if (sidecar.isPresent()) {
      return sidecar.get();
    }
    Optional<String> fromFile = declared.map(String::strip).filter(Titles::isPlausible);
    if (fromFile.isPresent()) {
      return fromFile.get();
    }
    List<String> lines = paragraphs.stream().flatMap(p -> p.lines()).map(String::strip)
        .filter(l -> !l.isEmpty()).limit(LINES_LOOKED_AT + 1).toList();
    int runningText = 0;
    for (int i = 0; i < Math.min(LINES_LOOKED_AT, lines.size()); i++) {
      String candidate = withoutGluedDate(lines.get(i));
      // one paragraph may stand above the heading (a site's lead); below two, a heading is a subheading
      if (isRunningText(candidate) && ++runningText == 2) {
        break;
      }
      boolean wrapped = i + 1 < lines.size() && Character.isLowerCase(lines.get(i + 1).codePointAt(0));
      if (wrapped && WRAPPED_AT.matcher(candidate).matches()
          && looksLikeTitle(candidate) && looksLikeTitle(candidate + " " + lines.get(i + 1))) {
        // a heading wrapped over two lines: "… kystfiskerkonference som" over "afholdes i Grenå 2-3 maj 2005"
        candidate = candidate + " " + lines.get(i + 1);
      } else if (wrapped && candidate.split("\\s+").length >= 12) {
        // a sentence wrapped at the line's end, not a heading
        continue;
      }
      // a heading broken at its colon: "KOMMUNEDAG 2:" over "PÅ VEJ MOD KV2017"
      if (candidate.endsWith(":") && candidate.length() <= 60 && i + 1 < lines.size()
          && looksLikeTitle(candidate + " " + lines.get(i + 1)) && looksLikeTitle(lines.get(i + 1))) {
        return candidate + " " + lines.get(i + 1);
      }
      if (looksLikeTitle(candidate) && !(isOneWord(candidate) && headlineFollows(lines, i))
          && !personName.test(candidate)) {
        return candidate;
      }
    }
    return fileStem;
  }

  private static String withoutGluedDate(String line) {
    var glued = GLUED_DATE.matcher(line);
    return glued.matches() ? glued.group(1) : line;
  }

  /** A line of a paragraph: a statement of twelve words or more, or any line of thirty. A title may ask. */
  private static boolean isRunningText(String line) {
    int words = line.split("\\s+").length;
    return words >= 30 || (words >= 12 && line.matches(".*\\p{L}[.!][\"”»]?$"));
  }

  private static boolean isOneWord(String line) {
    return !line.strip().contains(" ");
  }

  /**
   * A lone word over a headline of four words or more is a section label ("Aktuelt", "Kultur",
   * "Pressemeddelelse") above the page's own title. A line with a digit below it is not such a
   * headline but an item ("Temamøder" over "Temamøde 1: …", "PROGRAM" over "09.00: …"); a digit
   * elsewhere does not make it one ("INVITATION" over "Politisk Speed-Debatter – KV21").
   */
  private static boolean headlineFollows(List<String> lines, int at) {
    for (int j = at + 1; j < Math.min(lines.size(), at + 3); j++) {
      String line = lines.get(j);
      if (looksLikeTitle(line) && line.split("\\s+").length >= 4 && !NUMBERED_ITEM.matcher(line).matches()) {
        return true;
      }
    }
    return false;
  }

  static boolean isPlausible(String title) {
    String t = title.strip();
    return !t.isEmpty() && t.length() <= MAX_CHARS && t.codePoints().anyMatch(Character::isLetter)
        && !TOOL_TITLE.matcher(t).matches() && !DATE_ONLY.matcher(t).matches()
        && !NAVIGATION.matcher(t).matches() && !CAPTION.matcher(t).matches()
        && !LIST_ITEM.matcher(t).matches() && !PageChrome.isLogoText(t) && !BYLINE.matcher(t).matches()
        && !DATED_LABEL.matcher(t).matches() && !MIXED_TOKEN.matcher(t).matches()
        && !TIME.matcher(t).matches() && !BRACKETED.matcher(t).matches() && !ADDRESS.matcher(t).matches()
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
