package dk.konferencebasen.passages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.konferencebasen.extraction.ExtractionLimits;
import dk.konferencebasen.extraction.PageChrome;
import dk.konferencebasen.extraction.TikaExtractor;
import dk.konferencebasen.testing.Corpus;
import java.util.List;
import org.junit.jupiter.api.Test;

class PassageSplitterTest {
  private final PassageSplitter splitter = new PassageSplitter();

  @Test
  void seed000SplitsIntoOnePassagePerTalk() throws Exception {
    List<String> paragraphs = PageChrome.remove(
        new TikaExtractor(ExtractionLimits.DEFAULT).extract(Corpus.seed(Corpus.SEED_000)).paragraphs()).paragraphs();
    String body = PassageSplitter.join(paragraphs);
    List<Passage> passages = splitter.split(paragraphs, "Integrationstræf 2019");

    List<Passage> michael = passages.stream().filter(p -> p.text().contains("Michael Svendsen Petersen")).toList();
    assertEquals(1, michael.size());
    assertTrue(michael.get(0).text().startsWith("Lektor Emeritus Michael Svendsen Petersen"));
    assertTrue(michael.get(0).text().endsWith("parate til en jobansættelse."));
    assertTrue(passages.stream().noneMatch(p -> p.text().contains("Forskningschef") && p.text().contains("Lektor")));

    assertEquals(9, passages.size(), "nine paragraphs after the title");
    for (int i = 0; i < passages.size(); i++) {
      Passage p = passages.get(i);
      assertEquals(i, p.ordinal());
      assertEquals(p.text(), body.substring(p.start(), p.end()), "offsets point into the body");
      if (i > 0) {
        assertTrue(p.start() > passages.get(i - 1).end(), "passages keep their order");
      }
    }
  }

  @Test
  void aHeadingOpensTheNextPassage() {
    List<String> paragraphs = List.of("Rapport", "Workshop om sprog", "Deltagerne drøftede sprogundervisning.", "Afslutning.");
    List<Passage> passages = splitter.split(paragraphs, "Rapport");
    assertEquals(2, passages.size());
    assertEquals("Workshop om sprog\n\nDeltagerne drøftede sprogundervisning.", passages.get(0).text());
    assertEquals("Afslutning.", passages.get(1).text());
  }

  @Test
  void aVeryLongParagraphIsCutAtSentenceEnds() {
    String sentence = "Kommunen fortalte om sit arbejde med nyankomne borgere og deres familier. ";
    String paragraph = sentence.repeat(60).strip();
    List<Passage> passages = splitter.split(List.of(paragraph), "Titel");
    assertTrue(passages.size() >= 3, "cut into pieces: " + passages.size());
    for (Passage p : passages) {
      assertTrue(p.text().endsWith("familier."), "ends at a sentence end: " + p.text());
      assertEquals(p.text(), paragraph.substring(p.start(), p.end()));
    }
  }
}
