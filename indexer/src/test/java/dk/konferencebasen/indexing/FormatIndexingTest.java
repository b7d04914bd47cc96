package dk.konferencebasen.indexing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.konferencebasen.extraction.ExtractionLimits;
import dk.konferencebasen.fixtures.FormatFixtures;
import dk.konferencebasen.fixtures.FormatFixtures.Format;
import dk.konferencebasen.schema.IndexSchema;
import dk.konferencebasen.testing.Corpus;
import dk.konferencebasen.testing.IndexProbe;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The Faxe seed written in every fixture format goes through the whole indexer and is found. */
class FormatIndexingTest {
  @TempDir static Path tmp;
  private static Path index;
  private static Map<Format, Path> files;
  private static IndexRunSummary summary;

  private static final Map<Format, String> FORMAT_NAMES = Map.of(
      Format.PDF, "pdf", Format.DOCX, "docx", Format.ODT, "odt", Format.PPTX, "pptx",
      Format.HTML, "html", Format.RTF, "rtf", Format.EPUB, "epub", Format.MARKDOWN, "md");

  @BeforeAll
  static void indexAllFormats() throws Exception {
    FormatFixtures.Document seed = FormatFixtures.readPlainText(Corpus.seed(Corpus.SEED_002));
    // the seed's first line is the breadcrumb; a real exported document starts at its title
    List<String> paragraphs = seed.paragraphs();
    String title = paragraphs.get(0);
    Path corpus = tmp.resolve("corpus");
    files = FormatFixtures.writeAll(corpus, "faxe", title, paragraphs.subList(1, paragraphs.size()));
    index = tmp.resolve("index");
    summary = new Indexer().run(new Indexer.Options(corpus, index, false, 2, ExtractionLimits.DEFAULT), ProgressListener.SILENT);
  }

  @Test
  void everyFormatIsIndexed() {
    assertTrue(summary.failed().isEmpty(), summary.describe());
    assertEquals(Format.values().length, summary.indexed().size(), summary.describe());
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void eachFormatIsFoundForADanishWordFromItsText(Format format) throws Exception {
    String path = corpusPath(format);
    try (IndexProbe probe = IndexProbe.open(index)) {
      for (String word : List.of("sprogundervisning", "rædsel", "Frøgården", "foreningslivet")) {
        assertTrue(probe.reportsMatching(word).contains(path), word + " not found in " + path);
      }
      Document report = probe.report(path);
      assertEquals(FORMAT_NAMES.get(format), report.get(IndexSchema.FORMAT));
      assertEquals("da", report.get(IndexSchema.LANGUAGE));
      Document sonne = probe.passageContaining(path, "stigmatiserende");
      assertTrue(List.of(sonne.getValues(IndexSchema.PERSON)).contains("Kasper Sonne"),
          format + ": " + List.of(sonne.getValues(IndexSchema.PERSON)));
    }
  }

  @Test
  void paragraphsStaySeparatePassagesInStructuredFormats() throws Exception {
    try (IndexProbe probe = IndexProbe.open(index)) {
      for (Format format : List.of(Format.DOCX, Format.ODT, Format.HTML, Format.EPUB, Format.RTF, Format.PDF, Format.PPTX)) {
        Document passage = probe.passageContaining(corpusPath(format), "Som udgangspunkt er integrationsindsatsen");
        String text = passage.get(IndexSchema.TEXT);
        assertTrue(!text.contains("Det er stigmatiserende"), format + " merged two paragraphs: " + text);
      }
    }
  }

  private static String corpusPath(Format format) {
    return files.get(format).getFileName().toString();
  }
}
