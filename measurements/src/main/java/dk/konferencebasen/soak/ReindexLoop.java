package dk.konferencebasen.soak;

import dk.konferencebasen.extraction.ExtractionLimits;
import dk.konferencebasen.indexing.IndexRunSummary;
import dk.konferencebasen.indexing.Indexer;
import dk.konferencebasen.indexing.ProgressListener;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The re-index that runs while the clients search: change the corpus ({@link CorpusChurn}),
 * run the {@link Indexer} into the served index (it commits at the end of every round), repeat
 * until stopped. A round in progress when the load ends is finished, not cut off, so the index
 * is left committed. A file that fails to index, or a run that fails, is a failure of the soak:
 * the generated files are all good.
 */
final class ReindexLoop implements Runnable {
  /** One round: what changed, what the indexer did, how long it took, when (System.nanoTime) it committed. */
  record Round(CorpusChurn.Changes changes, int indexed, int removed, int failed, double seconds, long endedNanos) {}

  private final CorpusChurn churn;
  private final Indexer indexer;
  private final Indexer.Options options;
  private final PrintStream log;
  private final AtomicBoolean running = new AtomicBoolean(true);
  private final List<Round> rounds = new ArrayList<>();
  private final List<String> failures = new ArrayList<>();

  ReindexLoop(CorpusChurn churn, Indexer indexer, Path corpus, Path index, int threads, PrintStream log) {
    this.churn = churn;
    this.indexer = indexer;
    this.options = new Indexer.Options(corpus, index, false, threads, ExtractionLimits.DEFAULT);
    this.log = log;
  }

  @Override
  public void run() {
    while (running.get()) {
      try {
        CorpusChurn.Changes changes = churn.change();
        long began = System.nanoTime();
        IndexRunSummary summary = indexer.run(options, ProgressListener.SILENT);
        Round round = new Round(changes, summary.indexed().size(), summary.removed().size(), summary.failed().size(),
            (System.nanoTime() - began) / 1e9, System.nanoTime());
        synchronized (this) {
          rounds.add(round);
          summary.failed().forEach(f -> failures.add("re-index: " + f.path() + " — " + f.reason()));
        }
        log.printf(Locale.ROOT, "kb soak: re-index round %d: %d changed (%d rewritten, %d added, %d deleted) → "
                + "%d indexed, %d removed, %d failed in %.1f s%n", rounds.size(), changes.total(), changes.modified(),
            changes.added(), changes.deleted(), round.indexed(), round.removed(), round.failed(), round.seconds());
      } catch (Exception e) {
        synchronized (this) {
          failures.add("re-index round failed: " + e);
        }
        log.println("kb soak: re-index round failed: " + e);
        return;
      }
    }
  }

  /** Lets the round in progress finish, then stops. */
  void stop() {
    running.set(false);
  }

  /** Whether a round committed at least {@code nanos} ago. */
  synchronized boolean committedAgo(long nanos) {
    return !rounds.isEmpty() && rounds.get(0).endedNanos() <= System.nanoTime() - nanos;
  }

  synchronized int roundCount() {
    return rounds.size();
  }

  synchronized List<Round> rounds() {
    return List.copyOf(rounds);
  }

  synchronized List<String> failures() {
    return List.copyOf(failures);
  }
}
