package dk.konferencebasen.passages;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Talks a report or news story tells of in running text, where there is no programme: a
 * paragraph whose sentence says that a named person gave a talk ("Søren Kromann, direktør i
 * KOMBIT, gennemgik fokusområderne …", "Dagen bød på oplæg fra lektor Johannes Andersen …",
 * "… hvor formand Anette Valentin holdt oplæg") is that talk, titled by the sentence, and the
 * sentence names its speakers.
 *
 * <p>What a person said ("siger", "sagde", "fortalte, at …") is a quotation, not a talk: a talk
 * is given ("holdt oplæg"), offered ("oplæg fra/ved …"), or is about something ("fortalte om",
 * "gennemgik", "præsenterede"). The subject must be a name (two capitalised words before the
 * verb), so "Han fortalte om …" continues the talk before it rather than starting one — unless
 * it follows the sentence that opens its paragraph and names someone ("Branchen blev repræsenteret
 * af Claus Rydkjær, direktør i Capgemini. Han fortalte om …").
 */
final class ReportedTalks {
  /** The word for a talk, in any of its forms ("oplægget", "foredraget", "talen"). */
  private static final String TALK = "(?:\\p{L}*oplæg|\\p{L}*indlæg|foredrag|keynote|\\p{L}*tale|præsentation|beretning|indspark|indslag)"
      + "(?:get|et|ene|en|erne|ne|n)?";
  /** Two to four capitalised words, perhaps with a middle initial: "Iris Isabella Engelund", "Ole B. Jensen". */
  private static final String NAME = "\\p{Lu}[\\p{L}'’-]+(?:\\s+(?:\\p{Lu}\\.\\s+)?\\p{Lu}[\\p{L}'’-]+){1,3}";
  private static final String GIVER = "(?<giver>" + NAME + ")";
  /** A character of the same sentence: anything but a closing mark, or a full stop of an abbreviation ("hhv."). */
  private static final String WITHIN_SENTENCE = "(?:[^.!?]|\\.(?=\\s*\\p{Ll}))";
  private static final Pattern A_NAME = Pattern.compile("(?U)" + NAME);
  /**
   * "holdt et oplæg", "gav et indlæg", "gav en introduktion til …", "vil … holde foredraget",
   * "bidrager Svend Brodersen fra Gram Slot med indlægget …"; "leverede" may name its givers
   * before the talk ("Derefter leverede Pernille Skipper, bestyrelsesformand for Coop, og Hjalte
   * Aaberg tre oplæg").
   */
  private static final Pattern GAVE_A_TALK = Pattern.compile(
      "(?iU)\\b(?:(?:holdt|holder|holde|gav|giver|havde|leverede|komme\\s+med|kommer\\s+med|kom\\s+med)\\s+(?:\\p{L}+\\s+){0,2}?"
          + "|leverede\\s+" + WITHIN_SENTENCE + "{0,240}?|(?:bidrager|bidrog)\\s+" + WITHIN_SENTENCE + "{0,120}?\\bmed\\s+(?:\\p{L}+\\s+){0,2}?)"
          + "(?:" + TALK + "|introduktion|gennemgang|orientering)\\b"
          // "Søren Bregenov (KL) gav os et indblik i …": to give the hall an insight or an overview is to speak
          + "|\\b(?:gav|giver)\\s+(?:os|dem|deltagerne|forsamlingen|salen)?\\s*(?:et|en)\\s+(?:\\p{Ll}+\\s+)?(?:indblik|overblik|opdatering)\\b");
  /**
   * "Du kan møde Mette Kirkeskov Sie fra Fødevarestyrelsen, …", "Ved debatmødet kan du møde
   * hovedforskeren …, forskningslektor Flemming Tait Svith": whom an invitation says one will meet
   * gives the event's talk.
   */
  private static final Pattern YOU_CAN_MEET = Pattern.compile(
      "(?U)\\b(?i:kan\\s+(?:du|I|man)\\s+(?:\\p{Ll}+\\s+){0,3}?(?:møde|opleve|høre)|(?:du|I|man)\\s+kan\\s+(?:møde|opleve|høre))\\s+"
          + WITHIN_SENTENCE + "{0,120}?" + GIVER);
  /**
   * The giver after the verb, as Danish puts the subject after an adverbial: "… og ca. kl. 15.50
   * holder 3F's formand Henning Overgaard sin beretning", "Derefter gav borgmester Anne Holm sit bud".
   */
  private static final Pattern GAVE_INVERTED = Pattern.compile(
      "(?U)\\b(?:holder|holdt|giver|gav|leverer|leverede)\\s+(?:[\\p{L}\\d’'.-]+\\s+){0,3}?" + GIVER
          + "\\s+(?:sin|sit|sine)\\s+(?:\\p{Ll}+\\s+)?(?i:" + TALK + "|beretning|bud)\\b");
  /**
   * The speakers named after the word for them: "To oplægsholdere, Lisbeth Trinskjær, formand for
   * …", "De fire veloplagte oplægsholdere – Klaus Majgaard, Rie Wellendorf …", "Blandt talerne på
   * dagen er også Københavns Lufthavns adm. direktør, Thomas Woldbye".
   */
  private static final Pattern SPEAKERS_NAMED = Pattern.compile(
      "(?U)\\b(?i:oplægsholder(?:e|ne)|foredragsholder(?:e|ne)|talere|talerne)\\s*(?:[,:–—-]|(?:\\p{Ll}+\\s+){0,3}?(?:\\bvar\\b|\\ber\\b))\\s*"
          + "(?:\\p{Ll}[\\p{L}.-]*\\s+){0,3}" + GIVER);
  /** "oplæg fra lektor Johannes Andersen", "Årets foredrag er ved Jørn Henrik Petersen". */
  private static final Pattern TALK_BY = Pattern.compile(
      "(?U)\\b(?i:" + TALK + ")\\s+(?:(?i:er|bliver|var)\\s+)?(?:fra|ved|af|v/)\\s+(?:[\\p{L}.-]+,?\\s+){0,4}?" + GIVER);
  /** "… et oplæg omkring Samskabelse og Capacity Building af professor Hanne Kathrine Krogstrup": the topic between. */
  private static final Pattern TALK_ABOUT_BY = Pattern.compile(
      "(?U)\\b(?i:" + TALK + ")\\s+(?:om|omkring)\\s+" + WITHIN_SENTENCE + "{1,120}?\\s(?:af|ved|v/)\\s+(?:\\p{Ll}[\\p{L}.-]*,?\\s+){0,3}" + GIVER);
  private static final Pattern TOLD_ABOUT = Pattern.compile(
      "(?U)" + GIVER + WITHIN_SENTENCE + "{0,160}?\\b(?:(?:fortalte|fortæller|fortælle|talte|taler|berettede|gennemgik|gennemgår"
          + "|præsenterede|præsenterer|fremlagde|fremlægger|introducerede|introducerer|snakke|snakker|snakkede|formidler|formidlede)"
          + "\\s+(?!at\\b|,)(?:\\p{L}+\\s+){0,4}?(?:om|velkommen|\\p{L}+erne|\\p{L}+en|\\p{L}+et)\\b"
          // "… præsenterede nogle af de centrale resultater": what one presents or goes through is the talk
          + "|(?:præsenterede|præsenterer|gennemgik|gennemgår|fremlagde|fremlægger)\\s+(?!at\\b|sig\\b|,)\\p{L})");
  /**
   * "Jan Boye bød velkommen", "… fik æren af at byde velkommen", "Onsdag morgen bød AAU-rektor Per
   * Michael Johansen velkommen", not "… byder igen i år indenfor".
   */
  private static final Pattern WELCOMED = Pattern.compile(
      "(?U)" + GIVER + WITHIN_SENTENCE + "{0,160}?\\b(?:bød|byder|byde)\\s+(?:\\p{L}+\\s+){0,3}?velkommen\\b");
  private static final Pattern WELCOMED_INVERTED = Pattern.compile(
      "(?U)\\b(?:bød|byder)\\s+(?:\\p{Ll}[\\p{L}.-]*\\s+){0,3}" + GIVER + "(?:,[^.!?]{0,120}?)?\\s+velkommen\\b");
  /** "Niels Wieland tog ordet", "Efter beretningen bad æresmedlem Niels Wieland om ordet": to take the floor is to speak. */
  private static final Pattern TOOK_THE_FLOOR = Pattern.compile(
      "(?U)" + GIVER + WITHIN_SENTENCE + "{0,80}?\\b(?i:tog|fik)\\s+ordet\\b");
  private static final Pattern ASKED_FOR_THE_FLOOR = Pattern.compile(
      "(?U)\\b(?i:bad)\\s+(?:\\p{Ll}[\\p{L}.-]*\\s+){0,3}" + GIVER + "\\s+om\\s+ordet\\b");
  /** "Annemette Palmqvist … tog os med … i sit oplæg om …", "… rundede dagen af med et dialogisk oplæg". */
  private static final Pattern IN_THEIR_TALK = Pattern.compile(
      "(?U)" + GIVER + WITHIN_SENTENCE + "{0,160}?\\b(?:i|med|under)\\s+(?:sit|sin|sine|deres|hans|hendes|et|en)\\s+"
          + "(?:\\p{Ll}+\\s+){0,2}?(?i:" + TALK + ")\\b");
  /** "Bruno Sander Nielsen, Foreningen Biogasbranchen gjorde forsamlingen klogere på …". */
  private static final Pattern MADE_WISER = Pattern.compile(
      "(?U)" + GIVER + WITHIN_SENTENCE + "{0,160}?\\bgjorde\\s+(?:\\p{Ll}+\\s+){0,2}?klogere\\s+på\\b");
  /** "… at høre Lars Mejlbyes indlæg". */
  private static final Pattern WHOSE_TALK = Pattern.compile("(?U)" + GIVER + "(?<!['’])['’]?s\\s+(?i:" + TALK + ")\\b");
  /**
   * The speaker after the verb, as Danish puts the subject after an adverbial ("Med disse ord
   * sluttede borgmester Trine Græse …", "Efterfølgende belyste Tea Torbenfeldt Bengtsson …"), in
   * the passive ("… blev åbnet af ældreminister Mette Kierkgaard", "… blev præsenteret af Mette
   * Kaagaard, CEO i Microsoft Danmark") and in a cleft ("Derefter var
   * det beskæftigelsesminister Troels Lund Poulsen, som …").
   */
  private static final Pattern OPENED_BY = Pattern.compile(
      "(?U)\\b(?:(?i:åbnede|sluttede|afsluttede|indledte|belyste|fremlagde|præsenterede|gennemgik|fortalte|talte)"
          + "|(?i:blev|bliver)\\s+(?i:åbnet|afsluttet|lukket|indledt|budt\\s+velkommen|præsenteret|fremlagt|gennemgået)\\s+af|(?i:åbnes|afsluttes|indledes)\\s+af|(?i:budt\\s+velkommen\\s+af)|(?i:var|er)\\s+det)"
          + "\\s+(?:\\p{Ll}[\\p{L}.-]*,?\\s+){0,3}" + GIVER);
  /** "Kulturminister Marianne Jelved (R) åbner konferencen …", "… Jens Holm afsluttede dagen": the name opens the day. */
  private static final Pattern OPENS_THE_DAY = Pattern.compile(
      "(?U)" + GIVER + WITHIN_SENTENCE + "{0,80}?\\b(?:(?i:åbner|åbnede|indleder|indledte|afslutter|afsluttede)\\s+"
          + "(?i:\\p{L}*konferencen|\\p{L}*dagen|\\p{L}*mødet|seminaret|arrangementet|topmødet|kongressen)\\b"
          + "|(?i:samlede|samler)\\s+op\\s+på\\s+(?i:dagen|konferencen|mødet)\\b"
          // "Sygeplejefaglig direktør Rikke Degn skød dagen i gang"
          + "|(?i:skød|skyder|sparkede|sparker)\\s+(?i:\\p{L}*konferencen|\\p{L}*dagen|\\p{L}*mødet|seminaret|arrangementet)\\s+i\\s+gang\\b)");
  /**
   * "Karen Leth delte sine erfaringer med …", "På dagen delte daværende minister, Karen Ellemann,
   * sine visioner for …", "mediepersonen Lisbeth Knudsen øser af sine erfaringer": to share one's
   * own views with the hall is to give a talk.
   */
  private static final String OWN_VIEWS = "\\s+(?i:sine|sin|sit|deres)\\s+(?i:erfaringer|visioner|tanker|perspektiver|refleksioner"
      + "|pointer|betragtninger|viden|historie|fortælling|bud)\\b";
  private static final Pattern SHARED = Pattern.compile(
      "(?U)" + GIVER + WITHIN_SENTENCE + "{0,120}?\\b(?i:delte|deler|øser\\s+af|øste\\s+af)" + OWN_VIEWS);
  private static final Pattern SHARED_BY = Pattern.compile(
      "(?U)\\b(?i:delte|deler)\\s+(?:[\\p{L}.-]+[\\s,]+){0,6}?" + GIVER + "(?:,[^.!?]{0,60}?)?" + OWN_VIEWS);
  /**
   * "Mathias Vibe, AU og Lone Nedergaard var oplægsholdere", "Jens Peter Christensen …, da han gik
   * på som keynotespeaker": the names before the word for their part.
   */
  private static final Pattern WERE_SPEAKERS = Pattern.compile(
      "(?U)" + GIVER + WITHIN_SENTENCE + "{0,100}?\\b(?:var|er|bliver|blev|være|har\\s+været|som)\\s+(?:\\p{Ll}+\\s+){0,2}"
          + "(?i:oplægsholdere?|foredragsholdere?|ordstyrere?|moderator|hovedtalere?|paneldeltagere|keynote(?:speaker|taler)?e?)\\b");
  /**
   * "… energipolitisk debat med deltagelse af politikerne Anne Paulin (S) og …", "et panel
   * bestående af chefredaktør Gwyn Nissen …", "panel med nogle andre repræsentanter end dem vi plejer
   * at se: Ditte Brøndum (Socialrådgiverne), …": a debate and who took part.
   */
  private static final Pattern DEBATE_WITH = Pattern.compile(
      "(?U)\\b(?i:\\p{L}*debat(?:ten)?|\\p{L}*panel(?:et)?)\\s+(?:med|mellem|bestående\\s+af)\\s+(?:deltagelse\\s+af\\s+)?"
          + "(?:(?:\\p{Ll}[\\p{L}.-]*,?\\s+){0,3}|[^.:!?]{0,100}:\\s*)" + GIVER);
  /** "… hvor næstformand Thomas Bach, DIF og direktør Mikkel Nørtoft Magelund, DGI, debatterede": the debaters. */
  private static final Pattern DEBATED = Pattern.compile(
      "(?U)" + GIVER + WITHIN_SENTENCE + "{0,160}?\\b(?i:debatterede|debatterer)\\b");
  /** "Henrik Weiergang stod for at styre diskussionen", "Anne Holm modererede debatten": the one who led the talk. */
  private static final Pattern LED_THE_DEBATE = Pattern.compile(
      "(?U)" + GIVER + WITHIN_SENTENCE + "{0,120}?\\b(?i:modererede|styrede|ledte|stod\\s+for\\s+at\\s+(?:styre|lede|moderere))\\s+"
          + "(?:\\p{Ll}+\\s+){0,2}?(?i:\\p{L}*debat\\p{L}*|\\p{L}*diskussion\\p{L}*|\\p{L}*samtale\\p{L}*|panel\\p{L}*|\\p{L}*dialog\\p{L}*)");
  /** "Han fortalte om …", "Hun præsenterede …": the talk of the one the sentence before named. */
  private static final Pattern PRONOUN_TOLD = Pattern.compile(
      "(?U)(?:Han|Hun)\\s+(?:fortalte|talte|gennemgik|præsenterede|fremlagde|introducerede|berettede)\\s+(?!at\\b|,)");
  /**
   * "Denne gang holder han foredraget …", "I sin afslutningstale til Folkemødet fastslog hun …":
   * the talk of the one the sentence before named, told with a pronoun.
   */
  private static final Pattern PRONOUN_GAVE = Pattern.compile(
      "(?U)\\b(?:(?:holder|holdt|giver|gav)\\s+(?:han|hun)\\s+(?:\\p{L}+\\s+){0,2}?(?i:" + TALK + ")|(?:Han|Hun)\\s+(?:holder|holdt|giver|gav)\\s+(?:\\p{L}+\\s+){0,2}?(?i:" + TALK + ")"
          + "|^(?:I|Under)\\s+(?:sin|sit|sine)\\s+(?:\\p{Ll}+\\s+)?(?i:" + TALK + ")\\b" + WITHIN_SENTENCE + "*\\b(?:han|hun)\\b)");
  /**
   * "Vi indleder foredragsrækken d. 30 januar kl. 19 med museumsdirektør Lise Jeppesen", "Lørdag lægger
   * vi ud med Lene Tanggaard": what the day or the series begins or ends with is its talk.
   */
  private static final Pattern BEGINS_WITH = Pattern.compile(
      "(?U)\\b(?i:indleder|indledte|starter|startede|begynder|begyndte|lægger\\s+\\p{L}+\\s+ud|lagde\\s+\\p{L}+\\s+ud|lægger\\s+ud"
          + "|lagde\\s+ud|slutter\\s+af|sluttede\\s+af|runder\\s+af|rundede\\s+af)\\s+(?:[\\p{L}\\d.]+\\s+){0,7}?(?i:med)\\s+"
          + "(?:\\p{Ll}[\\p{L}.-]*,?\\s+){0,3}" + GIVER);
  /** "Lisa Ekstrand, Head of Sustainability hos Vestas, startede med at påpege …": who began by saying gave a talk. */
  private static final Pattern STARTED_BY = Pattern.compile(
      "(?U)" + GIVER + WITHIN_SENTENCE + "{0,120}?\\b(?i:startede|begyndte|indledte|lagde\\s+ud)\\s+med\\s+at\\b");
  /**
   * "… har vi inviteret forfatter og tidligere politiker Uffe Elbæk": whom the organisers have invited gives a
   * talk ("… inviterer Næstved Bibliotek til dialogcafé" is who invites).
   */
  private static final Pattern INVITED = Pattern.compile(
      "(?U)\\b(?i:inviteret)\\s+(?:\\p{Ll}[\\p{L}.-]*\\s+){0,5}" + GIVER);
  /** "I hallen taler Helen Murphy fra England": the speaker after the verb ("Han taler med Stanley Schmücker" is a conversation). */
  private static final Pattern SPEAKS_INVERTED = Pattern.compile(
      "(?U)\\b(?:taler|talte|prædiker|prædikede)\\s+(?:(?!med\\b|om\\b|til\\b|for\\b)\\p{Ll}[\\p{L}.-]*\\s+){0,3}" + GIVER);
  /** The ways a sentence tells of a talk and names its giver (group "giver"). */
  private static final List<Pattern> TELLING = List.of(GAVE_INVERTED, YOU_CAN_MEET, TALK_BY, TALK_ABOUT_BY, TOLD_ABOUT, WELCOMED, WELCOMED_INVERTED, TOOK_THE_FLOOR, ASKED_FOR_THE_FLOOR, MADE_WISER, IN_THEIR_TALK,
      WHOSE_TALK, OPENED_BY, OPENS_THE_DAY, SHARED, SHARED_BY, SPEAKERS_NAMED, WERE_SPEAKERS, DEBATE_WITH, DEBATED, LED_THE_DEBATE,
      BEGINS_WITH, STARTED_BY, INVITED, SPEAKS_INVERTED);
  private static final int LINE_MAX_CHARS = 1_500;

  List<TalkFinder.Talk> find(List<String> lines, List<Boolean> paragraphStart) {
    List<Integer> starts = new ArrayList<>();
    List<String> sentences = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.length() > LINE_MAX_CHARS) {
        continue;
      }
      // the talk may be told in any sentence of its paragraph; the first that tells it names it
      List<String> said = sentences(line);
      for (int k = 0; k < said.size(); k++) {
        if (tellsOfATalk(said.get(k))) {
          starts.add(i);
          sentences.add(said.get(k));
          break;
        }
        // "… Claus Rydkjær, direktør i Capgemini. Han fortalte om de trends, …": the paragraph
        // names someone, and its next sentence tells of that one's talk
        if (k == 0 && said.size() > 1 && A_NAME.matcher(said.get(0)).find()
            && (PRONOUN_TOLD.matcher(said.get(1)).lookingAt() || PRONOUN_GAVE.matcher(said.get(1)).find())) {
          starts.add(i);
          sentences.add(said.get(k) + " " + said.get(k + 1));
          break;
        }
      }
    }
    List<TalkFinder.Talk> talks = new ArrayList<>();
    for (int k = 0; k < starts.size(); k++) {
      int first = starts.get(k);
      int last = first;
      int next = k + 1 < starts.size() ? starts.get(k + 1) : lines.size();
      // to the paragraph's end, or to a line that opens a list of its own ("Gæstetalere ved
      // kongressen vil bl.a. være:")
      while (last + 1 < next && !paragraphStart.get(last + 1) && !lines.get(last + 1).strip().endsWith(":")) {
        last++;
      }
      talks.add(new TalkFinder.Talk(first, last, title(sentences.get(k)), sentences.get(k), "", givers(sentences.get(k))));
    }
    return talks;
  }

  /** The names the sentence's own words make givers of its talk (a capitalised run, to be checked as a name). */
  private static List<String> givers(String sentence) {
    List<String> givers = new ArrayList<>();
    for (Pattern telling : TELLING) {
      Matcher m = telling.matcher(sentence);
      if (m.find() && !givers.contains(m.group("giver"))) {
        givers.add(m.group("giver"));
      }
    }
    return givers;
  }

  /**
   * Every pattern above needs one of these stems (a talk's noun or a telling verb): a sentence
   * without any is passed over before the patterns, which are slow on long text.
   */
  private static final List<String> STEMS = List.of("oplæg", "indlæg", "foredrag", "keynote", "tale", "præsent",
      "fortal", "fortæl", "snak", "berett", "gennem", "fremla", "fremlæ", "introduc", "bød", "byder", "åbne", "slutte",
      "indled", "samle", "indspark", "delte", "deler", "belyste", "talt", "var det", "er det", "leverede", "holder", "holde ", "bidr", "talere", "velkommen", "klogere", "åbnes", "afsluttes", "indledes", "indslag", "ordet",
      "beretning", "debat", "panel", "moderer", "styre", "ledte", "lede ", "ordstyrer", "moderator", "holdere", "hovedtaler",
      "introduktion", "gennemgang", "orientering", "indblik", "overblik", "opdatering", "kan du møde", "du kan møde", "kan i møde", "i kan møde", "kan man møde",
      "man kan møde", "opleve", "høre", "skød", "skyder", "sparke", "indlede", "starte", "begynd", "ud med", "af med", "invit", "taler", "talte",
      "prædike", "formidle", "lukket");

  static boolean tellsOfATalk(String sentence) {
    String lower = sentence.toLowerCase(java.util.Locale.ROOT);
    if (STEMS.stream().noneMatch(lower::contains)) {
      return false;
    }
    return GAVE_A_TALK.matcher(sentence).find() && A_NAME.matcher(sentence).find()
        || TELLING.stream().anyMatch(telling -> telling.matcher(sentence).find());
  }

  /**
   * The line's sentences. A sentence ends at ".", "!" or "?" after two letters, a bracket or a
   * quote, before the line's end or a space and a word that is not in small letters: a full stop
   * before a small letter ends an abbreviation ("hhv. direktør"), not the sentence. Written out
   * rather than as a pattern with a look-behind, which is tried at every character of every line.
   */
  static List<String> sentences(String line) {
    List<String> sentences = new ArrayList<>();
    int from = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if ((c == '.' || c == '!' || c == '?') && endsASentence(line, i)) {
        sentences.add(line.substring(from, i + 1).strip());
        from = i + 1;
      }
    }
    if (from < line.length() && !line.substring(from).isBlank()) {
      sentences.add(line.substring(from).strip());
    }
    return sentences;
  }

  private static boolean endsASentence(String line, int at) {
    boolean after = at >= 2 && Character.isLetter(line.charAt(at - 1)) && Character.isLetter(line.charAt(at - 2))
        || at >= 1 && ")’”\"".indexOf(line.charAt(at - 1)) >= 0;
    if (!after) {
      return false;
    }
    int next = at + 1;
    if (next < line.length() && !Character.isWhitespace(line.charAt(next))) {
      return false;
    }
    while (next < line.length() && Character.isWhitespace(line.charAt(next))) {
      next++;
    }
    return next == line.length() || !Character.isLowerCase(line.charAt(next));
  }


  private static String title(String sentence) {
    String title = sentence.replaceFirst("^[•·▪*–—-]\\s*", "").replaceFirst("[.!?]$", "").strip();
    return TalkFinder.shortTitle(title);
  }
}
