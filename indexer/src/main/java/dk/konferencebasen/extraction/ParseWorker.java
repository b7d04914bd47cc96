package dk.konferencebasen.extraction;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The child JVM that {@link IsolatedExtractor} starts: runs {@link TikaExtractor} on one file at a
 * time, paths in on stdin, answers out on stdout (see {@link WireFormat}). Whatever a parser does
 * here (loop, exhaust the heap, crash) costs only this process.
 *
 * <p>Arguments: max file bytes, time limit in ms, max characters. The parent holds the time
 * limit and kills this process past it; the limit given to the in-process extractor here is only
 * a backstop set well beyond it, so a timed-out parse never leaves a stuck thread in a worker
 * that is then reused.
 */
public final class ParseWorker {
  private ParseWorker() {}

  public static void main(String[] args) throws IOException {
    // stdout carries the protocol: anything else printing there (a parser's System.out.println)
    // would corrupt it, so System.out goes to stderr from here on.
    DataOutputStream answers = new DataOutputStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16));
    System.setOut(System.err);
    exitWithParent();

    long timeoutMs = Long.parseLong(args[1]);
    ExtractionLimits limits = new ExtractionLimits(
        Long.parseLong(args[0]), Duration.ofMillis(timeoutMs).multipliedBy(2).plus(Duration.ofMinutes(1)), Integer.parseInt(args[2]));
    DataInputStream requests = new DataInputStream(new BufferedInputStream(new FileInputStream(FileDescriptor.in)));
    try (TikaExtractor extractor = new TikaExtractor(limits)) {
      answers.writeByte(WireFormat.READY); // Tika is loaded: the parent's clock may start
      answers.flush();
      while (true) {
        Path file;
        try {
          file = Path.of(WireFormat.readString(requests));
        } catch (EOFException e) {
          break; // the parent closed our stdin: done
        }
        try {
          WireFormat.writeExtraction(answers, extractor.extract(file));
        } catch (ExtractionException e) {
          WireFormat.writeFailure(answers, e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
          WireFormat.writeFailure(answers, "cannot parse: " + e);
        }
        answers.flush();
      }
    }
    // a parse abandoned by the backstop may still run on a daemon thread; do not wait for it
    System.exit(0);
  }

  /**
   * A parent killed outright (SIGKILL) closes our stdin, which ends the loop above, but not while
   * a parse is running; watching the parent ends that case too, so no worker outlives the indexer.
   */
  private static void exitWithParent() {
    ProcessHandle.current().parent().ifPresent(parent ->
        parent.onExit().thenRun(() -> Runtime.getRuntime().halt(0)));
  }
}
