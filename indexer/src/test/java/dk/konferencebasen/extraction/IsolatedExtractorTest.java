package dk.konferencebasen.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
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

/** Parsing in child JVMs, with real worker processes and parsers that hang or exhaust memory. */
class IsolatedExtractorTest {
  private static final ExtractionLimits LIMITS =
      new ExtractionLimits(ExtractionLimits.DEFAULT.maxFileBytes(), Duration.ofSeconds(2), ExtractionLimits.DEFAULT.maxChars());

  @TempDir Path tmp;

  @Test
  void extractsTheSameAsInProcess() throws Exception {
    Path docx = FormatFixtures.write(FormatFixtures.Format.DOCX, tmp, "oplæg", "Oplæg om integration",
        List.of("Første afsnit om sprogundervisning.", "Andet afsnit om beskæftigelse i kommunen."));
    assertEquals(0, HostileFiles.liveWorkers(), "workers left over from before this test");
    try (IsolatedExtractor isolated = new IsolatedExtractor(LIMITS);
         TikaExtractor inProcess = new TikaExtractor(LIMITS)) {
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
    try (IsolatedExtractor isolated = new IsolatedExtractor(LIMITS);
         TikaExtractor inProcess = new TikaExtractor(LIMITS)) {
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
    try (IsolatedExtractor extractor = new IsolatedExtractor(LIMITS)) {
      extractor.extract(Corpus.seed(Corpus.SEED_000)); // the worker is up, so only the parse is timed
      long start = System.nanoTime();
      ExtractionException e = assertThrows(ExtractionException.class, () -> extractor.extract(hang));
      long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
      assertEquals("parsing took longer than the limit of 2 s", e.getMessage());
      // stopped, and not before its limit; how long after depends on the machine, so no upper bound
      assertTrue(seconds >= 2, "the hang was stopped after " + seconds + " s");
      assertFalse(extractor.extract(Corpus.seed(Corpus.SEED_002)).paragraphs().isEmpty());
    }
  }

  @Test
  void aParserThatExhaustsMemoryCostsOneFileAndNotTheParentsHeap() throws Exception {
    Path oom = HostileFiles.exhausting(tmp, "oom.txt");
    Runtime runtime = Runtime.getRuntime();
    // a long time limit: this test is about memory, and filling 512 MB can take a busy machine seconds
    ExtractionLimits patient = new ExtractionLimits(LIMITS.maxFileBytes(), Duration.ofSeconds(300), LIMITS.maxChars());
    try (IsolatedExtractor extractor = assertTimeoutPreemptively(Duration.ofSeconds(600), () -> {
      IsolatedExtractor x = new IsolatedExtractor(patient);
      System.gc();
      long usedBefore = runtime.totalMemory() - runtime.freeMemory();
      ExtractionException e = assertThrows(ExtractionException.class, () -> x.extract(oom));
      assertEquals("the parser crashed or ran out of memory (exit code 3)", e.getMessage());
      System.gc();
      long grown = runtime.totalMemory() - runtime.freeMemory() - usedBefore;
      // the worker filled 512 MB of its own heap; ours holds at most its pipe buffers
      assertTrue(grown < 64L * 1024 * 1024, "the parent's heap grew by " + grown / 1024 / 1024 + " MB");
      return x;
    })) {
      assertFalse(extractor.extract(Corpus.seed(Corpus.SEED_000)).paragraphs().isEmpty());
    }
  }

  @Test
  void closeEndsEveryWorkerIdleOrBusy() throws Exception {
    Path hang = HostileFiles.hanging(tmp, "hang.txt");
    assertEquals(0, HostileFiles.liveWorkers(), "workers left over from before this test");
    ExecutorService threads = Executors.newFixedThreadPool(3);
    IsolatedExtractor extractor = new IsolatedExtractor(new ExtractionLimits(
        LIMITS.maxFileBytes(), Duration.ofSeconds(600), LIMITS.maxChars()));
    Path first = FormatFixtures.write(FormatFixtures.Format.DOCX, tmp, "a", "A", List.of("Første oplæg."));
    Path second = FormatFixtures.write(FormatFixtures.Format.PDF, tmp, "b", "B", List.of("Andet oplæg."));
    try {
      // two documents at once, so two workers are started and left idle
      List<Future<Extraction>> good = List.of(
          threads.submit(() -> extractor.extract(first)),
          threads.submit(() -> extractor.extract(second)));
      for (Future<Extraction> f : good) {
        f.get(60, TimeUnit.SECONDS);
      }
      Future<Extraction> stuck = threads.submit(() -> extractor.extract(hang));
      Thread.sleep(1000); // let the hanging parse begin
      assertTrue(HostileFiles.liveWorkers() >= 2, "workers while in use: " + HostileFiles.liveWorkers());

      extractor.close();

      assertEquals(0, HostileFiles.liveWorkers());
      // the caller stuck on the hanging file is released, with a reason, not left waiting
      java.util.concurrent.ExecutionException e =
          assertThrows(java.util.concurrent.ExecutionException.class, () -> stuck.get(10, TimeUnit.SECONDS));
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
      assertTrue(worker.waitFor(10, TimeUnit.SECONDS), "the worker is still running");
      assertEquals(0, worker.exitValue());
    } finally {
      worker.destroyForcibly();
    }
  }
}
