package dk.konferencebasen.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Files that make {@link HostileParser} hang or exhaust the heap, and a look at live workers. */
public final class HostileFiles {
  private HostileFiles() {}

  public static Path hanging(Path dir, String name) throws IOException {
    Files.createDirectories(dir);
    return Files.writeString(dir.resolve(name), "KB-HANG this parser never finishes\n", StandardCharsets.US_ASCII);
  }

  /**
   * A file that hangs the parser as {@link #hanging(Path, String)} does, and whose parser first
   * creates {@code began}: so a test can wait for the hang to have begun (an event) rather than
   * for a time it hopes is long enough.
   */
  public static Path hanging(Path dir, String name, Path began) throws IOException {
    Files.createDirectories(dir);
    return Files.writeString(dir.resolve(name), "KB-HANG this parser never finishes\n"
        + HostileParser.BEGAN + began.toAbsolutePath() + "\n", StandardCharsets.UTF_8);
  }

  /** Waits until {@code file} exists, however long that takes (a file that another process creates). */
  public static void awaitFile(Path file) throws InterruptedException {
    while (!Files.exists(file)) {
      Thread.sleep(20); // back-off between looks, not a time limit
    }
  }

  public static Path exhausting(Path dir, String name) throws IOException {
    Files.createDirectories(dir);
    return Files.writeString(dir.resolve(name), "KB-OOM this parser wants all the memory\n", StandardCharsets.US_ASCII);
  }

  /**
   * Java processes started by this JVM (or its children) that are still alive: the parse workers.
   * (Matched by binary, not by main class: with a test-length classpath, commandLine() did not
   * show the worker's main class.)
   */
  public static long liveWorkers() {
    String java = ProcessHandle.current().info().command().orElseThrow();
    try (Stream<ProcessHandle> all = ProcessHandle.current().descendants()) {
      return all.filter(ProcessHandle::isAlive)
          .filter(p -> p.info().command().map(java::equals).orElse(false))
          .count();
    }
  }
}
