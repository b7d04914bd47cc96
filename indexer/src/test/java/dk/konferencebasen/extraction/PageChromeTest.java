package dk.konferencebasen.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.konferencebasen.testing.Corpus;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PageChromeTest {
  private static TikaExtractor extractor;

  @BeforeAll
  static void setUp() {
    extractor = new TikaExtractor(ExtractionLimits.DEFAULT);
  }

  private static PageChrome.Cleaned cleanedSeed(String name) throws ExtractionException {
    return PageChrome.remove(extractor.extract(Corpus.seed(name)).paragraphs());
  }

  @Test
  void newsletterAndConsentBlocksAreGoneFromSeed000() throws Exception {
    String body = String.join("\n\n", cleanedSeed(Corpus.SEED_000).paragraphs());
    for (String chrome : List.of("Abonnér på nyt fra UIM", "Tilmeld dig som abonnent", "samtykke",
        "Nyhedsbrev", "nyhedsbrev", "personoplysninger", "Læs om Æresrelateret Viden", "Sidst opdateret")) {
      assertFalse(body.contains(chrome), "chrome left in body: " + chrome);
    }
    assertTrue(body.startsWith("Integrationstræf 2019"), body.substring(0, 40));
    assertTrue(body.endsWith("hidtidige succeser i integrationsarbejdet."), "the last talk must stay");
  }

  @Test
  void updatedDateOfSeed000IsKept() throws Exception {
    assertEquals(Optional.of(LocalDate.of(2020, 9, 16)), cleanedSeed(Corpus.SEED_000).updated());
  }

  @Test
  void breadcrumbIsGoneFromSeed002() throws Exception {
    PageChrome.Cleaned cleaned = cleanedSeed(Corpus.SEED_002);
    assertEquals("Integrationskonference: Det vigtige samarbejde på tværs", cleaned.paragraphs().get(0));
    assertFalse(String.join("\n", cleaned.paragraphs()).contains("Du er her"));
    assertTrue(cleaned.updated().isEmpty());
    // nothing of the article itself is lost
    assertTrue(cleaned.paragraphs().get(cleaned.paragraphs().size() - 1).startsWith("Konferencen bød også på workshops"));
  }

  @Test
  void aTalkAboutConsentIsNotChrome() {
    List<String> paragraphs = List.of(
        "Jurist Anne Holm talte om samtykke i sagsbehandlingen af unge flygtninge.",
        "Dagen sluttede med en paneldebat.");
    assertEquals(paragraphs, PageChrome.remove(paragraphs).paragraphs());
  }

  @Test
  void trailingShortLinesWithoutChromeWordsStay() {
    List<String> paragraphs = List.of("Et langt referat af dagens oplæg om beskæftigelse og sprog.", "Tak for i dag");
    assertEquals(paragraphs, PageChrome.remove(paragraphs).paragraphs());
  }
}
