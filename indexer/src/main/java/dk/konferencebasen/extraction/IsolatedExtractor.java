package dk.konferencebasen.extraction;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Extracts each file in a {@link ParseWorker} child JVM, so that a parser that loops forever or
 * allocates without bound costs one file and one worker, never the indexer. Workers are started
 * when first needed (a JVM start with Tika costs about a second) and reused; there are never more
 * than there are threads calling {@link #extract} at once.
 *
 * <p>Plain text is the exception: a file named {@code .txt} whose content Tika detects as plain
 * text is decoded here. Tika's text parser only detects a charset and decodes, under the same
 * size, character and time limits, so it has nothing to isolate, while the pipe and the workers'
 * own JIT made plain-text indexing a third slower. Anything else named .txt (a PDF, a hostile
 * file) is detected as what it is and goes to a worker.
 */
public final class IsolatedExtractor implements Extractor {
  /**
   * Added to the time limit before a worker is killed: the pipe, and the worker's first use of a
   * parser (class loading), are not the file's fault.
   */
  static final Duration MARGIN = Duration.ofSeconds(3);

  private final ExtractionLimits limits;
  private final TikaExtractor plainText;
  private final ConcurrentLinkedDeque<WorkerProcess> idle = new ConcurrentLinkedDeque<>();
  private final Set<WorkerProcess> all = ConcurrentHashMap.newKeySet();
  private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "parse-worker-watchdog");
    t.setDaemon(true);
    return t;
  });
  private volatile boolean closed;

  public IsolatedExtractor(ExtractionLimits limits) {
    this.limits = limits;
    this.plainText = new TikaExtractor(limits);
  }

  @Override
  public Extraction extract(Path file) throws ExtractionException {
    if (closed) {
      throw new ExtractionException("the extractor was closed");
    }
    if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt")) {
      Optional<Extraction> text = plainText.extractPlainText(file);
      if (text.isPresent()) {
        return text.get();
      }
    }
    WorkerProcess worker = idle.pollFirst();
    if (worker == null) {
      worker = WorkerProcess.start(limits, watchdog);
      all.add(worker);
    }
    try {
      return worker.parse(file, limits, limits.timeout().plus(MARGIN));
    } finally {
      giveBack(worker);
    }
  }

  private void giveBack(WorkerProcess worker) {
    // A worker lives for the whole run: a new JVM must warm up Tika and PDFBox again, which made
    // replacing workers after 500 files three times slower on PDF. A parser that leaks ends in
    // the worker's own heap limit, and then the worker is replaced like any crashed one.
    if (worker.broken() || closed) {
      all.remove(worker);
      if (worker.broken()) {
        worker.destroy();
      } else {
        worker.end();
      }
    } else {
      idle.addFirst(worker);
      if (closed && idle.remove(worker)) { // close() ran meanwhile and missed it
        all.remove(worker);
        worker.end();
      }
    }
  }

  /** Ends every worker: idle ones are asked to exit, busy ones (a run cut short) are killed. */
  @Override
  public void close() {
    closed = true;
    plainText.close();
    for (WorkerProcess worker; (worker = idle.pollFirst()) != null; ) {
      all.remove(worker);
      worker.end();
    }
    for (WorkerProcess busy : Set.copyOf(all)) {
      all.remove(busy);
      busy.destroy();
    }
    watchdog.shutdownNow();
  }
}
