package dk.konferencebasen.entities;

import java.util.List;

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
 *       directly before the name ("Velkomst Lizette Risgaard").
 * </ul>
 *
 * One-word names need the stronger cue in front: a lone "Aalborg, leder af ..." is more likely a
 * place than a person. After a verb of saying a one-word name counts only at the end of the
 * clause ("..., siger Sonne."), because in an inverted Danish clause the subject follows the verb:
 * "I dag siger Danmark nej".
 */
final class PersonCues {
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
    boolean fullName = c.coreLength() >= 2;
    return c.titled
        || titleBefore(s, c.start)
        || speechBefore(s, c.start) && (fullName || clauseEndsAt(s, c.end))
        || fullName && (titleAfter(s, c.end) || ageAfter(s, c.end) || speechAfter(s, c.end) || presenterBefore(s, c.start));
  }

  private boolean titleBefore(Sentence s, int start) {
    int j = start - 1;
    while (lexicon.titles().isModifier(s.token(j))) {
      j--;
    }
    Token t = s.token(j);
    return t != null && !t.quoted() && lexicon.titles().isTitle(t);
  }

  private boolean titleAfter(Sentence s, int end) {
    if (!s.isPunct(end, ",")) {
      return false;
    }
    int j = end + 1;
    while (lexicon.titles().isModifier(s.token(j))) {
      j++;
    }
    return lexicon.titles().isTitle(s.token(j));
  }

  private boolean presenterBefore(Sentence s, int start) {
    if (isTalkWord(s.token(start - 1))) {
      return true;
    }
    Token before = s.token(start - 2);
    if (s.isWord(start - 1, "med") || s.isWord(start - 1, "af")) {
      return isTalkWord(before);
    }
    if (!s.isWord(start - 1, "ved")) {
      return false;
    }
    return before == null || before.kind() == Token.Kind.NUMBER || before.isPunct(":") || before.isPunct("-")
        || before.isPunct("–") || isTalkWord(before);
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
    return after != null && after.isWord() && isSingleSpeechVerb(after);
  }

  private boolean isSingleSpeechVerb(Token t) {
    return !t.quoted() && lexicon.speechVerbs().fit(t.text()) == WordList.Fit.WHOLE_WORD;
  }
}
