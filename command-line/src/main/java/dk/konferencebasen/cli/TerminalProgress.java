package dk.konferencebasen.cli;

import dk.konferencebasen.indexing.ProgressListener;
import java.util.concurrent.atomic.AtomicInteger;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar for an indexing run on a terminal: megabytes done, rate, time left, and files
 * done out of all. Without a terminal it stays silent, so logs get only the summary.
 */
final class TerminalProgress implements AutoCloseable {
  private final boolean enabled;
  private ProgressBar bar;
  private final AtomicInteger filesDone = new AtomicInteger();
  private volatile int files;

  private TerminalProgress(boolean enabled) {
    this.enabled = enabled;
  }

  static TerminalProgress forConsole() {
    return new TerminalProgress(Terminal.isInteractive());
  }

  ProgressListener listener() {
    if (!enabled) {
      return ProgressListener.SILENT;
    }
    return new ProgressListener() {
      @Override
      public void started(int fileCount, long bytes) {
        files = fileCount;
        bar = new ProgressBarBuilder()
            .setTaskName("Indexing")
            .setInitialMax(Math.max(1, bytes))
            .setUnit(" MB", 1_000_000)
            .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK)
            .showSpeed(new java.text.DecimalFormat("0.0"))
            .build();
        bar.setExtraMessage(" 0/" + fileCount + " files");
      }

      @Override
      public void fileDone(String relativePath, long bytes) {
        ProgressBar b = bar;
        if (b != null) {
          synchronized (b) { // a later file's count must not be overwritten by an earlier one's
            b.setExtraMessage(" " + filesDone.incrementAndGet() + "/" + files + " files");
            b.stepBy(bytes);
          }
        }
      }
    };
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
      bar = null;
    }
  }
}
