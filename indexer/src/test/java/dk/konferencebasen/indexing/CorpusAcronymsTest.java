package dk.konferencebasen.indexing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.konferencebasen.extraction.ExtractionLimits;
import dk.konferencebasen.schema.IndexSchema;
import dk.konferencebasen.testing.Corpus;
import dk.konferencebasen.testing.IndexProbe;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.document.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Acronyms learned from the corpus: a report that says "KL" without spelling it out takes the
 * definition another report gives, and gives it back up when that report goes.
 */
class CorpusAcronymsTest {
  private static final String DEFINES_KL = """
      Beskæftigelsestræf 2023

      Kommunernes Landsforening (KL) havde inviteret jobcentrene til en dag om unge uden uddannelse.
      """;
  private static final String DS_ONE_WAY = """
      Socialrådgiverdage 2022

      Dansk Socialrådgiverforening (DS) holdt årsmøde i Kolding med tre hundrede deltagere.
      """;
  private static final String DS_OTHER_WAY = """
      Tillidsmandsweekend 2022

      Dansk Sygeplejeråd (DS) samlede tillidsfolk fra hele landet til en weekend om trivsel.
      """;
  private static final String USES_DS = """
      Ungdomskonference 2024

      Senere fortalte DS om de nye tal for trivsel blandt unge i udskolingen.
      """;

  @TempDir Path tmp;

  private IndexRunSummary index(Path corpus, Path index) throws IndexerException {
    return new Indexer().run(new Indexer.Options(corpus, index, false, 2, ExtractionLimits.DEFAULT), ProgressListener.SILENT);
  }

  private static List<String> organisations(Document report) {
    return List.of(report.getValues(IndexSchema.ORGANISATION));
  }

  @Test
  void aDefinitionInOneReportAppliesToTheOthersUntilItGoes() throws Exception {
    Path corpus = tmp.resolve("corpus");
    Corpus.copySeed(Corpus.SEED_000, corpus); // "i samarbejde med KL", never spelled out
    Path definition = corpus.resolve("beskaeftigelsestraef.txt");
    Files.writeString(definition, DEFINES_KL);
    Path index = tmp.resolve("index");

    IndexRunSummary first = index(corpus, index);
    assertEquals(2, first.indexed().size(), first.describe());
    try (IndexProbe probe = IndexProbe.open(index)) {
      Document seed = probe.report(Corpus.SEED_000);
      assertTrue(organisations(seed).contains("Kommunernes Landsforening"), organisations(seed).toString());
      assertFalse(organisations(seed).contains("KL"), organisations(seed).toString());
      assertEquals(List.of("KL = Kommunernes Landsforening"), List.of(seed.getValues(IndexSchema.ACRONYMS_FROM_CORPUS)));
      assertEquals(List.of(), List.of(seed.getValues(IndexSchema.ACRONYMS)), "the seed defines nothing itself");
      assertEquals(List.of(Corpus.SEED_000), probe.reportsMatchingAlias("kommunernes landsforening"),
          "the seed's passages that say KL are found by the full name");
    }

    IndexRunSummary again = index(corpus, index);
    assertEquals(List.of(), again.indexed(), "nothing changed, nothing is built again: " + again.describe());

    Files.delete(definition);
    index(corpus, index);
    try (IndexProbe probe = IndexProbe.open(index)) {
      Document seed = probe.report(Corpus.SEED_000);
      assertTrue(organisations(seed).contains("KL"), "the definition went with its report: " + organisations(seed));
      assertFalse(organisations(seed).contains("Kommunernes Landsforening"), organisations(seed).toString());
      assertEquals(List.of(), List.of(seed.getValues(IndexSchema.ACRONYMS_FROM_CORPUS)));
      assertEquals(List.of(), probe.reportsMatchingAlias("kommunernes landsforening"));
    }
  }

  @Test
  void anAcronymTheCorpusDefinesTwoWaysIsNotGuessed() throws Exception {
    Path corpus = tmp.resolve("corpus");
    Files.createDirectories(corpus);
    Files.writeString(corpus.resolve("socialraadgiverdage.txt"), DS_ONE_WAY);
    Files.writeString(corpus.resolve("ungdomskonference.txt"), USES_DS);
    Path index = tmp.resolve("index");
    index(corpus, index);
    try (IndexProbe probe = IndexProbe.open(index)) {
      assertEquals(List.of("Dansk Socialrådgiverforening"), organisations(probe.report("ungdomskonference.txt")),
          "one definition in the corpus: DS is that organisation");
    }

    Files.writeString(corpus.resolve("elevtraef.txt"), DS_OTHER_WAY);
    index(corpus, index);
    try (IndexProbe probe = IndexProbe.open(index)) {
      assertEquals(List.of("DS"), organisations(probe.report("ungdomskonference.txt")),
          "two definitions: which one is meant is not known, so DS stays DS");
      assertEquals(List.of("Dansk Sygeplejeråd"), organisations(probe.report("elevtraef.txt")),
          "a report's own definition holds in it");
    }
  }
}
