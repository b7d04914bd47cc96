package dk.konferencebasen.extraction;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes, line by line, the chrome that text without structure still carries: a web page
 * captured as text, or the text of a PDF or Word file. Chrome is known by its shape, not by one
 * word: lines made only of navigation and button words ("Læs mere Læs mindre", "Hop til
 * hovedindholdet"), link lines that call to action ("Se programmet for fredag"), cookie and
 * subscription notices, file-name and markup debris, separator lines, a run of menu items
 * before the text begins, and the run of subscription and link lines after it ends.
 *
 * <p>When in doubt, keep: a line inside a paragraph of several sentences is never removed (unless
 * it is a consent notice), nor is a line with a digit in it (dates, times, prices, addresses: the
 * event's own practical information), nor anything that would leave the document empty. Every
 * removed line is returned with its reason.
 */
public final class PageChrome {
  private static final Pattern BREADCRUMB =
      Pattern.compile("^(du er her|du befinder dig her|du er nu her)\\s*:.*$", Pattern.CASE_INSENSITIVE);
  private static final Pattern UPDATED = Pattern.compile(
      "^(?:sidst|senest)\\s+(?:opdateret|redigeret|ændret)\\s*:?\\s*(\\d{1,2})[./-](\\d{1,2})[./-](\\d{4})\\.?$",
      Pattern.CASE_INSENSITIVE);
  /** Words that subscription, consent and privacy notices are made of (any ending). */
  private static final List<String> CUE_WORDS = List.of("abonn", "nyhedsbrev", "nyhedsmail", "afmeld",
      "samtykke", "cookie", "personoplysning", "privatlivspolitik", "persondatapolitik");
  private static final Pattern CUE = Pattern.compile(
      "\\b(" + String.join("|", CUE_WORDS.stream().map(w -> w + "\\w*").toList()) + ")",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
  /** The words of menus, buttons and widgets, in Danish and English. A line of nothing else is chrome. */
  private static final Set<String> INTERFACE_WORDS = Set.of(
      "læs", "mere", "mindre", "vis", "skjul", "menu", "hop", "gå", "til", "hovedindhold", "hovedindholdet",
      "indhold", "indholdet", "skip", "to", "content", "main", "navigation", "del", "artikel", "artiklen", "siden",
      "print", "udskriv", "login", "log", "ind", "ud", "søg", "søgning", "tilbage", "toppen", "top", "forside",
      "forsiden", "download", "hent", "transkript", "luk", "close", "næste", "forrige", "next", "previous",
      "share", "facebook", "twitter", "linkedin", "instagram", "youtube", "x", "e-mail", "mail", "accepter",
      "afvis", "ok", "kontakt", "om", "os", "nyheder", "nyhed", "blog", "english", "dansk", "video", "længde",
      "ingen", "resultater", "sitemap", "cookies", "tilgængelighedserklæring", "privatlivspolitik", "mobil",
      "version", "indholdsfortegnelse", "spring", "videre", "skriv", "et", "svar", "kommentar", "kommentarer",
      "send", "annuller", "websted", "navn", "påkrævet", "krævet", "felter", "reply", "leave", "comment",
      "comments", "name", "website", "email", "cancel", "post", "and", "the", "of", "read", "more", "less", "home", "search", "sign", "in", "up",
      "relaterede", "relateret", "artikler", "alle", "følg", "på", "denne", "kopier", "kopiér", "link", "linket", "gem",
      "seneste", "mest", "læste", "populære", "lignende", "emner", "tags", "kategorier", "se", "også", "åbn", "fold",
      "sammen", "indstillinger", "godkend", "acceptér", "accept", "settings", "related", "follow", "us", "copy",
      "aktuelt", "pressemeddelelse", "pressemeddelelser", "presse", "videoer", "galleri", "over", "en", "og", "tryk",
      "billeder", "billederne", "redaktør", "hovednavigation", "hovednavigationen", "navigationen");
  /**
   * Verbs that open a link line: "Se programmet for fredag", "Læs den skriftlige beretning". "Del"
   * is also the noun "part": "DEL I: INTRODUKTION", "Del 2 – workshops" head a programme's part.
   */
  private static final Pattern CALL_TO_ACTION = Pattern.compile(
      "^(læs|se|download|hent|lyt|klik|gå|hop|vis|tilbage|print|udskriv|del(?!\\s+(?:\\d{1,2}|(?-i:[IVX]{1,4}))\\b)|login|log ind"
          + "|save|share|read|view|open|click|go|back|skip)\\b.*", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
  /**
   * One token that is a file name, a CMS placeholder or a slug: "Lars-AP-web-ny-300x230",
   * "nyKrestenBjerg", "MikkelHolm". A capitalised word whose inner capitals go on as capitals is a
   * brand's name ("InnoBYG", "NemID").
   */
  private static final Pattern DEBRIS = Pattern.compile(
      "^(?!https?:)(?=[\\p{IsLatin}\\d_$<>{}.,;:/%-]{5,60}$)(?:.*[_$<>{}].*|.*\\d+x\\d+.*|(?:[^\\s-]+-){3,}[^\\s-]+|\\p{Ll}.*\\p{Ll}\\p{Lu}.*|.*\\p{Ll}\\p{Lu}\\p{Ll}.*)$");
  /**
   * Template leftovers: a field whose value is missing ("Udgivet i ."), the empty date of .NET
   * CMSs ("Monday, January 1, 0001"), a widget's counters ("3 t 23 m 37 s"), icon names.
   */
  private static final Pattern TEMPLATE_DEBRIS = Pattern.compile(
      "(?i)^(?=.{1,30}$).*\\s[.,:;]$|^.*\\b0001$|^\\d+\\s*\\p{L}?(\\s+\\d+\\s*\\p{L}?)+$|^(.*\\s)?(ikon|icon|arrow)(\\s.*)?$");
  /** A form field's label with its required mark ("Navn *", "E-mail *"). */
  private static final Pattern FORM_FIELD = Pattern.compile("^\\p{L}[\\p{L} -]{0,38}\\s?\\*$");
  /** Class names left as text: several tokens, each lower-case with a hyphen or underscore ("wp-block-group alignfull"). */
  private static final Pattern CLASS_NAMES = Pattern.compile("^(?:[a-z0-9]+[-_][a-z0-9_-]+\\s+)+[a-z0-9_-]+$");
  /**
   * The notice of the comment form that most blogs and sites share (WordPress's, in Danish and
   * English): a sentence, yet no part of the page's text.
   */
  private static final Pattern COMMENT_FORM_NOTICE = Pattern.compile(
      "(?i).*(e-?mail-?adresse\\w* (vil|bliver) ikke (blive )?(publiceret|offentliggjort)"
          + "|email address will not be published|gem mit navn, (mail|e-mail) og websted"
          + "|save my name, email, and website|this post has \\d+ comments?|^\\d+ (kommentarer|comments)$"
          + "|^comments are closed\\.?$|^(kommentarerne|kommentarfeltet) er lukket\\.?$|^lukket for kommentarer\\.?$).*");
  /**
   * A link to another page that names what it links to: "Læs også …", "Se også …", a download
   * of a quoted file. Such a line may be a whole sentence and hold digits, so it is told by its
   * opening words, not by its shape.
   */
  private static final Pattern RELATED_LINK = Pattern.compile(
      "(?iU)^((læs|se) også|read also|see also|(læs|se) mere (hos|på))\\b.*|^(download|hent)\\s+[\"“„«].*[\"”»]\\.?$"
          + "|^(flere|andre|lignende|relaterede) (artikler|nyheder|indlæg|arrangementer|historier)\\b.{0,40}$");
  /**
   * A link to the programme or the slides as a file: "Download programmet som PDF her.",
   * "Programmet kan downloades som pdf her", "Download programmet for konferencen i 2022→".
   */
  private static final Pattern DOWNLOAD_LINK = Pattern.compile(
      "(?iU)^(download|hent)\\b.{0,80}\\b(pdf|program\\w*|præsentation\\w*|slides)\\b.{0,40}$"
          + "|^.{0,80}\\bkan (downloades|hentes)\\b.{0,40}$");
  /** An image's file name left as its caption: "CEL taler til deltagerne Vand 031.JPG", "Kræft og Mænd karussel_1120". */
  private static final Pattern IMAGE_NAME = Pattern.compile("(?iU)^.{0,80}\\.(jpe?g|png|gif|webp|tiff?|bmp)$|^.{0,80}\\S_\\d{2,5}$");
  /** A line of hashtags: the page's tags ("#Provstiudvalg #Årsmøde"). */
  private static final Pattern HASHTAGS = Pattern.compile("(?U)^(#\\w[\\w-]*\\s*)+$");
  /**
   * A whole menu captured as one line: "Home Dansk fiskeripolitik EU fiskeripolitik Galleri Arkiv
   * Links Støt os English". Opens with the start page's link and is no sentence.
   */
  private static final Pattern MENU_LINE = Pattern.compile("(?iU)^(home|forside|hjem)\\s+(\\S+\\s+){3,}\\S+(?<![.!?:])$");
  /** A note on printing the page itself: "Bemærk: Ved udskrivning af denne side skal printer …". */
  private static final Pattern PRINT_NOTICE = Pattern.compile(
      "(?iU).*\\b(udskrivning af denne side|udskrive denne side|printe denne side|print this page)\\b.*");
  /**
   * An image's alternative text for a logo: a name, then "logo" ("Landdistrikternes Fællesråd
   * logo"); capitals only, so that "Vi har fået nyt logo" stays.
   */
  private static final Pattern LOGO = Pattern.compile("^(\\p{Lu}\\S*\\s+){1,5}(logo|Logo|LOGO)$");
  /** A link that says where it leads: "Find programmet her", "Se mere her>> …", "Programmet kan findes her". */
  private static final Pattern HERE_LINK = Pattern.compile(
      "(?iU)^(læs|se|find|hent|download|klik|tryk)\\b[^.!?]{0,80}\\bher\\b.*(?<![.!?])|^[^.!?]{0,80}\\b(kan )?(findes|ses|læses|hentes) her\\.?$");
  /** An accordion's control: "Fold hele programmet ud". */
  private static final Pattern ACCORDION = Pattern.compile("(?iU)^fold\\b.{0,60}\\b(ud|sammen)$");
  /** The page's keywords or categories as a label: "Nøgleord: Natur", "Tags: frivillighed, idræt". */
  private static final Pattern KEYWORDS = Pattern.compile("(?iU)^(nøgleord|tags?|emneord|kategori(er)?|keywords?|categories)\\s*:.*");
  /** Markup left as text: an element's attributes ('xmlns="…" viewBox="0 0 54 54">') or a tag. */
  private static final Pattern MARKUP = Pattern.compile("^<[/!]?[a-zA-Z][\\w-]*(\\s[^>]*=[^>]*)?/?>.*|^.*\\b[\\w:-]+=\"[^\"]*\".*/?>$");
  /** One token of digits and letters run together, as a CMS or a tracker writes them ("23948sdkhjf"). */
  private static final Pattern MIXED_TOKEN = Pattern.compile("^(?=\\S*\\d{3})(?=\\S*\\p{L}{3})[\\p{L}\\d]{8,}$");
  /** A registration call is the event's own practical information, whatever its shape. */
  private static final Pattern REGISTRATION = Pattern.compile("(?iU).*\\btilmeld.*");
  private static final Pattern SECTION_LABEL = Pattern.compile("^\\p{Lu}\\p{Ll}{2,20}$");
  private static final int SHORT_LINE_CHARS = 100;
  private static final int RELATED_LINK_CHARS = 250;

  private PageChrome() {}

  /** Whether a line is a logo's alternative text, which is neither content nor a title. */
  public static boolean isLogoText(String line) {
    return LOGO.matcher(line.strip()).matches();
  }

  /** The paragraphs without chrome, what was removed and why, and the page's "last updated" date. */
  public record Cleaned(List<String> paragraphs, List<RemovedText> removed, Optional<LocalDate> updated) {}

  public static Cleaned remove(List<String> paragraphs) {
    return remove(paragraphs, TemplateLines.NONE);
  }

  /** As {@link #remove(List)}, and the lines of the corpus's site template go too. */
  public static Cleaned remove(List<String> paragraphs, TemplateLines template) {
    List<List<String>> kept = new ArrayList<>();
    List<RemovedText> removed = new ArrayList<>();
    LocalDate updated = null;
    int linesBeforeUpdated = Integer.MAX_VALUE;
    for (String paragraph : paragraphs) {
      String[] paragraphLines = paragraph.split("\n");
      // a paragraph of many lines is a list of lines (a page captured without blank lines),
      // not one sentence-rich paragraph: each line is judged as its own
      boolean proseParagraph = paragraphLines.length <= 3 && isProse(paragraph);
      List<String> lines = new ArrayList<>();
      for (String line : paragraphLines) {
        String trimmed = line.strip();
        boolean prose = proseParagraph || isProse(trimmed);
        Matcher date = UPDATED.matcher(trimmed);
        if (date.matches()) {
          updated = updated != null ? updated : parseDate(date).orElse(null);
          linesBeforeUpdated = kept.stream().mapToInt(List::size).sum() + lines.size();
          removed.add(new RemovedText(trimmed, "last-updated line (kept as the report's updated date)"));
          continue;
        }
        Optional<String> reason = !prose && template.contains(trimmed)
            ? Optional.of("site template line repeated across the corpus")
            : reason(trimmed, prose, kept.isEmpty() && lines.isEmpty());
        if (reason.isPresent()) {
          removed.add(new RemovedText(trimmed, reason.get()));
        } else if (!trimmed.isEmpty()) {
          lines.add(line);
        }
      }
      if (!lines.isEmpty()) {
        kept.add(lines);
      }
    }
    removeMenuRun(kept, removed);
    removeSectionLabel(kept, removed);
    removeTrailingChrome(kept, linesBeforeUpdated, removed);
    List<String> result = kept.stream().map(lines -> String.join("\n", lines)).toList();
    if (result.isEmpty() && !paragraphs.isEmpty()) {
      // all of it looked like chrome: a document is never stored empty
      return new Cleaned(paragraphs, List.of(), Optional.ofNullable(updated));
    }
    return new Cleaned(result, removed, Optional.ofNullable(updated));
  }

  /** {@code opensText}: nothing has been kept before the line, so it stands where the page's heading stands. */
  private static Optional<String> reason(String line, boolean inProse, boolean opensText) {
    if (BREADCRUMB.matcher(line).matches()) {
      return Optional.of("breadcrumb");
    }
    long cues = distinctCues(line);
    if (cues >= 2) {
      return Optional.of("subscription or consent notice");
    }
    if (cues == 1 && line.toLowerCase(Locale.ROOT).contains("cookie") && line.length() <= 300 && !inProse) {
      return Optional.of("cookie notice");
    }
    if (line.length() <= 300 && COMMENT_FORM_NOTICE.matcher(line).matches()) {
      return Optional.of("comment form");
    }
    if (inProse) {
      return Optional.empty();
    }
    if (FORM_FIELD.matcher(line).matches()) {
      return Optional.of("form field label");
    }
    if (CLASS_NAMES.matcher(line).matches() || MARKUP.matcher(line).matches() || identifierRun(line)
        || MIXED_TOKEN.matcher(line).matches()) {
      return Optional.of("file name or markup debris");
    }
    if (line.length() <= SHORT_LINE_CHARS && KEYWORDS.matcher(line).matches()) {
      return Optional.of("keywords line");
    }
    if (DEBRIS.matcher(line).matches() || (line.length() <= SHORT_LINE_CHARS && TEMPLATE_DEBRIS.matcher(line).matches())
        || IMAGE_NAME.matcher(line).matches() || HASHTAGS.matcher(line).matches()) {
      return Optional.of("file name or markup debris");
    }
    if (line.length() <= 200 && PRINT_NOTICE.matcher(line).matches()) {
      return Optional.of("print notice");
    }
    if (!line.isEmpty() && line.codePoints().noneMatch(Character::isLetterOrDigit)) {
      return Optional.of("separator line");
    }
    if (line.length() <= RELATED_LINK_CHARS && RELATED_LINK.matcher(line).matches()) {
      return Optional.of("link line");
    }
    if (line.length() <= 150 && DOWNLOAD_LINK.matcher(line).matches()) {
      return Optional.of("link line");
    }
    if (REGISTRATION.matcher(line).matches()) {
      return Optional.empty();
    }
    if (line.length() <= 150 && (HERE_LINK.matcher(line).matches() || ACCORDION.matcher(line).matches())) {
      return Optional.of("link line");
    }
    if (LOGO.matcher(line).matches()) {
      return Optional.of("image text");
    }
    if (line.length() <= 200 && MENU_LINE.matcher(line).matches() && mostlyCapitalised(line)) {
      return Optional.of("menu on one line");
    }
    if (line.chars().anyMatch(Character::isDigit) || line.length() > SHORT_LINE_CHARS) {
      return Optional.empty();
    }
    if (interfaceWordsOnly(line)) {
      return Optional.of("navigation or button text");
    }
    // a headline may open with a verb too ("Se eller gense nordisk virtuel konference om hjemløshed")
    boolean headline = opensText && words(line).length >= 6;
    if (CALL_TO_ACTION.matcher(line).matches() && words(line).length <= 12 && !line.matches(".*[.!?:]$") && !headline) {
      return Optional.of("link line");
    }
    return Optional.empty();
  }

  /**
   * A run of four or more menu-like lines (short, no digits, no sentence) before the first line
   * of running text is the site's menu; the run's last line stays, as it is usually the heading.
   */
  private static void removeMenuRun(List<List<String>> paragraphs, List<RemovedText> removed) {
    List<int[]> run = new ArrayList<>();
    outer:
    for (int p = 0; p < paragraphs.size(); p++) {
      List<String> lines = paragraphs.get(p);
      for (int l = 0; l < lines.size(); l++) {
        if (!isMenuItem(lines.get(l).strip())) {
          break outer;
        }
        run.add(new int[] {p, l});
      }
    }
    if (run.size() < 5) {
      return;
    }
    run.remove(run.size() - 1);
    for (int i = run.size() - 1; i >= 0; i--) {
      int[] at = run.get(i);
      removed.add(0, new RemovedText(paragraphs.get(at[0]).remove(at[1]).strip(), "menu before the text"));
    }
    paragraphs.removeIf(List::isEmpty);
  }

  /**
   * A lone word in title case above the page's headline is the site's section ("Kultur",
   * "Arrangement", "Bloggere"), not a part of the page. A shouted kicker ("INVITATION") stays.
   */
  private static void removeSectionLabel(List<List<String>> paragraphs, List<RemovedText> removed) {
    List<String> flat = paragraphs.stream().flatMap(List::stream).limit(2).toList();
    if (flat.size() < 2 || !SECTION_LABEL.matcher(flat.get(0).strip()).matches() || !isHeadline(flat.get(1).strip())) {
      return;
    }
    List<String> first = paragraphs.get(0);
    removed.add(0, new RemovedText(first.remove(0).strip(), "section label above the headline"));
    paragraphs.removeIf(List::isEmpty);
  }

  private static boolean isHeadline(String line) {
    int words = words(line).length;
    return words >= 4 && words <= 20 && Character.isUpperCase(line.codePointAt(0))
        && !line.matches("^\\S*\\d.*") && !line.matches(".*[.:;,]$");
  }

  private static boolean isMenuItem(String line) {
    return line.length() <= 30 && words(line).length <= 4 && line.chars().noneMatch(Character::isDigit)
        && !line.matches(".*[.!?:;,]$");
  }

  /**
   * Drops the run of lines at the end of the page that holds subscription cues among short link
   * lines. {@code linesBeforeUpdated} is the number of kept lines before a "last updated" line.
   */
  private static void removeTrailingChrome(List<List<String>> paragraphs, int linesBeforeUpdated, List<RemovedText> removed) {
    int count = 0;
    boolean sawCue = false;
    int cut = 0;
    List<String[]> flat = new ArrayList<>();
    for (List<String> lines : paragraphs) {
      for (String line : lines) {
        flat.add(new String[] {line});
      }
    }
    for (int i = flat.size() - 1; i >= 0; i--) {
      String line = flat.get(i)[0].strip();
      long cues = distinctCues(line);
      // after the page's "last updated" line the article has ended: one cue word is enough there
      boolean cue = cues >= 2 || (cues == 1 && (line.length() <= 80 || i >= linesBeforeUpdated));
      boolean linkLike = line.length() <= 60 && !line.matches(".*[.!?:]$") && line.chars().noneMatch(Character::isDigit);
      if (!cue && !linkLike) {
        break;
      }
      count++;
      sawCue |= cue;
      if (sawCue) {
        cut = count;
      }
    }
    for (int n = 0; n < cut; n++) {
      List<String> last = paragraphs.get(paragraphs.size() - 1);
      String line = last.remove(last.size() - 1);
      removed.add(new RemovedText(line.strip(), "subscription and link lines at the end of the page"));
      if (last.isEmpty()) {
        paragraphs.remove(paragraphs.size() - 1);
      }
    }
  }

  /** Several sentences of running text: nothing in it is chrome. */
  private static boolean isProse(String paragraph) {
    if (paragraph.length() < 200) {
      return false;
    }
    int ends = 0;
    for (int i = 1; i < paragraph.length(); i++) {
      char c = paragraph.charAt(i);
      if ((c == '.' || c == '!' || c == '?') && Character.isLetter(paragraph.charAt(i - 1))) {
        ends++;
      }
    }
    return ends >= 2;
  }

  /**
   * Icon or class names run together ("Icon / ae arrow-down arrow-down domea_ae dropdown_arrow
   * share_facebook …"): five or more identifiers, a quarter of the tokens or more, and neither a
   * sentence nor a list with commas (film credits write "Director_Oh Kyeong Taek, …").
   */
  private static boolean identifierRun(String line) {
    if (line.matches(".*[.!?]$") || line.contains(",")) {
      return false;
    }
    String[] tokens = words(line);
    long identifiers = Arrays.stream(tokens).filter(t -> t.matches("[a-z0-9]+([_-][a-z0-9]+)+|\\w*_\\w*")).count();
    return identifiers >= 5 && identifiers * 4 >= tokens.length;
  }

  private static boolean mostlyCapitalised(String line) {
    String[] words = words(line);
    long capitalised = Arrays.stream(words).filter(w -> Character.isUpperCase(w.codePointAt(0))).count();
    return capitalised * 3 >= words.length * 2;
  }

  private static boolean interfaceWordsOnly(String line) {
    String[] words = words(line.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\s-]", " "));
    if (words.length == 0) {
      return false;
    }
    boolean anyWord = false;
    for (String word : words) {
      if (word.matches("-+")) {
        continue; // a separator: "Galleri - Tryk og se alle billederne"
      }
      if (!INTERFACE_WORDS.contains(word)) {
        return false;
      }
      anyWord = true;
    }
    return anyWord;
  }

  private static String[] words(String line) {
    String s = line.strip();
    return s.isEmpty() ? new String[0] : s.split("\\s+");
  }

  private static long distinctCues(String text) {
    // The case-insensitive pattern is slow to try at every character, and most lines hold none
    // of its words: plain substring checks rule those out first.
    String lower = text.toLowerCase(Locale.ROOT);
    if (CUE_WORDS.stream().noneMatch(lower::contains)) {
      return 0;
    }
    // "abonnement" and "abonnent" are one cue; the first five letters name it.
    return CUE.matcher(text).results()
        .map(m -> m.group(1).toLowerCase(Locale.ROOT))
        .map(cue -> cue.substring(0, Math.min(5, cue.length())))
        .distinct()
        .count();
  }

  private static Optional<LocalDate> parseDate(Matcher m) {
    try {
      return Optional.of(LocalDate.of(
          Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
