package dk.konferencebasen.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.konferencebasen.extraction.ExtractionLimits;
import dk.konferencebasen.indexing.IndexRunSummary;
import dk.konferencebasen.indexing.Indexer;
import dk.konferencebasen.indexing.IndexerException;
import dk.konferencebasen.indexing.ProgressListener;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two real indexer runs on one index at once; the second is refused at once (before it
 * looks at its corpus, so before any walk), nothing is damaged.
 */
class TwoIndexersTest {
  private static final int FILES = 400;

  @TempDir Path tmp;

  @Test
  void theSecondIndexerIsToldTheIndexIsLockedAndTheIndexIsUndamaged() throws Exception {
    Path corpus = generatedCorpus(tmp.resolve("corpus"), FILES);
    Path index = tmp.resolve("index");
    CompletableFuture<Void> firstIsWriting = new CompletableFuture<>();
    CountDownLatch othersTried = new CountDownLatch(1);
    AtomicBoolean held = new AtomicBoolean();
    ProgressListener holdAfterFirstFile = new ProgressListener() {
      @Override
      public void fileDone(String relativePath, long bytes) {
        firstIsWriting.complete(null);
        // The first run pauses after its first file (holding the write lock, one thread) until the
        // others have tried, so they meet the lock however fast or slow this machine is.
        if (held.compareAndSet(false, true)) {
          try {
            othersTried.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        }
      }
    };
    List<String> secondsProgress = new CopyOnWriteArrayList<>();
    ProgressListener recording = new ProgressListener() {
      @Override
      public void started(int files, long bytes) {
        secondsProgress.add("started " + files);
      }

      @Override
      public void fileDone(String relativePath, long bytes) {
        secondsProgress.add(relativePath);
      }
    };
    // No time limit: every wait below is for an event, and a run that fails ends the wait.
    // Both indexers are made up front (loading the lexicons takes a moment).
    Indexer one = new Indexer();
    Indexer two = new Indexer();
    // own threads: the common pool may have a single thread and would run the two one after the other
    ExecutorService threads = Executors.newFixedThreadPool(2);
    CompletableFuture<IndexRunSummary> first = CompletableFuture.supplyAsync(
        () -> run(one, corpus, index, holdAfterFirstFile), threads);
    // the first holds the write lock from before its first file is done; should it fail or end
    // before that, the wait ends too (a failure is thrown here) and the test fails below
    CompletableFuture.anyOf(firstIsWriting, first).join();
    assertTrue(firstIsWriting.isDone(), "the first run ended before it had done a file");
    IndexerException refused;
    IndexerException refusedBeforeTheCorpus;
    try {
      refused = assertThrows(IndexerException.class, () -> two.run(options(corpus, index), recording));
      // The lock is checked before anything about the corpus: a corpus folder that does not
      // exist (which the run would otherwise report) is not even looked at, so neither is a
      // corpus walked before the refusal.
      refusedBeforeTheCorpus = assertThrows(IndexerException.class,
          () -> two.run(options(tmp.resolve("no-such-corpus"), index), ProgressListener.SILENT));
    } finally {
      othersTried.countDown();
    }
    assertTrue(refused.getMessage().contains("is locked: another indexer is writing to it"), refused.getMessage());
    assertTrue(refusedBeforeTheCorpus.getMessage().contains("is locked"), refusedBeforeTheCorpus.getMessage());
    assertEquals(List.of(), secondsProgress, "the second run was refused before it started on any file");

    IndexRunSummary done = first.get();
    assertEquals(FILES, done.indexed().size(), done.describe());
    assertTrue(done.failed().isEmpty(), done.describe());
    threads.shutdown();

    Path clean = tmp.resolve("clean");
    run(new Indexer(), corpus, clean, ProgressListener.SILENT);
    IndexFingerprint expected = IndexFingerprint.of(clean);
    IndexFingerprint actual = IndexFingerprint.of(index);
    assertEquals(FILES, actual.reports());
    assertEquals(expected, actual, "the index after the refused run equals a clean run");
    System.out.printf("two indexers: second refused with \"locked\"; %d reports, %d passages as in a clean run%n",
        actual.reports(), actual.passages());
  }

  private static Indexer.Options options(Path corpus, Path index) {
    return new Indexer.Options(corpus, index, false, 1, ExtractionLimits.DEFAULT);
  }

  private static IndexRunSummary run(Indexer indexer, Path corpus, Path index, ProgressListener progress) {
    try {
      return indexer.run(options(corpus, index), progress);
    } catch (IndexerException e) {
      throw new RuntimeException(e);
    }
  }

  /** Small Danish text files, different enough to have different passages. */
  static Path generatedCorpus(Path dir, int files) throws Exception {
    Files.createDirectories(dir);
    String[] towns = {"Aalborg", "Odense", "Faxe", "Roskilde", "Esbjerg", "Vejle"};
    String[] topics = {"sprogundervisning", "beskæftigelse", "frivillige foreninger", "boligsociale indsatser", "skole og dagtilbud"};
    for (int i = 0; i < files; i++) {
      String town = towns[i % towns.length];
      String topic = topics[i % topics.length];
      String text = "Konference nr. " + i + " i " + town + "\n\n"
          + "Oplæg om " + topic + " i " + town + " Kommune, hvor medarbejdere fortalte om erfaringer fra år " + (2000 + i % 25) + ".\n\n"
          + "Deltagerne drøftede samarbejdet mellem jobcenter, skole og civilsamfund, og hvordan " + topic + " kan styrkes.\n\n"
          + "Afsluttende bemærkninger nummer " + i + ": indsatsen fortsætter næste år.";
      Files.writeString(dir.resolve(String.format("rapport-%04d.txt", i)), text, StandardCharsets.UTF_8);
    }
    return dir;
  }
}
