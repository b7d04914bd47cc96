package dk.konferencebasen.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class KnownOrganisationsTest {
  private static final DanishTokenizer TOKENIZER = new DanishTokenizer(WordList.load("abbreviations.txt"));
  private static final KnownOrganisations KNOWN =
      KnownOrganisations.of(List.of("Dansk Erhverv", "Dansk Erhverv Transport", "Landbrug & Fødevarer", "3F", "Tryg", "Coop"), TOKENIZER, word -> false);

  private static Sentence sentence(String text) {
    return TOKENIZER.sentences(text).get(0);
  }

  @Test
  void theLongestNameStartingAtATokenIsFound() {
    assertEquals(new KnownOrganisations.Match(3, 6, false), KNOWN.at(sentence("Han kom fra Dansk Erhverv Transport i går"), 3));
    assertEquals(new KnownOrganisations.Match(3, 5, false), KNOWN.at(sentence("Han kom fra Dansk Erhverv i går"), 3));
    assertEquals(new KnownOrganisations.Match(1, 4, false), KNOWN.at(sentence("Både Landbrug & Fødevarer og 3F"), 1));
    assertEquals(new KnownOrganisations.Match(5, 6, false), KNOWN.at(sentence("Både Landbrug & Fødevarer og 3F"), 5));
  }

  @Test
  void theLastWordMayBeInTheGenitive() {
    assertEquals(new KnownOrganisations.Match(0, 2, true), KNOWN.at(sentence("Dansk Erhvervs formand talte"), 0));
    assertEquals(new KnownOrganisations.Match(1, 2, true), KNOWN.at(sentence("I Coops butikker"), 1));
    assertEquals(new KnownOrganisations.Match(1, 2, false), KNOWN.at(sentence("Både 3F’s og HK’s folk"), 1));
  }

  @Test
  void namesMatchWholeTokensAndCase() {
    assertNull(KNOWN.at(sentence("Han er dansk erhverv"), 2));
    assertNull(KNOWN.at(sentence("Han kom fra Dansk Erhvervsakademi"), 3));
    assertNull(KNOWN.at(sentence("DANSK ERHVERV INVITERER"), 0));
  }

  @Test
  void aNameThatIsAlsoAWordCountsOnlyInsideASentence() {
    assertNull(KNOWN.at(sentence("Tryg er man, når man kender vejen."), 0));
    assertEquals(new KnownOrganisations.Match(3, 4, false), KNOWN.at(sentence("Hun arbejder hos Tryg i Ballerup."), 3));
    assertEquals(new KnownOrganisations.Match(0, 1, false), KNOWN.at(sentence("Coop åbner en butik."), 0), "no ordinary word");
  }
}
