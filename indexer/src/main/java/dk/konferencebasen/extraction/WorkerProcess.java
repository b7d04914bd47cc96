package dk.konferencebasen.extraction;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One {@link ParseWorker} child JVM and the parent's side of its pipe. Used by one thread at a
 * time. Once {@link #parse} has failed for a reason of the process (timeout, crash), the worker is
 * {@link #broken()} and must be replaced.
 */
final class WorkerProcess {
  /** Per-worker heap: a parser that wants more is stopped at this, not at the machine's memory. */
  static final String HEAP = "-Xmx512m";
  /**
   * A worker parses one file at a time in a small heap: the serial collector suits that, and
   * does not run G1's concurrent threads beside the indexer on few cores (indexing 100 000 PDF
   * and DOCX passages took 7 % less time, its CPU time 6 % less).
   */
  static final String COLLECTOR = "-XX:+UseSerialGC";
  /** How long a JVM start and loading Tika may take before the worker counts as not starting. */
  private static final Duration START_LIMIT = Duration.ofSeconds(60);

  private final Process process;
  private final DataOutputStream requests;
  private final DataInputStream answers;
  private final ScheduledExecutorService watchdog;
  private boolean broken;

  private WorkerProcess(Process process, ScheduledExecutorService watchdog) {
    this.process = process;
    this.watchdog = watchdog;
    this.requests = new DataOutputStream(new BufferedOutputStream(process.getOutputStream()));
    this.answers = new DataInputStream(new BufferedInputStream(process.getInputStream(), 1 << 16));
  }

  /** Starts a worker and waits until it has loaded Tika, so start-up is not charged to a file. */
  static WorkerProcess start(ExtractionLimits limits, ScheduledExecutorService watchdog) throws ExtractionException {
    List<String> command = new ArrayList<>(List.of(javaBinary(), HEAP, "-XX:+ExitOnOutOfMemoryError", COLLECTOR,
        "-cp", System.getProperty("java.class.path"), ParseWorker.class.getName(),
        Long.toString(limits.maxFileBytes()), Long.toString(limits.timeout().toMillis()),
        Integer.toString(limits.maxChars())));
    Process process;
    try {
      // stderr is inherited: the parsers' warnings (and a JVM's out-of-memory note) reach the
      // same terminal or log as the indexer's own
      process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    } catch (IOException e) {
      throw new ExtractionException("cannot start a parse worker: " + e.getMessage(), e);
    }
    WorkerProcess worker = new WorkerProcess(process, watchdog);
    AtomicBoolean late = new AtomicBoolean();
    ScheduledFuture<?> kill = worker.killAfter(START_LIMIT, late);
    try {
      if (worker.answers.readByte() != WireFormat.READY) {
        throw new IOException("unexpected first byte");
      }
    } catch (IOException e) {
      worker.destroy();
      throw new ExtractionException("the parse worker did not start" + (late.get() ? " within "
          + START_LIMIT.toSeconds() + " s" : " (exit code " + worker.exitCode() + ")"), e);
    } finally {
      kill.cancel(false);
    }
    return worker;
  }

  /**
   * Parses one file; past {@code limit} the process is killed, which ends the blocked read. The
   * limit includes a margin over the user's time limit for the pipe and the worker's own work.
   */
  Extraction parse(Path file, ExtractionLimits limits, Duration limit) throws ExtractionException {
    AtomicBoolean timedOut = new AtomicBoolean();
    ScheduledFuture<?> kill = killAfter(limit, timedOut);
    try {
      WireFormat.writeString(requests, file.toAbsolutePath().toString());
      requests.flush();
      byte kind = answers.readByte();
      if (kind == WireFormat.EXTRACTED) {
        return WireFormat.readExtraction(answers);
      }
      if (kind == WireFormat.FAILED) {
        throw new ExtractionException(WireFormat.readString(answers));
      }
      throw new IOException("unexpected answer byte " + kind);
    } catch (IOException e) {
      broken = true;
      kill.cancel(false);
      if (timedOut.get()) {
        destroy();
        throw new ExtractionException("parsing took longer than the limit of "
            + limits.timeout().toSeconds() + " s");
      }
      // the pipe closes while the process is still exiting: wait for its own exit code before
      // making sure it is gone (a kill now would turn an out-of-memory exit 3 into 137)
      String exitCode = exitCode();
      destroy();
      throw new ExtractionException("the parser crashed or ran out of memory (exit code " + exitCode + ")", e);
    } finally {
      kill.cancel(false);
      // the watchdog may have fired just after the answer arrived: the answer stands, the
      // process does not
      broken |= timedOut.get();
    }
  }

  boolean broken() {
    return broken;
  }


  /** Lets an idle worker end by itself (EOF on its stdin); kills it if it does not soon. */
  void end() {
    try {
      requests.close();
    } catch (IOException e) {
      // already gone
    }
    try {
      if (!process.waitFor(2, TimeUnit.SECONDS)) {
        destroy();
      }
    } catch (InterruptedException e) {
      destroy();
      Thread.currentThread().interrupt();
    }
  }

  void destroy() {
    process.destroyForcibly();
    try {
      process.waitFor(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private ScheduledFuture<?> killAfter(Duration limit, AtomicBoolean fired) {
    return watchdog.schedule(() -> {
      fired.set(true);
      process.destroyForcibly();
    }, limit.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** The exit code once the process has ended; "unknown" if it has not ended within a moment. */
  private String exitCode() {
    try {
      return process.waitFor(5, TimeUnit.SECONDS) ? Integer.toString(process.exitValue()) : "unknown";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "unknown";
    }
  }

  private static String javaBinary() {
    return ProcessHandle.current().info().command()
        .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
  }
}
