package dk.konferencebasen.entities;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AcronymDefinitionTest {
  @Test
  void eachLetterStartsAWordOrSitsInsideACompoundInOrder() {
    assertTrue(AcronymDefinition.abbreviates("KL", "Kommunernes Landsforening"));
    assertTrue(AcronymDefinition.abbreviates("DS", "Dansk Socialrådgiverforening"));
    assertTrue(AcronymDefinition.abbreviates("UIM", "Udlændinge- og Integrationsministeriet"));
    assertTrue(AcronymDefinition.abbreviates("LO", "Landsorganisationen i Danmark"));
    assertTrue(AcronymDefinition.abbreviates("STAR", "Styrelsen for Arbejdsmarked og Rekruttering"));
    assertTrue(AcronymDefinition.abbreviates("DRC", "Dansk Flygtningehjælp Refugee Council"));
  }

  @Test
  void theFirstLetterMustStartAWord() {
    assertFalse(AcronymDefinition.abbreviates("SM", "Socialstyrelsen"), "no M in order after an initial S");
    assertFalse(AcronymDefinition.abbreviates("OL", "Kommunernes Landsforening"), "the O is inside a word");
  }

  @Test
  void lettersOutOfOrderOrMissingAreNoPair() {
    assertFalse(AcronymDefinition.abbreviates("LK", "Kommunernes Landsforening"));
    assertFalse(AcronymDefinition.abbreviates("KLX", "Kommunernes Landsforening"));
    assertFalse(AcronymDefinition.abbreviates("", "Kommunernes Landsforening"));
    assertFalse(AcronymDefinition.abbreviates("KL", "KL"), "a name is no definition of itself");
  }
}
