package dk.konferencebasen.entities;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FirstNamesTest {
  private static final DanishTokenizer TOKENIZER = new DanishTokenizer(WordList.load("abbreviations.txt"));
  private static final FirstNames NAMES = FirstNames.of(List.of("Mette", "Hans", "Carl-Johan", "Niels"));

  private static boolean opens(String text, int start, int end) {
    return NAMES.opensAName(TOKENIZER.sentences(text).get(0), start, end);
  }

  @Test
  void aFirstNameOpensANameOfTwoToFourWords() {
    assertTrue(opens("Oplægget holdt Mette Hansen i går", 2, 4));
    assertTrue(opens("Tak til Carl-Johan Dalgaard", 2, 4));
    assertTrue(opens("Mette Hansen åbnede dagen", 0, 2), "a first name that is no ordinary word, also first in a sentence");
  }

  @Test
  void aFirstNameAloneOrInALongRunIsNoName() {
    assertFalse(opens("Tak til Mette i går", 2, 3));
    assertFalse(opens("Tak til Mette Hansen Ole Bent Jensen", 2, 7));
    assertFalse(opens("Tak til Anne Hansen", 2, 4), "not a listed first name");
  }

  @Test
  void aFirstNameThatIsAlsoAWordNeedsToBeInsideTheSentence() {
    assertFalse(opens("Hans Kommune var vært", 0, 2));
    assertTrue(opens("Ordet fik Hans Engell", 2, 4));
  }

  @Test
  void aStreetOrBuildingNamedAfterAPersonIsNoName() {
    assertFalse(opens("Mødet var på Hans Tausens Plads", 3, 6));
    assertFalse(opens("Mødet var på Niels Juels Gade", 3, 6));
    assertFalse(opens("Mødet var i Niels Steensens Kirke", 3, 6));
  }
}
