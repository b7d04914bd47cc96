package dk.konferencebasen.indexing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.konferencebasen.extraction.ExtractionLimits;
import dk.konferencebasen.schema.IndexSchema;
import dk.konferencebasen.testing.Corpus;
import dk.konferencebasen.testing.IndexProbe;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexerTest {
  @TempDir Path tmp;

  private IndexRunSummary index(Path corpus, Path index) throws IndexerException {
    return new Indexer().run(new Indexer.Options(corpus, index, false, 2, ExtractionLimits.DEFAULT), ProgressListener.SILENT);
  }

  private Path seedCorpus() throws Exception {
    Path corpus = tmp.resolve("corpus");
    Corpus.copySeed(Corpus.SEED_000, corpus);
    Corpus.copySeed(Corpus.SEED_002, corpus);
    return corpus;
  }

  @Test
  void seedReportsAreIndexedWithMetadataFromSidecarAndPage() throws Exception {
    Path index = tmp.resolve("index");
    IndexRunSummary summary = index(seedCorpus(), index);
    assertEquals(List.of(Corpus.SEED_000, Corpus.SEED_002), summary.indexed());
    assertTrue(summary.failed().isEmpty(), summary.describe());

    try (IndexProbe probe = IndexProbe.open(index)) {
      Document report = probe.report(Corpus.SEED_000);
      assertEquals("Integrationstræf 2019", report.get(IndexSchema.TITLE));
      assertEquals("Integrationstræf", report.get(IndexSchema.CONFERENCE));
      assertEquals("2019-09-10", report.get(IndexSchema.DATE));
      assertEquals("2020-09-16", report.get(IndexSchema.UPDATED));
      assertEquals("txt", report.get(IndexSchema.FORMAT));
      assertEquals("da", report.get(IndexSchema.LANGUAGE));
      String body = report.get(IndexSchema.BODY);
      assertFalse(body.contains("Abonnér"), "newsletter sign-up is chrome");
      assertFalse(body.contains("Sidst opdateret"));

      Document faxe = probe.report(Corpus.SEED_002);
      assertFalse(faxe.get(IndexSchema.BODY).startsWith("Du er her"));
      assertEquals("Faxe Kommune", faxe.get(IndexSchema.ORGANISER));
      assertEquals(null, faxe.get(IndexSchema.DATE), "the Faxe page gives no date, and none is invented");
    }
  }

  @Test
  void entitiesLandOnTheRightPassages() throws Exception {
    Path index = tmp.resolve("index");
    index(seedCorpus(), index);
    try (IndexProbe probe = IndexProbe.open(index)) {
      Document report = probe.report(Corpus.SEED_000);
      List<String> people = List.of(report.getValues(IndexSchema.PERSON));
      for (String person : List.of("Thomas Kastrup-Larsen", "Rasmus Stoklund", "Flemming Bendt", "Mads Blistrup",
          "Charlotte Liebak Hansen", "Michael Svendsen Petersen", "Aydin Soei", "Eva Steensig", "Mattias Tesfaye")) {
        assertTrue(people.contains(person), person + " missing from " + people);
      }
      List<String> organisations = List.of(report.getValues(IndexSchema.ORGANISATION));
      for (String org : List.of("KL", "ISS Danmark", "Dansk Socialrådgiverforening", "Roskilde Universitet",
          "Væksthusets Forskningscenter")) {
        assertTrue(organisations.contains(org), org + " missing from " + organisations);
      }

      Document michael = probe.passageContaining(Corpus.SEED_000, "Lektor Emeritus");
      assertEquals(List.of("Michael Svendsen Petersen"), List.of(michael.getValues(IndexSchema.PERSON)));
      assertTrue(List.of(michael.getValues(IndexSchema.ORGANISATION)).contains("Roskilde Universitet"));

      Document municipalities = probe.passageContaining(Corpus.SEED_000, "Fagfolk fra Aalborg Kommune");
      assertEquals(List.of("Aalborg", "Esbjerg"), List.of(municipalities.getValues(IndexSchema.MUNICIPALITY)));

      Document charlotte = probe.passageContaining(Corpus.SEED_000, "Forskningschef");
      assertEquals(List.of("Charlotte Liebak Hansen"), List.of(charlotte.getValues(IndexSchema.PERSON)));
      assertTrue(List.of(charlotte.getValues(IndexSchema.ORGANISATION)).contains("Væksthusets Forskningscenter"));

      Document opening = probe.passageContaining(Corpus.SEED_000, "Mere end 400 medarbejdere");
      assertEquals(List.of("2019-09-10"), List.of(opening.getValues(IndexSchema.PASSAGE_DATES)),
          "\"den 10. sep.\" takes its year from the report");
    }
  }

  @Test
  void secondRunSkipsUnchangedReindexesChangedAndRemovesDeleted() throws Exception {
    Path corpus = seedCorpus();
    Path index = tmp.resolve("index");
    index(corpus, index);
    String faxeId;
    try (IndexProbe probe = IndexProbe.open(index)) {
      faxeId = probe.report(Corpus.SEED_002).get(IndexSchema.ID);
    }

    IndexRunSummary again = index(corpus, index);
    assertEquals(List.of(), again.indexed());
    assertEquals(2, again.unchanged());

    Files.writeString(corpus.resolve(Corpus.SEED_002),
        "\n\nEfter konferencen fortsatte arbejdet med mentorordninger i hele kommunen.\n",
        StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
    Files.delete(corpus.resolve(Corpus.SEED_000));
    IndexRunSummary changed = index(corpus, index);
    assertEquals(List.of(Corpus.SEED_002), changed.indexed());
    assertEquals(0, changed.unchanged());
    assertEquals(List.of(Corpus.SEED_000), changed.removed());

    try (IndexProbe probe = IndexProbe.open(index)) {
      assertEquals(1, probe.reportCount());
      assertEquals(faxeId, probe.report(Corpus.SEED_002).get(IndexSchema.ID), "ids survive re-indexing");
      assertNotNull(probe.passageContaining(Corpus.SEED_002, "mentorordninger"));
      assertEquals(0, probe.passagesOf(probe.reportIdOf(Corpus.SEED_000)));
    }
  }

  @Test
  void aRunThatChangesNothingMakesNoCommit() throws Exception {
    Path corpus = seedCorpus();
    Path index = tmp.resolve("index");
    index(corpus, index);
    long generation;
    Map<String, String> userData;
    try (FSDirectory dir = FSDirectory.open(index); org.apache.lucene.index.DirectoryReader reader =
        org.apache.lucene.index.DirectoryReader.open(dir)) {
      generation = reader.getIndexCommit().getGeneration();
      userData = reader.getIndexCommit().getUserData();
    }
    assertEquals(List.of(), index(corpus, index).indexed());
    assertEquals(List.of(), index(corpus, index).indexed());
    try (FSDirectory dir = FSDirectory.open(index); org.apache.lucene.index.DirectoryReader reader =
        org.apache.lucene.index.DirectoryReader.open(dir)) {
      assertEquals(generation, reader.getIndexCommit().getGeneration(), "the commit researchers cite stays");
      assertEquals(userData, reader.getIndexCommit().getUserData(), "and so does its indexed_at");
    }

    Path empty = Files.createDirectories(tmp.resolve("empty"));
    index(empty, tmp.resolve("empty-index"));
    try (FSDirectory dir = FSDirectory.open(tmp.resolve("empty-index"))) {
      assertTrue(org.apache.lucene.index.DirectoryReader.indexExists(dir), "an empty corpus still gives a readable index");
    }
  }

  @Test
  void changedSidecarCountsAsAChange() throws Exception {
    Path corpus = seedCorpus();
    Path index = tmp.resolve("index");
    index(corpus, index);
    Path sidecar = corpus.resolve("002_83ba2612006fa3f2.meta.json");
    Files.writeString(sidecar, Files.readString(sidecar).replace("\"language\": \"da\"", "\"language\": \"da\", \"date\": \"2023-05-04\""));
    IndexRunSummary run = index(corpus, index);
    assertEquals(List.of(Corpus.SEED_002), run.indexed());
    try (IndexProbe probe = IndexProbe.open(index)) {
      assertEquals("2023-05-04", probe.report(Corpus.SEED_002).get(IndexSchema.DATE));
    }
  }

  @Test
  void badFilesAreReportedAndSkippedAndTheRestIsIndexed() throws Exception {
    Path corpus = seedCorpus();
    Files.write(corpus.resolve("broken.pdf"), "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\nendobj\nxref garbage"
        .getBytes(StandardCharsets.US_ASCII));
    Files.createFile(corpus.resolve("empty.txt"));
    byte[] binary = new byte[4096];
    new java.util.Random(42).nextBytes(binary);
    binary[0] = 0; binary[1] = 1; binary[2] = (byte) 0xFE;
    Files.write(corpus.resolve("not-really-text.txt"), binary);
    Files.writeString(corpus.resolve("notes.txt"), "Referat fra mødet om boligsociale indsatser i Vejle.");
    Files.writeString(corpus.resolve("notes.meta.json"), "{\"title\": \"Referat\", \"organizer\": \"typo\"}");

    IndexRunSummary summary = index(corpus, tmp.resolve("index"));
    Map<String, String> failed = summary.failed().stream()
        .collect(Collectors.toMap(IndexRunSummary.Failure::path, IndexRunSummary.Failure::reason));
    assertEquals(List.of("broken.pdf", "empty.txt", "not-really-text.txt", "notes.txt"),
        failed.keySet().stream().sorted().toList(), summary.describe());
    assertTrue(failed.get("empty.txt").contains("empty"), failed.get("empty.txt"));
    assertTrue(failed.get("not-really-text.txt").contains("binary"), failed.get("not-really-text.txt"));
    assertTrue(failed.get("broken.pdf").contains("parse"), failed.get("broken.pdf"));
    assertTrue(failed.get("notes.txt").contains("organizer"), failed.get("notes.txt"));
    assertEquals(List.of(Corpus.SEED_000, Corpus.SEED_002), summary.indexed());
    assertTrue(summary.describe().contains("failed: broken.pdf"));
  }

  @Test
  void filesOverTheSizeLimitAreSkippedWithTheirSize() throws Exception {
    ExtractionLimits small = new ExtractionLimits(4_000, ExtractionLimits.DEFAULT.timeout(), ExtractionLimits.DEFAULT.maxChars());
    IndexRunSummary summary = new Indexer().run(
        new Indexer.Options(seedCorpus(), tmp.resolve("index"), false, 1, small), ProgressListener.SILENT);
    assertEquals(List.of(Corpus.SEED_002), summary.indexed(), "seed 002 is 3.4 kB, under the limit");
    assertEquals(1, summary.failed().size());
    assertEquals(Corpus.SEED_000, summary.failed().get(0).path());
    assertTrue(summary.failed().get(0).reason().contains("over the limit"), summary.failed().get(0).reason());
  }

  @Test
  void aLockedIndexStopsTheRunWithAClearMessage() throws Exception {
    Path index = tmp.resolve("index");
    Files.createDirectories(index);
    try (FSDirectory dir = FSDirectory.open(index);
         IndexWriter other = new IndexWriter(dir, new IndexWriterConfig())) {
      IndexerException e = assertThrows(IndexerException.class, () -> index(seedCorpus(), index));
      assertTrue(e.getMessage().contains("locked"), e.getMessage());
    }
  }

  @Test
  void aMissingCorpusFolderStopsTheRun() {
    IndexerException e = assertThrows(IndexerException.class, () -> index(tmp.resolve("nowhere"), tmp.resolve("index")));
    assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
  }

  @Test
  void rebuildStartsFromScratch() throws Exception {
    Path corpus = seedCorpus();
    Path index = tmp.resolve("index");
    index(corpus, index);
    IndexRunSummary rebuilt = new Indexer().run(
        new Indexer.Options(corpus, index, true, 1, ExtractionLimits.DEFAULT), ProgressListener.SILENT);
    assertEquals(2, rebuilt.indexed().size());
    assertTrue(rebuilt.rebuilt());
    try (IndexProbe probe = IndexProbe.open(index)) {
      assertEquals(2, probe.reportCount());
    }
  }

  @Test
  void aBulkLoadEndsInOneSegmentAndASmallUpdateIsNotMerged() throws Exception {
    Path corpus = tmp.resolve("corpus");
    Files.createDirectories(corpus);
    for (int i = 0; i < 30; i++) {
      Files.writeString(corpus.resolve("rapport-" + i + ".txt"),
          "Rapport nummer " + i + "\n\nOplæg om integration og beskæftigelse i kommune nummer " + i + ".\n",
          StandardCharsets.UTF_8);
    }
    Path index = tmp.resolve("index");
    index(corpus, index); // two threads write two segments at least; the merge makes one
    assertEquals(1, segments(index), "a first load is merged for searching");

    Files.writeString(corpus.resolve("rapport-7.txt"), "\n\nEt nyt afsnit om mentorordninger.\n",
        StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
    assertEquals(List.of("rapport-7.txt"), index(corpus, index).indexed());
    assertEquals(2, segments(index), "one changed report of thirty is left to Lucene's merge policy");
    try (IndexProbe probe = IndexProbe.open(index)) {
      assertEquals(30, probe.reportCount());
      assertNotNull(probe.passageContaining("rapport-7.txt", "mentorordninger"));
    }
  }

  private static int segments(Path index) throws Exception {
    try (var reader = org.apache.lucene.index.DirectoryReader.open(FSDirectory.open(index))) {
      return reader.leaves().size();
    }
  }
}
