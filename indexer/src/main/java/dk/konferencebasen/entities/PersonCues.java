package dk.konferencebasen.entities;

import dk.konferencebasen.analysis.DanishLemmatizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Marks a run as a person from the words around it:
 *
 * <ul>
 *   <li>a title in front, stripped from the run or just before it ("Forskningschef Charlotte
 *       Liebak Hansen", "sociolog Eva Steensig", "lektor emeritus ...");
 *   <li>a comma and a title after a name of two or more words ("Kasper Sonne, centerchef for ...");
 *   <li>an age after a name of two or more words ("Mette Hansen, 45 år," / "Mette Hansen (45)");
 *   <li>a verb of saying just before ("siger Kasper Sonne", "lyder det fra Kasper Sonne"), or just
 *       after a name of two or more words ("Kasper Sonne fortæller");
 *   <li>a programme's "ved" before a name of two or more words, where "ved" opens the line or
 *       follows a time or a talk word ("Oplæg ved Mette Hansen", "10.00 Velkomst v/ Jens
 *       Jensen"): "ved" alone is also a preposition of place ("ved Kolding Fjord"); likewise
 *       "med" and "af" after a talk word ("Interview med …", "Oplæg af …"), and a talk word
 *       directly before the name ("Velkomst Lizette Risgaard");
 *   <li>a first name opening a name of two to four words ("Mette Hansen", {@link FirstNames}).
 * </ul>
 *
 * One-word names need the stronger cue in front: a lone "Aalborg, leder af ..." is more likely a
 * place than a person. After a verb of saying a one-word name counts only at the end of the
 * clause ("..., siger Sonne."), because in an inverted Danish clause the subject follows the verb:
 * "I dag siger Danmark nej".
 */
final class PersonCues {
  /** What follows the speaker of a programme slot before the title or role: "9.30: Jonas Christoffersen – Titel". */
  private static final Set<String> ITEM_SEPARATORS = Set.of("–", "—", "-", ":", ",");
  /** The label of a photo or text credit before the name: "Foto: Mathias Olander". */
  private static final Pattern CREDIT = Pattern.compile(
      "(?i)\\s*(?:foto|fotos|fotograf|tekst|illustration)\\s*:\\s*");
  /** A role as a line's label before a name: "Kontaktperson: Jens Søndergaard"; group 1 the role. */
  private static final Pattern ROLE_LABEL = Pattern.compile("(?U)\\s*(?:[•·▪*–-]\\s*)?(\\p{L}+)\\s*:\\s*");
  /** How Danish names of streets, squares and places end: "Gammel Torv", "Kongens Have Park". */
  private static final Pattern PLACE_NAME_ENDING = Pattern.compile("(?iU)(torv|plads|vej|gade|allé|stræde|havn|fjord|bælt|park|huset|kirke)$");
  /** The marks that open a list item. */
  private static final Set<String> ITEM_MARKS = Set.of("•", "·", "▪", "-", "–");
  /** A list item's label before a name: "• Radikale Venstre: Jeppe Fransson"; group 1 its last word. */
  private static final Pattern PARTY_LABEL = Pattern.compile(
      "(?U)\\s*(?:[•·▪*–-]\\s*)?(?:\\p{Lu}\\p{L}*\\s+){0,3}(\\p{Lu}\\p{L}+)\\s*:\\s*");
  /** "Anne", "Juhler-Nøttrup", "Chr.": a capital and small letters, as people's names are written (not "IdéLAB"). */
  private static final Pattern NAME_WORD = Pattern.compile(
      "\\p{Lu}\\p{Ll}+\\.?(?:-\\p{Lu}\\p{Ll}+)*");
  private static final Pattern MIDDLE_INITIAL = Pattern.compile("\\p{Lu}\\.");
  /** The Roman numbers of kings and queens, II to XII ("I" alone is a word). */
  static final Pattern REGNAL_NUMBER = Pattern.compile("II|III|IV|V|VI|VII|VIII|IX|X|XI|XII");
  /** "H.", "H.C.", "N.F.S.": initials, one or several run together. */
  private static final Pattern INITIALS = Pattern.compile("\\p{Lu}\\.(?:\\p{Lu}\\.)*");
  /** A programme slot's time and nothing else: "9.30-10.00:", "Kl. 09:02". */
  private static final Pattern SLOT_TIME = Pattern.compile(
      "(?i)\\s*(?:[•·▪*]\\s*)?(?:kl\\.?\\s*)?\\d{1,2}[.:]\\d{2}(?:\\s*[-–—]\\s*\\d{1,2}[.:]\\d{2})?\\s*[:.–—-]?\\s*");

  private final Lexicon lexicon;

  PersonCues(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  void apply(List<Candidate> candidates) {
    for (Candidate c : candidates) {
      if (c.isOpen() && isPerson(c)) {
        c.type = Candidate.Type.PERSON;
      }
    }
  }

  private boolean isPerson(Candidate c) {
    Sentence s = c.sentence;
    if (lexicon.titles().isTitle(c.token(c.coreEnd - 1))) {
      return false; // "Børne- og Undervisningsordfører (S)": a title, not a name
    }
    boolean fullName = c.coreLength() >= 2;
    return c.titled
        || titleBefore(s, c.start)
        || speechBefore(s, c.start) && (fullName || clauseEndsAt(s, c.end))
        || fullName && (titleAfter(s, c.end) || ageAfter(s, c.end) || speechAfter(s, c.end) || presenterBefore(s, c.start)
            || partyAfter(s, c.end) >= 0 || titleAfterCopula(s, c.end) || byline(s, c.start, c.end)
            || afterAPartysLabel(s, c.start, c.end) || afterARoleLabel(s, c.start, c.end) || titleOfABodyBefore(s, c.start)
            || opensASlot(s, c.start) && s.token(c.end) != null && ITEM_SEPARATORS.contains(s.token(c.end).text())
                && writtenAsAName(c)
            || writtenAsAName(c) && lexicon.firstNames().opensAName(s, c.start, c.coreEnd)
            || initialsOpenAName(c)
            || isRegnalName(c));
  }

  /** "Christian IV", "Frederik VII", "Margrethe II": a first name and a king's or queen's number. */
  private boolean isRegnalName(Candidate c) {
    return c.coreLength() == 2 && lexicon.firstNames().contains(c.first())
        && REGNAL_NUMBER.matcher(c.token(c.start + 1).base()).matches();
  }

  /**
   * "H.C. Andersen", "N.F.S. Grundtvig", "K. E. Løgstrup": initials before one or two names written
   * as names are is a person's name however the first name is unknown.
   */
  private static boolean initialsOpenAName(Candidate c) {
    int i = c.start;
    while (i < c.coreEnd && INITIALS.matcher(c.token(i).text()).matches()) {
      i++;
    }
    int names = c.coreEnd - i;
    // "H.C. Andersens Boulevard", "J.C. Jacobsens Have": a place named after a person, its owner in the genitive
    boolean ownersPlace = names == 2 && c.token(i).lower().endsWith("s");
    // "A. Velkomst", "B. Workshop": one letter before an ordinary word is a list's mark, not an initial
    boolean listMark = i == c.start + 1 && c.token(c.start).text().length() == 2
        && DanishLemmatizer.shared().isWord(c.token(c.coreEnd - 1).lower());
    return i > c.start && names >= 1 && names <= 2 && !ownersPlace && !listMark && writtenAsAName(c.sentence, i, c.coreEnd)
        && !PLACE_NAME_ENDING.matcher(c.token(c.coreEnd - 1).lower()).find();
  }

  /**
   * A party after a name, "(A)", "(SF)", "(Slesvigsk Parti)": where it ends (the index after the
   * closing bracket), or -1. Danish politicians are written so; an organisation's acronym in
   * brackets is no party letter, and only the ballot letters count.
   */
  private int partyAfter(Sentence s, int end) {
    if (!s.isPunct(end, "(")) {
      return -1;
    }
    int close = end + 1;
    while (s.token(close) != null && !s.isPunct(close, ")") && close - end <= 4) {
      close++;
    }
    if (!s.isPunct(close, ")") || close == end + 1) {
      return -1;
    }
    boolean letter = close == end + 2 && lexicon.partyLetters().fit(s.token(end + 1).text()) == WordList.Fit.WHOLE_WORD
        && s.token(end + 1).text().equals(s.token(end + 1).text().toUpperCase(Locale.ROOT));
    String last = s.token(close - 1).lower();
    boolean named = close > end + 2 && (last.endsWith("parti") || last.endsWith("partiet"));
    return letter || named ? close + 1 : -1;
  }

  /** "Klaus Larsen er journalist ved …", "Laura Lundy, der er professor i …". */
  private boolean titleAfterCopula(Sentence s, int end) {
    int j = end;
    if (s.isPunct(j, ",")) {
      j++;
      if (!s.isWord(j, "der") && !s.isWord(j, "som")) {
        return false;
      }
      j++;
    }
    if (!s.isWord(j, "er") && !s.isWord(j, "var")) {
      return false;
    }
    j++;
    if (s.isWord(j, "en") || s.isWord(j, "et") || s.isWord(j, "også")) {
      j++;
    }
    while (lexicon.titles().isModifier(s.token(j))) {
      j++;
    }
    Token t = s.token(j);
    return t != null && !t.isCapitalised() && lexicon.titles().isTitle(t);
  }

  /** "Af Jan Løfberg" or "Foto: Mathias Olander" as a line of its own. */
  private static boolean byline(Sentence s, int start, int end) {
    if (!s.onlyPunctuationFrom(end)) {
      return false;
    }
    return start == 1 && s.isWord(0, "af") || start == 0 && CREDIT.matcher(lineBefore(s, start)).matches();
  }

  /** "• Socialdemokratiet: Orla Hav": a list of the parties' candidates, each after their party's name. */
  private boolean afterAPartysLabel(Sentence s, int start, int end) {
    if (start != s.firstWord() || end < s.size() && s.token(end).kind() != Token.Kind.PUNCT) {
      return false;
    }
    Matcher label = PARTY_LABEL.matcher(lineBefore(s, start));
    return label.matches() && lexicon.organisations().isParty(label.group(1));
  }

  /**
   * "Kontaktperson: Jens Søndergaard", "Projektleder: …": a role as the line's label before the
   * name; or a talk's word, perhaps after the slot's time, before a name set off from what follows
   * ("12:15 Keynote: Noemi Katznelson (DK)", "Oplæg: Anne Holm, KL"), not before a title ("Keynote:
   * Future Cities").
   */
  private boolean afterARoleLabel(Sentence s, int start, int end) {
    if (start != s.firstWord()) {
      return false;
    }
    String before = lineBefore(s, start);
    Matcher label = ROLE_LABEL.matcher(before);
    if (label.matches() && lexicon.titles().isTitleWord(label.group(1))) {
      return true;
    }
    Matcher talkLabel = ROLE_LABEL.matcher(SLOT_TIME.matcher(before).replaceFirst(""));
    return talkLabel.matches() && lexicon.talkWords().matches(talkLabel.group(1).toLowerCase(Locale.ROOT))
        && (lexicon.firstNames().contains(s.token(start)) || s.isPunct(end, ",") || s.isPunct(end, "("));
  }

  /** The text before token {@code start} on its line: a colon after a label ends the sentence, not the line. */
  private static String lineBefore(Sentence s, int start) {
    int at = s.token(start).start();
    return s.source().substring(s.source().lastIndexOf('\n', at - 1) + 1, at);
  }

  private static boolean writtenAsAName(Candidate c) {
    return writtenAsAName(c.sentence, c.start, c.coreEnd);
  }

  /**
   * Every word of tokens {@code [from, to)} is written as people's names are; a middle initial
   * ("Lars B. Andersen") between the first and the last.
   */
  static boolean writtenAsAName(Sentence s, int from, int to) {
    for (int i = from; i < to; i++) {
      String word = s.token(i).text();
      boolean middleInitial = i > from && i < to - 1 && MIDDLE_INITIAL.matcher(word).matches();
      if (!middleInitial && !NAME_WORD.matcher(word).matches()) {
        return false;
      }
    }
    return true;
  }

  /**
   * The name opens a programme slot: only its time comes before it on the line (the colon after
   * the time may have ended the sentence, so the line is read, not the sentence).
   */
  private static boolean opensASlot(Sentence s, int start) {
    return SLOT_TIME.matcher(lineBefore(s, start)).matches();
  }

  private boolean titleBefore(Sentence s, int start) {
    int j = start - 1;
    // "Erhvervsredaktør, Jens Chr. Hansen, Berlingske", "Tale ved tidligere statsminister, Poul
    // Nyrup Rasmussen": a title that opens the line or follows a programme's "ved", then a comma
    if (s.isPunct(j, ",") && lexicon.titles().isTitle(s.token(j - 1))) {
      int k = j - 2;
      while (lexicon.titles().isModifier(s.token(k))) {
        k--;
      }
      if (k + 1 == s.firstWord() || s.isWord(k, "ved")) {
        j--;
      }
    }
    while (lexicon.titles().isModifier(s.token(j))) {
      j--;
    }
    Token t = s.token(j);
    return t != null && !t.quoted() && lexicon.titles().isTitle(t);
  }

  /** "Formand for undervisningsudvalget Regitze Flannov": a title of a body written in small letters, then the name. */
  private boolean titleOfABodyBefore(Sentence s, int start) {
    for (int words = 1; words <= 2; words++) {
      int forAt = start - 1 - words;
      if (s.isWord(forAt, "for") && isLowerCaseRun(s, forAt + 1, start - 1) && lexicon.titles().isTitle(s.token(forAt - 1))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isLowerCaseRun(Sentence s, int from, int to) {
    for (int k = from; k <= to; k++) {
      Token t = s.token(k);
      if (t == null || !t.isWord() || t.isCapitalised()) {
        return false;
      }
    }
    return true;
  }

  /**
   * "Kasper Sonne, centerchef …", also after a party ("Steen B. Andersen (A), formand for …"), in
   * brackets ("Heino Knudsen (regionsrådsformand, …)"), qualified ("Noa Redington, politisk
   * kommentator") or straight after the name ("Mette Højborg CEO i …").
   */
  private boolean titleAfter(Sentence s, int end) {
    int j = end;
    int party = partyAfter(s, j);
    if (party >= 0) {
      j = party;
    }
    boolean separated = s.isPunct(j, ",") || s.isPunct(j, "(");
    if (separated) {
      j++;
    }
    while (lexicon.titles().isModifier(s.token(j))) {
      j++;
    }
    // "Noa Redington, politisk kommentator", "Jens Bruun, klinisk professor": after the comma
    // an adjective or two may qualify the title
    if (separated && !lexicon.titles().isTitle(s.token(j))) {
      for (int k = 1; k <= 2; k++) {
        Token adjective = s.token(j + k - 1);
        if (adjective == null || !adjective.isWord() || adjective.isCapitalised()) {
          break;
        }
        if (lexicon.titles().isTitle(s.token(j + k)) && !s.token(j + k).isCapitalised()) {
          return true;
        }
      }
    }
    // "Børn- og Ungechef": the title is the last part of a suspended compound
    if (s.token(j) != null && s.token(j).text().endsWith("-") && (s.isWord(j + 1, "og") || s.isWord(j + 1, "eller"))) {
      j += 2;
    }
    return lexicon.titles().isTitle(s.token(j));
  }

  private boolean presenterBefore(Sentence s, int start) {
    if (isTalkWord(s.token(start - 1))) {
      return true;
    }
    if (s.isPunct(start - 1, "/") && s.isWord(start - 2, "ved")) {
      return true; // a programme's "v/": nothing else is written so
    }
    Token before = s.token(start - 2);
    if (s.isWord(start - 1, "med") || s.isWord(start - 1, "af")) {
      return isTalkWord(before);
    }
    // "Indlæg ved bruger Lone Hansen": a word or two of role may stand between "ved" and the name
    int ved = start - 1;
    while (ved > start - 3 && s.token(ved) != null && s.token(ved).isWord() && !s.token(ved).isCapitalised()
        && !s.isWord(ved, "ved")) {
      ved--;
    }
    if (!s.isWord(ved, "ved")) {
      return false;
    }
    before = s.token(ved - 1);
    return before == null || before.kind() == Token.Kind.NUMBER || before.isPunct(":") || before.isPunct("-")
        || before.isPunct("–") || isTalkWord(before) || closesAnItemOrATalksLine(s, start);
  }

  /**
   * "• Stress, forebyggelse og psykologisk tryghed ved Lill Palmblad", "Foredrag om Skogfinnerne ved
   * Tuuva Eskeland.": an item of a list, or a line that opens with the word for a talk, whose topic
   * ends in "ved" and the name that closes it says who gives it.
   */
  private boolean closesAnItemOrATalksLine(Sentence s, int start) {
    Token first = s.token(0);
    boolean item = first != null && first.kind() == Token.Kind.PUNCT && ITEM_MARKS.contains(first.text());
    if (!item && !isTalkWord(s.token(s.firstWord()))) {
      return false;
    }
    int end = start;
    while (s.isCapitalised(end)) {
      end++;
    }
    boolean closes = end >= s.tokens().size() || s.isPunct(end, ",") || s.isPunct(end, "(") || s.isPunct(end, ".");
    return closes && !PLACE_NAME_ENDING.matcher(s.token(end - 1).text()).find(); // "ved Gammel Torv"
  }

  private boolean isTalkWord(Token t) {
    return t != null && t.isWord() && lexicon.talkWords().matches(t.lower());
  }

  private static boolean clauseEndsAt(Sentence s, int end) {
    Token after = s.token(end);
    return after == null || after.isPunct(",") || after.isPunct(".") || after.isPunct("!") || after.isPunct("?");
  }

  private static boolean ageAfter(Sentence s, int end) {
    boolean commaAge = s.isPunct(end, ",") && isNumber(s.token(end + 1)) && s.isWord(end + 2, "år");
    boolean bracketAge = s.isPunct(end, "(") && isNumber(s.token(end + 1)) && s.isPunct(end + 2, ")");
    return commaAge || bracketAge;
  }

  private static boolean isNumber(Token t) {
    return t != null && t.kind() == Token.Kind.NUMBER;
  }

  private boolean speechBefore(Sentence s, int start) {
    Token before = s.token(start - 1);
    if (before != null && before.isWord() && isSingleSpeechVerb(before)) {
      return true;
    }
    for (List<String> phrase : lexicon.speechVerbs().phrases()) {
      int from = start - phrase.size();
      boolean all = from >= 0;
      for (int k = 0; all && k < phrase.size(); k++) {
        all = s.isWord(from + k, phrase.get(k));
      }
      if (all) {
        return true;
      }
    }
    return false;
  }

  private boolean speechAfter(Sentence s, int end) {
    Token after = s.token(end);
    return after != null && after.isWord() && isSingleSpeechVerb(after) || inConversationAfter(s, end);
  }

  /** "Bente Dalsbæk i samtale med …", "… i dialog med …": a person talks with someone. */
  private static boolean inConversationAfter(Sentence s, int end) {
    return s.isWord(end, "i") && (s.isWord(end + 1, "samtale") || s.isWord(end + 1, "dialog") || s.isWord(end + 1, "debat"))
        && s.isWord(end + 2, "med");
  }

  private boolean isSingleSpeechVerb(Token t) {
    return !t.quoted() && lexicon.speechVerbs().fit(t.text()) == WordList.Fit.WHOLE_WORD;
  }
}
