package dk.konferencebasen.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.konferencebasen.testing.TestServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kb index} runs as a separate JVM and is killed with SIGKILL
 * (destroyForcibly) at random moments. After every kill the index opens and is sound; after a
 * final uninterrupted run it holds exactly what a clean run into a fresh index holds.
 */
class CrashSafetyTest {
  private static final int FILES = 800; // a first commit after 200 files, so kills land between commits too
  private static final int ROUNDS = 5;
  private static final long SEED = 20261122L;

  @TempDir Path tmp;

  @Test
  void killingTheIndexerAtRandomMomentsNeverDamagesTheIndex() throws Exception {
    Path corpus = generatedCorpus(tmp.resolve("corpus"));
    assertTimeoutPreemptively(Duration.ofSeconds(300), () -> {
      Path clean = tmp.resolve("clean");
      long began = System.nanoTime();
      Process first = start(corpus, clean);
      // JVM start-up and loading the dictionaries take most of a short run; note when the writer
      // opens (write.lock appears), so that the kills land while the index is being written
      while (!Files.exists(clean.resolve("write.lock")) && first.isAlive()) {
        Thread.sleep(10);
      }
      long writerMs = (System.nanoTime() - began) / 1_000_000;
      while (!hasCommit(clean) && first.isAlive()) {
        Thread.sleep(10);
      }
      long commitMs = (System.nanoTime() - began) / 1_000_000;
      assertTrue(first.waitFor(120, TimeUnit.SECONDS), "clean run within 120 s");
      assertEquals(0, first.exitValue(), "clean run: " + Files.readString(log, StandardCharsets.UTF_8));
      long cleanMs = (System.nanoTime() - began) / 1_000_000;
      IndexFingerprint expected = IndexFingerprint.of(clean);

      Path crashed = tmp.resolve("crashed");
      Random random = new Random(SEED);
      List<String> rounds = new ArrayList<>();
      // Once the crashed index has a commit, a real server serves it through every later kill.
      TestServer server = null;
      int served = 0;
      for (int round = 0; round < ROUNDS; round++) {
        // every other round before the first commit (from just before the writer opens), the
        // others after it, so that kills land both before any commit and between commits
        long from = round % 2 == 0 ? writerMs - 300 : commitMs;
        long to = round % 2 == 0 ? commitMs : cleanMs;
        long delay = from + (long) (random.nextDouble() * Math.max(1, to - from));
        Process process = start(corpus, crashed);
        boolean exitedFirst = process.waitFor(delay, TimeUnit.MILLISECONDS);
        if (!exitedFirst) {
          process.destroyForcibly(); // SIGKILL: no shutdown hooks, no finally blocks
        }
        process.waitFor();
        String state = afterKill(crashed);
        if (server == null && hasCommit(crashed)) {
          server = TestServer.start(crashed);
        }
        if (server != null) {
          int reports = server.json("/api/stats", 200).get("reports").asInt();
          assertTrue(reports >= served, "the server went back from " + served + " to " + reports + " reports");
          served = reports;
          state += "; the server answers, " + reports + " reports";
        }
        rounds.add(String.format("round %d: killed after %d ms%s → %s", round + 1, delay,
            exitedFirst ? " (had already finished)" : "", state));
      }
      assertEquals(0, runToEnd(corpus, crashed), "the run after the kills; " + rounds);
      if (server != null) {
        server.close();
      }
      IndexFingerprint actual = IndexFingerprint.of(crashed);
      rounds.forEach(System.out::println);
      System.out.printf("crash safety: clean run %d ms (writer opened at %d ms, first commit at %d ms); %d kills; final index %d reports, %d passages, equal to the clean run: %s%n",
          cleanMs, writerMs, commitMs, ROUNDS, actual.reports(), actual.passages(), expected.equals(actual));
      assertEquals(FILES, expected.reports());
      assertEquals(expected, actual, "after the kills and one full run the index equals a clean run");
    });
  }

  private static boolean hasCommit(Path index) throws IOException {
    if (!Files.isDirectory(index)) {
      return false;
    }
    try (var files = Files.list(index)) {
      return files.anyMatch(f -> f.getFileName().toString().startsWith("segments_"));
    }
  }

  /** The index after a kill: opens (if a first commit was made) and passes CheckIndex. */
  private static String afterKill(Path index) throws IOException {
    if (!Files.isDirectory(index)) {
      return "no index folder yet";
    }
    try (FSDirectory dir = FSDirectory.open(index)) {
      if (!DirectoryReader.indexExists(dir)) {
        return "no commit yet (the server would say the index is not ready)";
      }
      int docs;
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        docs = reader.numDocs();
      }
      // the killed process's write lock died with it, so CheckIndex can take it
      try (CheckIndex check = new CheckIndex(dir)) {
        CheckIndex.Status status = check.checkIndex();
        assertTrue(status.clean, "CheckIndex after a kill found problems");
      }
      return "opens, " + docs + " documents, CheckIndex clean";
    }
  }

  private int runToEnd(Path corpus, Path index) throws Exception {
    Process process = start(corpus, index);
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("kb index did not finish within 120 s");
    }
    if (process.exitValue() != 0) {
      System.out.println(Files.readString(log, StandardCharsets.UTF_8));
    }
    return process.exitValue();
  }

  private Path log;

  private Process start(Path corpus, Path index) throws IOException {
    log = tmp.resolve("kb-index.log");
    String java = ProcessHandle.current().info().command().orElse("java");
    return new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
        "dk.konferencebasen.cli.Kb", "index", "--corpus", corpus.toString(), "--index", index.toString(),
        "--threads", "2")
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
  }

  private static Path generatedCorpus(Path dir) throws IOException {
    Files.createDirectories(dir);
    String[] towns = {"Aalborg", "Odense", "Faxe", "Roskilde", "Esbjerg", "Vejle"};
    String[] topics = {"sprogundervisning", "beskæftigelse", "frivillige foreninger", "boligsociale indsatser"};
    for (int i = 0; i < FILES; i++) {
      String town = towns[i % towns.length];
      String topic = topics[i % topics.length];
      Files.writeString(dir.resolve(String.format("rapport-%04d.txt", i)),
          "Konference nr. " + i + " i " + town + "\n\n"
              + "Oplæg om " + topic + " i " + town + " Kommune, med erfaringer fra år " + (2000 + i % 25) + ".\n\n"
              + "Deltagerne drøftede samarbejdet mellem jobcenter, skole og civilsamfund nummer " + i + ".",
          StandardCharsets.UTF_8);
    }
    return dir;
  }
}
