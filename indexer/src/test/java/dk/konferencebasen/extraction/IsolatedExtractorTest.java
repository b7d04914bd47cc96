package dk.konferencebasen.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.konferencebasen.fixtures.FormatFixtures;
import dk.konferencebasen.testing.Corpus;
import dk.konferencebasen.testing.HostileFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Parsing in child JVMs, with real worker processes and parsers that hang or exhaust memory.
 *
 * <p>No result depends on how fast the machine is. Files that must be parsed get a time limit no
 * file reaches ({@link #PATIENT}); the short limit ({@link #SHORT}) is only for an extractor whose
 * job here is to stop a parser that never returns, which reaches any limit — and the one good file
 * that extractor must still read afterwards is asked again should a stalled machine make it miss
 * the short limit too.
 */
class IsolatedExtractorTest {
  /** A limit a normal file never reaches, however busy the machine: a day. */
  private static final ExtractionLimits PATIENT =
      new ExtractionLimits(ExtractionLimits.DEFAULT.maxFileBytes(), Duration.ofDays(1), ExtractionLimits.DEFAULT.maxChars());
  /** For a parser that never returns: it reaches this as surely as any other limit. */
  private static final ExtractionLimits SHORT =
      new ExtractionLimits(ExtractionLimits.DEFAULT.maxFileBytes(), Duration.ofSeconds(2), ExtractionLimits.DEFAULT.maxChars());
  private static final String OVER_THE_LIMIT = "parsing took longer than the limit of 2 s";

  @TempDir Path tmp;

  @Test
  void extractsTheSameAsInProcess() throws Exception {
    Path docx = FormatFixtures.write(FormatFixtures.Format.DOCX, tmp, "oplæg", "Oplæg om integration",
        List.of("Første afsnit om sprogundervisning.", "Andet afsnit om beskæftigelse i kommunen."));
    assertEquals(0, HostileFiles.liveWorkers(), "workers left over from before this test");
    try (IsolatedExtractor isolated = new IsolatedExtractor(PATIENT);
         TikaExtractor inProcess = new TikaExtractor(PATIENT)) {
      assertEquals(inProcess.extract(docx), isolated.extract(docx));
      assertEquals(1, HostileFiles.liveWorkers(), "a docx is parsed in a worker");
      ExtractionException empty = assertThrows(ExtractionException.class,
          () -> isolated.extract(java.nio.file.Files.createFile(tmp.resolve("empty.txt"))));
      assertEquals("empty file (0 bytes)", empty.getMessage());
    }
  }

  @Test
  void plainTextIsDecodedHereAndAnythingElseNamedTxtInAWorker() throws Exception {
    Path seed = Corpus.seed(Corpus.SEED_000);
    Path pdfNamedTxt = java.nio.file.Files.move(
        FormatFixtures.write(FormatFixtures.Format.PDF, tmp, "rapport", "Rapport", List.of("Et afsnit om trivsel.")),
        tmp.resolve("rapport.txt"));
    assertEquals(0, HostileFiles.liveWorkers(), "workers left over from before this test");
    try (IsolatedExtractor isolated = new IsolatedExtractor(PATIENT);
         TikaExtractor inProcess = new TikaExtractor(PATIENT)) {
      assertEquals(inProcess.extract(seed), isolated.extract(seed));
      assertEquals(0, HostileFiles.liveWorkers(), "plain text needs no worker");
      Extraction pdf = isolated.extract(pdfNamedTxt);
      assertEquals("application/pdf", pdf.mediaType());
      assertEquals(1, HostileFiles.liveWorkers(), "a PDF named .txt is detected as one and parsed in a worker");
    }
  }

  @Test
  void aHangingParserCostsOneFileAndTheWorkerIsReplaced() throws Exception {
    Path hang = HostileFiles.hanging(tmp, "hang.txt");
    try (IsolatedExtractor extractor = new IsolatedExtractor(SHORT)) {
      for (int time = 1; time <= 2; time++) {
        long start = System.nanoTime();
        ExtractionException e = assertThrows(ExtractionException.class, () -> extractor.extract(hang));
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
        // The second time, a new worker took the file: had the killed one been given it again, the
        // answer would be that the parser crashed (its pipe is closed), not the limit.
        assertEquals(OVER_THE_LIMIT, e.getMessage(), "hang number " + time);
        // stopped, and not before its limit; how long after depends on the machine, so no upper bound
        assertTrue(seconds >= 2, "the hang was stopped after " + seconds + " s");
      }
      // and a good file is read: asked again only if a stalled machine made it miss the short
      // limit too (the hanging file, never read, says nothing about this one's own time)
      Extraction good;
      while (true) {
        try {
          good = extractor.extract(Corpus.seed(Corpus.SEED_002));
          break;
        } catch (ExtractionException e) {
          assertEquals(OVER_THE_LIMIT, e.getMessage());
        }
      }
      assertFalse(good.paragraphs().isEmpty());
    }
  }

  @Test
  void aParserThatExhaustsMemoryCostsOneFileAndNotTheParentsHeap() throws Exception {
    Path oom = HostileFiles.exhausting(tmp, "oom.txt");
    Runtime runtime = Runtime.getRuntime();
    // no time limit it could reach: this test is about memory, and filling 512 MB can take a busy
    // machine seconds; the parser ends by running out of memory however long that takes
    try (IsolatedExtractor extractor = new IsolatedExtractor(PATIENT)) {
      System.gc();
      long usedBefore = runtime.totalMemory() - runtime.freeMemory();
      ExtractionException e = assertThrows(ExtractionException.class, () -> extractor.extract(oom));
      assertEquals("the parser crashed or ran out of memory (exit code 3)", e.getMessage());
      System.gc();
      long grown = runtime.totalMemory() - runtime.freeMemory() - usedBefore;
      // the worker filled 512 MB of its own heap; ours holds at most its pipe buffers
      assertTrue(grown < 64L * 1024 * 1024, "the parent's heap grew by " + grown / 1024 / 1024 + " MB");
      assertFalse(extractor.extract(Corpus.seed(Corpus.SEED_000)).paragraphs().isEmpty());
    }
  }

  @Test
  void closeEndsEveryWorkerIdleOrBusy() throws Exception {
    Path began = tmp.resolve("the-hang-began");
    Path hang = HostileFiles.hanging(tmp, "hang.txt", began);
    assertEquals(0, HostileFiles.liveWorkers(), "workers left over from before this test");
    ExecutorService threads = Executors.newFixedThreadPool(3);
    // no limit the hang could reach before close(): close() is what must stop it
    IsolatedExtractor extractor = new IsolatedExtractor(PATIENT);
    Path first = FormatFixtures.write(FormatFixtures.Format.DOCX, tmp, "a", "A", List.of("Første oplæg."));
    Path second = FormatFixtures.write(FormatFixtures.Format.PDF, tmp, "b", "B", List.of("Andet oplæg."));
    try {
      // two documents at once, so two workers are started and left idle
      List<Future<Extraction>> good = List.of(
          threads.submit(() -> extractor.extract(first)),
          threads.submit(() -> extractor.extract(second)));
      for (Future<Extraction> f : good) {
        f.get();
      }
      Future<Extraction> stuck = threads.submit(() -> extractor.extract(hang));
      HostileFiles.awaitFile(began); // the worker's parser is in its hang
      assertTrue(HostileFiles.liveWorkers() >= 2, "workers while in use: " + HostileFiles.liveWorkers());

      extractor.close();

      assertEquals(0, HostileFiles.liveWorkers());
      // the caller stuck on the hanging file is released, with a reason, not left waiting
      java.util.concurrent.ExecutionException e =
          assertThrows(java.util.concurrent.ExecutionException.class, stuck::get);
      assertTrue(e.getCause() instanceof ExtractionException, e.toString());
    } finally {
      extractor.close();
      threads.shutdownNow();
    }
  }

  @Test
  void aWorkerExitsWhenItsInputCloses() throws IOException, InterruptedException {
    // what a killed indexer does to its workers: the pipe closes
    Process worker = new ProcessBuilder(
        ProcessHandle.current().info().command().orElseThrow(), "-cp", System.getProperty("java.class.path"),
        ParseWorker.class.getName(), "1000", "1000", "1000")
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    try {
      assertEquals(WireFormat.READY, worker.getInputStream().read());
      worker.getOutputStream().close();
      assertEquals(0, worker.waitFor(), "the worker ends by itself, with exit code 0");
    } finally {
      worker.destroyForcibly();
    }
  }
}
