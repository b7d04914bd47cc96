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
    List<String> paragraphs = List.of("Rapport", "Workshop om sprog", "Deltagerne drøftede sprogundervisning.",
        "Dagen sluttede med en fælles opsamling i salen.");
    List<Passage> passages = splitter.split(paragraphs, "Rapport");
    assertEquals(2, passages.size());
    assertEquals("Workshop om sprog\n\nDeltagerne drøftede sprogundervisning.", passages.get(0).text());
    assertEquals("Dagen sluttede med en fælles opsamling i salen.", passages.get(1).text());
  }

  @Test
  void aFragmentJoinsItsNeighbour() {
    List<String> paragraphs = List.of("Deltagerne drøftede sprogundervisning og praktik i to timer.", "Læs referatet.",
        "Næste møde holdes i Odense, hvor de samme temaer tages op igen.", "Tak for i dag.");
    List<Passage> passages = splitter.split(paragraphs, "Referat");
    assertEquals(List.of("Deltagerne drøftede sprogundervisning og praktik i to timer.",
        "Læs referatet.\n\nNæste møde holdes i Odense, hvor de samme temaer tages op igen.\n\nTak for i dag."),
        passages.stream().map(Passage::text).toList());
    assertTrue(passages.stream().allMatch(p -> p.talk().isEmpty()));
  }

  @Test
  void eachTalkOfAProgrammeIsOnePassageWithItsTitle() {
    List<String> paragraphs = List.of("Program for temadagen",
        "9.00-10.00: Ankomst og indskrivning",
        "10.00-10.05: Velkomst\nv. Carsten Kissmeyer, borgmester",
        "10.10-10.30: Den geografiske ulighed\nv. Kristian Weise, direktør Cevea.",
        "Oplægget ser på tal for bosætning og job i hele landet og på, hvad de betyder for kommunerne.",
        "11.00 Kaffepause",
        "11.15 Paneldebat: Hvad gør vi nu?\nModerator: Anne Hansen",
        "Sted",
        "Remisen, Brande");
    List<Passage> passages = splitter.split(paragraphs, "Program for temadagen");
    List<String> titles = passages.stream().map(p -> p.talk().map(TalkHeading::title).orElse("-")).toList();
    assertEquals(List.of("-", "Velkomst", "Den geografiske ulighed", "-", "Paneldebat: Hvad gør vi nu?", "-"), titles,
        passages.toString());
    Passage ulighed = passages.get(2);
    assertTrue(ulighed.text().startsWith("10.10-10.30: Den geografiske ulighed") && ulighed.text().endsWith("for kommunerne."),
        "the talk keeps its abstract across the blank line: " + ulighed.text());
    assertTrue(passages.get(1).talk().orElseThrow().speakerText().contains("Carsten Kissmeyer"));
    assertTrue(passages.get(4).talk().orElseThrow().speakerText().contains("Moderator: Anne Hansen"));
    assertEquals("Sted\n\nRemisen, Brande", passages.get(5).text(), "a heading ends the last talk");
    assertEquals(List.of("", "10.00–10.05", "10.10–10.30", "", "11.15", ""),
        passages.stream().map(p -> p.talk().map(TalkHeading::time).orElse("")).toList(), "time slots written one way");
    String body = PassageSplitter.join(paragraphs);
    passages.forEach(p -> assertEquals(body.substring(p.start(), p.end()), p.text()));
  }

  @Test
  void aSlotIsWrittenOneWayHoweverTheProgrammeWritesIt() {
    assertEquals("09.30–10.15", TalkFinder.slotTime("9.30-10.15: "));
    assertEquals("09.30–10.00", TalkFinder.slotTime("kl. 9:30 til kl. 10 "));
    assertEquals("14.00", TalkFinder.slotTime("Kl. 14,00 "));
    assertEquals("", TalkFinder.slotTime("Workshop 2: "));
  }

  @Test
  void oneTimeInANewsStoryIsNoProgramme() {
    List<String> paragraphs = List.of("Borgmesteren åbnede mødet, og bagefter talte direktøren om budgettet for næste år.",
        "Kl. 14.00 var der debat i salen, hvor mange borgere tog ordet.");
    assertTrue(splitter.split(paragraphs, "Nyhed").stream().allMatch(p -> p.talk().isEmpty()));
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
