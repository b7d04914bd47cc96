package dk.konferencebasen.entities;

import java.util.ArrayList;
import java.util.List;

/**
 * A list of people reads as one: lines that each open with a name and go on with its role or
 * organisation ("Mette Kierkgaard, ældreminister" / "Lars L. Andersen, professor, NFA" /
 * "Bjarne Laustsen, Socialdemokratiet"), or hold the name alone, name people alike, so when the
 * cues found some of them people, the undecided names of the other lines of the same shape are
 * people too. A reader does the same with a programme's list of speakers.
 */
final class ListedPeople {
  /** Fewer lines of the shape are no list. */
  private static final int MIN_LINES = 3;

  void apply(List<Candidate> candidates) {
    List<Candidate> lineOpeners = new ArrayList<>();
    boolean anyPerson = false;
    for (Candidate c : candidates) {
      if (opensAListLine(c)) {
        lineOpeners.add(c);
        anyPerson |= c.is(Candidate.Type.PERSON);
      }
    }
    if (!anyPerson || lineOpeners.size() < MIN_LINES) {
      return;
    }
    for (Candidate c : lineOpeners) {
      if (c.isOpen()) {
        c.type = Candidate.Type.PERSON;
      }
    }
  }

  /** A name of two to four words that opens its line, followed by a comma or a bracket (a colon or dash
   * after a line's first words more often closes a title: "Wellbeing Economy: …"). */
  private static boolean opensAListLine(Candidate c) {
    Sentence s = c.sentence;
    if (c.start != s.firstWord() || s.allCapitals() || c.coreLength() < 2 || c.coreLength() > 4 || c.end != c.coreEnd) {
      return false;
    }
    Token after = s.token(c.end);
    // or a line that is the name alone, one of a list of them ("På scenen:" / "Joy Mogensen" /
    // "Morten Messerschmidt"), unless it opens with a word ("Folkemødets Hovedscene")
    return after != null && (after.isPunct(",") || after.isPunct("("))
        || c.isWholeSentence() && !OrganisationLexicon.spellsADanishWord(c.first());
  }
}
