package dk.konferencebasen.benchmark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.konferencebasen.measure.Measure;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.tika.Tika;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CorpusGeneratorTest {
  private static final Set<String> SIDECAR_KEYS =
      Set.of("title", "conference", "date", "place", "organiser", "publisher", "language", "source", "url");

  @TempDir Path tmp;

  @Test
  void sameSeedGivesTheSameBytesThroughTheCommand() throws Exception {
    Path ddt = TestSentences.writeConllu(tmp);
    for (String run : List.of("a", "b")) {
      int exit = new CommandLine(new Measure()).execute("bench-corpus", "--out", tmp.resolve(run).toString(),
          "--docs", "6", "--formats", "txt,html", "--seed", "42", "--ddt", ddt.toString());
      assertEquals(0, exit);
    }
    List<String> namesA = names(tmp.resolve("a"));
    assertEquals(names(tmp.resolve("b")), namesA);
    assertEquals(12, namesA.size(), "6 reports and 6 sidecars: " + namesA);
    for (String name : namesA) {
      assertArrayEquals(Files.readAllBytes(tmp.resolve("a").resolve(name)),
          Files.readAllBytes(tmp.resolve("b").resolve(name)), name);
    }
    assertTrue(namesA.contains("bench-0000000.txt") && namesA.contains("bench-0000001.html"), "round-robin: " + namesA);
  }

  @Test
  void anotherSeedGivesOtherText() {
    CorpusGenerator a = new CorpusGenerator(TestSentences.SENTENCES, 1);
    CorpusGenerator b = new CorpusGenerator(TestSentences.SENTENCES, 2);
    assertNotEquals(CorpusGenerator.txt(a.report(0, CorpusGenerator.Format.TXT)),
        CorpusGenerator.txt(b.report(0, CorpusGenerator.Format.TXT)));
  }

  @Test
  void reportsHaveTheRightShape() {
    CorpusGenerator g = new CorpusGenerator(TestSentences.SENTENCES, 7);
    Set<Integer> paragraphCounts = new TreeSet<>();
    for (int i = 0; i < 300; i++) {
      CorpusGenerator.Report r = g.report(i, CorpusGenerator.Format.TXT);
      int paragraphs = r.paragraphs().size();
      paragraphCounts.add(paragraphs);
      assertTrue(paragraphs >= 5 && paragraphs <= 40, "paragraphs " + paragraphs);
      assertEquals(paragraphs, r.sentencesPerParagraph().size());
      for (int p = 0; p < paragraphs; p++) {
        int sentences = r.sentencesPerParagraph().get(p);
        assertTrue(sentences >= 3 && sentences <= 8, "sentences " + sentences);
        // Every sentence ends with . ? or ! : count the ends as a cross-check.
        long ends = r.paragraphs().get(p).chars().filter(c -> c == '.' || c == '?' || c == '!').count();
        assertTrue(ends >= sentences, r.paragraphs().get(p));
        assertFalse(r.paragraphs().get(p).contains("\n"));
      }
      assertTrue(r.title().contains(r.conference()) && r.title().contains(r.date().substring(0, 4)), r.title());
    }
    assertTrue(paragraphCounts.contains(5) || paragraphCounts.contains(40) || paragraphCounts.size() > 20,
        "lengths spread over the range: " + paragraphCounts);
  }

  @Test
  void peopleOrganisationsAndConferencesAreInTheText() {
    CorpusGenerator g = new CorpusGenerator(TestSentences.SENTENCES, 3);
    String all = String.join("\n", g.report(0, CorpusGenerator.Format.TXT).paragraphs())
        + String.join("\n", g.report(1, CorpusGenerator.Format.TXT).paragraphs());
    assertTrue(all.contains("Oplæg ved "), all);
    assertTrue(all.contains(" Kommune") || List.of(CorpusGenerator.ORGANISATIONS).stream().anyMatch(all::contains));
  }

  @Test
  void sidecarsAreValidJsonWithTheReadmeKeys() throws Exception {
    CorpusGenerator g = new CorpusGenerator(TestSentences.SENTENCES, 5);
    Path out = tmp.resolve("corpus");
    CorpusGenerator.Summary s = g.generate(out, 8, List.of(CorpusGenerator.Format.TXT));
    assertEquals(8, s.reports());
    ObjectMapper json = new ObjectMapper();
    for (String name : names(out)) {
      if (!name.endsWith(".meta.json")) {
        continue;
      }
      JsonNode node = json.readTree(out.resolve(name).toFile());
      Set<String> keys = new TreeSet<>();
      node.fieldNames().forEachRemaining(keys::add);
      assertEquals(new TreeSet<>(SIDECAR_KEYS), keys, name);
      LocalDate.parse(node.get("date").asText());
      assertEquals("da", node.get("language").asText());
      String text = Files.readString(out.resolve(name.replace(".meta.json", ".txt")), StandardCharsets.UTF_8);
      assertTrue(text.startsWith(node.get("title").asText() + "\n\n"), name);
    }
  }

  @Test
  void everyFormatIsDetectedByTikaAsItsRealType() throws Exception {
    CorpusGenerator g = new CorpusGenerator(TestSentences.SENTENCES, 9);
    Path out = tmp.resolve("formats");
    g.generate(out, 4, List.of(CorpusGenerator.Format.values()));
    Map<String, String> expected = Map.of(
        "txt", "text/plain",
        "html", "text/html",
        "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "pdf", "application/pdf");
    Tika tika = new Tika();
    int checked = 0;
    for (String name : names(out)) {
      if (name.endsWith(".meta.json")) {
        continue;
      }
      String ext = name.substring(name.lastIndexOf('.') + 1);
      // By content only: the stream carries no file name.
      try (InputStream in = TikaInputStream.get(Files.readAllBytes(out.resolve(name)))) {
        String type = tika.getDetector().detect(in, new Metadata()).getBaseType().toString();
        assertEquals(expected.get(ext), type, name);
      }
      checked++;
    }
    assertEquals(4, checked);
    // And Tika reads the text back.
    String pdfText = tika.parseToString(out.resolve("bench-0000003.pdf"));
    assertTrue(pdfText.contains(g.report(3, CorpusGenerator.Format.PDF).title().substring(0, 10)), pdfText);
  }

  private static List<String> names(Path dir) throws Exception {
    try (Stream<Path> s = Files.list(dir)) {
      return new ArrayList<>(s.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }
}
