package dk.konferencebasen.indexing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.konferencebasen.extraction.ExtractionLimits;
import dk.konferencebasen.schema.IndexSchema;
import dk.konferencebasen.testing.IndexProbe;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.document.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pages of one site captured as text: the indexer removes the menu and footer they share. */
class SiteTemplateIndexingTest {
  private static final String MENU = "Forside\nOm foreningen\nArrangementer\nBliv medlem\n";
  private static final String FOOTER = "Følg os på de sociale medier\nForeningen for Frivillige\n";

  @Test
  void linesThePagesOfASiteShareAreRemovedWithTheirReason(@TempDir Path tmp) throws Exception {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    List<String> bodies = List.of(
        "Årsmødet samlede foreningens medlemmer, som drøftede rekruttering af unge frivillige i mange timer.",
        "Temadagen handlede om, hvordan kommunerne kan støtte de frivillige foreninger bedre end i dag.",
        "Netværket mødtes i Vejle for at dele erfaringer med lektiehjælp og sprogcaféer for nye borgere.");
    for (int i = 0; i < bodies.size(); i++) {
      Files.writeString(corpus.resolve("side" + i + ".txt"), MENU + "\nArrangement nummer " + (char) ('A' + i) + "\n\n"
          + bodies.get(i) + "\n\n" + FOOTER);
    }
    IndexRunSummary summary = new Indexer().run(new Indexer.Options(corpus, tmp.resolve("index"), false, 2,
        ExtractionLimits.DEFAULT), ProgressListener.SILENT);
    assertEquals(3, summary.indexed().size(), summary.describe());

    try (IndexProbe probe = IndexProbe.open(tmp.resolve("index"))) {
      Document report = probe.report("side1.txt");
      String body = report.get(IndexSchema.BODY);
      assertTrue(body.contains("Temadagen handlede om"), body);
      for (String template : List.of("Om foreningen", "Bliv medlem", "Følg os på de sociale medier")) {
        assertFalse(body.contains(template), "template line kept: " + template + " in " + body);
      }
      assertEquals("Arrangement nummer B", report.get(IndexSchema.TITLE));
      List<String> reasons = List.of(report.getValues(IndexSchema.REMOVED_REASON));
      assertTrue(reasons.contains("site template line repeated across the corpus"), reasons.toString());
    }
  }
}
