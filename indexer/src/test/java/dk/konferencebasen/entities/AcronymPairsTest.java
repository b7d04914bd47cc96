package dk.konferencebasen.entities;

import dk.konferencebasen.schema.AcronymPairs;
import dk.konferencebasen.schema.NamedEntities;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Acronyms defined in one passage of a report apply to all of it. */
class AcronymPairsTest {
  private static final EntityFinder FINDER = new EntityFinder();

  private static List<NamedEntities> find(String... passages) {
    return List.of(passages).stream().map(FINDER::find).toList();
  }

  @Test
  void anAcronymInParenthesesAfterTheOrganisationIsDefinedThere() {
    NamedEntities named = FINDER.find("Oplægget kom fra Kommunernes Landsforening (KL), som har fulgt reformen.");
    assertEquals(Map.of("KL", "Kommunernes Landsforening"), named.acronyms());
    assertTrue(named.organisations().containsAll(List.of("Kommunernes Landsforening", "KL")), named.toString());
  }

  @Test
  void parenthesesThatDoNotAbbreviateTheNameDefineNothing() {
    assertEquals(Map.of(), FINDER.find("Rapporten er skrevet af Socialstyrelsen (SM) i 2019.").acronyms());
    assertEquals(Map.of(), FINDER.find("Derefter talte Mette Frederiksen (S) om tillid.").acronyms(), "a party letter");
  }

  @Test
  void eitherFormIsTheOrganisationUnderItsFullNameAndTheOtherFormIsItsAlias() {
    List<NamedEntities> found = find(
        "Kommunernes Landsforening (KL) havde inviteret til træf.",
        "KL mener, at indsatsen skal styrkes.",
        "Bagefter svarede Kommunernes Landsforening på spørgsmål.",
        "Dansk Flygtningehjælp fortalte om frivillige.");
    AcronymPairs pairs = AcronymPairs.definedIn(found);
    assertEquals(Map.of("KL", "Kommunernes Landsforening"), pairs.names());
    assertEquals(List.of("KL = Kommunernes Landsforening"), pairs.stored());
    assertEquals(pairs.names(), AcronymPairs.fromStored(pairs.stored()).names(), "read back as written");

    assertEquals(List.of("Kommunernes Landsforening"), pairs.canonical(found.get(0)).organisations(), "one organisation, not two");
    assertEquals(List.of("Kommunernes Landsforening"), pairs.canonical(found.get(1)).organisations());
    assertEquals(List.of(), pairs.aliases(found.get(0)), "both forms are already in the text");
    assertEquals(List.of("Kommunernes Landsforening"), pairs.aliases(found.get(1)));
    assertEquals(List.of("KL"), pairs.aliases(found.get(2)));
    assertEquals(List.of(), pairs.aliases(found.get(3)));
    assertEquals(found.get(3), pairs.canonical(found.get(3)));
  }

  @Test
  void theFirstDefinitionOfAnAcronymWins() {
    AcronymPairs pairs = AcronymPairs.definedIn(find(
        "Dansk Socialrådgiverforening (DS) var med.",
        "Senere kom Danske Skoleelever (DS) på scenen."));
    assertEquals(Map.of("DS", "Dansk Socialrådgiverforening"), pairs.names());
  }

  @Test
  void withoutDefinitionsNothingChanges() {
    List<NamedEntities> found = find("KL mener, at indsatsen skal styrkes.");
    AcronymPairs pairs = AcronymPairs.definedIn(found);
    assertEquals(found.get(0), pairs.canonical(found.get(0)));
    assertEquals(List.of(), pairs.aliases(found.get(0)));
  }
}
