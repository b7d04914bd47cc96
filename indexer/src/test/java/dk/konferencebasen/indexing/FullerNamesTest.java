package dk.konferencebasen.indexing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FullerNamesTest {
  @Test
  void aNameCutShortAbbreviatesOnlyAFullNameItFits() {
    assertTrue(FullerNames.abbreviates("B.R. Lund", "Børge Reiersen Lund"));
    assertTrue(FullerNames.abbreviates("H. C. Andersen", "Hans Christian Andersen"));
    assertTrue(FullerNames.abbreviates("Chr. Jensen", "Christian Jensen"));
    assertFalse(FullerNames.abbreviates("K. Jensen", "Christian Jensen"), "another first letter");
    assertFalse(FullerNames.abbreviates("C. Hansen", "Christian Jensen"), "another surname");
    assertFalse(FullerNames.abbreviates("Christian Jensen", "Christian Jensen"));
    assertFalse(FullerNames.abbreviates("Chris Jensen", "Christian Jensen"), "a first name of its own, not cut short");
  }

  @Test
  void aNameWithoutItsMiddleNamesIsAShorterForm() {
    assertTrue(FullerNames.isShorterFormOf("Dorte Sørensen", "Dorte R. Sørensen"));
    assertTrue(FullerNames.isShorterFormOf("Jørn Henrik", "Jørn Henrik Pedersen"));
    assertFalse(FullerNames.isShorterFormOf("Dorte Hansen", "Dorte R. Sørensen"));
    assertFalse(FullerNames.isShorterFormOf("Dorte R. Sørensen", "Dorte Sørensen"), "the fuller form is no shorter one");
  }
}
