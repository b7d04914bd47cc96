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

/** A saved web page through the whole indexer: its main text, its metadata, and the audit of what went. */
class WebPageIndexingTest {
  private static final String PAGE = """
      <!DOCTYPE html><html lang="da"><head>
      <title>Temadag om sprogundervisning | Vejle Kommune</title>
      <meta name="description" content="Referat af temadagen om sprogundervisning på arbejdspladsen.">
      <meta property="article:published_time" content="2021-03-04T09:00:00+01:00">
      </head><body>
      <div class="cookie-consent">Vi bruger cookies til statistik. Accepter cookies</div>
      <nav><a href="/">Forside</a> <a href="/borger">Borger</a> <a href="/erhverv">Erhverv</a></nav>
      <main><h1>Temadag om sprogundervisning</h1>
      <p>Sproglærere og jobkonsulenter fra hele kommunen mødtes for at drøfte, hvordan undervisningen kan flytte
      ud på arbejdspladserne, så kursisterne lærer dansk der, hvor de bruger det.</p>
      <p>Eftermiddagen bød på erfaringer fra tre virksomheder, der allerede har sprogundervisning i arbejdstiden,
      og på en debat om, hvordan kommunen følger op.</p></main>
      <footer>Vejle Kommune · Skolegade 1 · 7100 Vejle</footer>
      </body></html>
      """;

  @Test
  void aWebPageIsStoredWithItsMainTextMetadataAndAnAuditOfWhatWent(@TempDir Path tmp) throws Exception {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    Files.writeString(corpus.resolve("temadag.html"), PAGE);
    IndexRunSummary summary = new Indexer().run(new Indexer.Options(corpus, tmp.resolve("index"), false, 1,
        ExtractionLimits.DEFAULT), ProgressListener.SILENT);
    assertEquals(List.of("temadag.html"), summary.indexed());
    assertEquals(1, summary.losses().size(), "the page lost over a fifth of its text, and the summary says so");
    assertTrue(summary.describe().contains("removed as chrome: temadag.html"), summary.describe());

    try (IndexProbe probe = IndexProbe.open(tmp.resolve("index"))) {
      Document report = probe.report("temadag.html");
      assertEquals("Temadag om sprogundervisning", report.get(IndexSchema.TITLE));
      assertEquals("Referat af temadagen om sprogundervisning på arbejdspladsen.", report.get(IndexSchema.DESCRIPTION));
      assertEquals("da", report.get(IndexSchema.LANGUAGE));
      assertEquals("2021", report.get(IndexSchema.YEAR), "the page's publication date files it under its year");
      String body = report.get(IndexSchema.BODY);
      assertTrue(body.startsWith("Sproglærere og jobkonsulenter"), body);
      for (String chrome : List.of("cookies", "Forside", "Erhverv", "Skolegade")) {
        assertFalse(body.contains(chrome), "chrome in the stored text: " + chrome);
      }
      List<String> removed = List.of(report.getValues(IndexSchema.REMOVED_TEXT));
      assertTrue(removed.stream().anyMatch(r -> r.contains("Vi bruger cookies")), removed.toString());
      assertTrue(removed.stream().anyMatch(r -> r.contains("Skolegade 1")), removed.toString());
      assertEquals(removed.size(), report.getValues(IndexSchema.REMOVED_REASON).length, "a reason for every piece");
      assertTrue(report.getField(IndexSchema.EXTRACTED_CHARS).numericValue().longValue() > body.length());
    }
  }
}
