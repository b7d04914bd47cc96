package dk.konferencebasen.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.konferencebasen.testing.TestServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kb index} runs as a separate JVM and is killed with SIGKILL
 * (destroyForcibly) at random moments. After every kill the index opens and is sound; after a
 * final uninterrupted run it holds exactly what a clean run into a fresh index holds.
 *
 * <p>The moments are events in the index folder, not times: a round kills the process when it
 * has written its j-th new file there (j drawn from a seeded random; the first is write.lock in a
 * new folder, then the stored fields a run writes as it adds documents, then a flush's segment
 * files), every other round only after the run has also made a commit of its own. So the kills
 * land before any commit, inside a commit's flush and between commits however fast or slow this
 * machine is, and nothing here is timed.
 */
class CrashSafetyTest {
  private static final int FILES = 800; // a first commit after 200 files, so kills land between commits too
  private static final int ROUNDS = 5;
  private static final long SEED = 20261122L;
  /** The most new files a round waits for before its kill (a commit's flush writes dozens). */
  private static final int MAX_NEW_FILES = 40;

  @TempDir Path tmp;

  @Test
  void killingTheIndexerAtRandomMomentsNeverDamagesTheIndex() throws Exception {
    Path corpus = generatedCorpus(tmp.resolve("corpus"));
    Path clean = tmp.resolve("clean");
    long began = System.nanoTime();
    Process first = start(corpus, clean);
    assertEquals(0, first.waitFor(), "clean run: " + Files.readString(log, StandardCharsets.UTF_8));
    long cleanMs = (System.nanoTime() - began) / 1_000_000; // printed, not judged
    IndexFingerprint expected = IndexFingerprint.of(clean);

    Path crashed = tmp.resolve("crashed");
    Random random = new Random(SEED);
    List<String> rounds = new ArrayList<>();
    // Once the crashed index has a commit, a real server serves it through every later kill.
    TestServer server = null;
    int served = 0;
    for (int round = 0; round < ROUNDS; round++) {
      // every other round before the run's first commit (from its start on), the others after it
      boolean afterACommit = round % 2 == 1;
      int newFiles = random.nextInt(afterACommit ? MAX_NEW_FILES / 2 + 1 : MAX_NEW_FILES + 1);
      Set<String> before = names(crashed);
      Process process = start(corpus, crashed);
      String moment = awaitKillPoint(process, crashed, before, afterACommit, newFiles);
      boolean exitedFirst = moment == null;
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
      rounds.add(String.format("round %d: %s → %s", round + 1,
          exitedFirst ? "had finished before its kill point" : "killed " + moment, state));
    }
    assertEquals(0, runToEnd(corpus, crashed), "the run after the kills; " + rounds);
    if (server != null) {
      server.close();
    }
    IndexFingerprint actual = IndexFingerprint.of(crashed);
    rounds.forEach(System.out::println);
    System.out.printf("crash safety: clean run %d ms; %d kills; final index %d reports, %d passages, equal to the clean run: %s%n",
        cleanMs, ROUNDS, actual.reports(), actual.passages(), expected.equals(actual));
    assertEquals(FILES, expected.reports());
    assertEquals(expected, actual, "after the kills and one full run the index equals a clean run");
  }

  /**
   * Watches {@code index} while {@code process} runs, until it has written {@code newFiles} files
   * there that were not there before it started — counted after the first commit of its own
   * (a new segments_N) when {@code afterACommit}, else up to that commit at the latest.
   *
   * @return where the run was when the kill point came, or null if the process ended first
   */
  private static String awaitKillPoint(Process process, Path index, Set<String> before, boolean afterACommit,
      int newFiles) throws IOException, InterruptedException {
    Set<String> seen = new HashSet<>();
    boolean committed = false;
    int counted = 0;
    while (process.isAlive()) {
      boolean committedBefore = committed;
      for (String name : names(index)) {
        if (!before.contains(name) && seen.add(name)) {
          if (name.startsWith("segments_")) {
            committed = true;
          } else if (!afterACommit || committedBefore) {
            counted++;
          }
        }
      }
      if (afterACommit ? committed && counted >= newFiles : committed || counted >= newFiles) {
        return (committed ? "after its first commit and " : "before its first commit, at ")
            + counted + " new files in the index folder";
      }
      Thread.sleep(1); // back-off between looks, not a time limit
    }
    return null;
  }

  private static Set<String> names(Path index) throws IOException {
    if (!Files.isDirectory(index)) {
      return Set.of();
    }
    try (var files = Files.list(index)) {
      return files.map(f -> f.getFileName().toString()).collect(Collectors.toSet());
    } catch (java.nio.file.NoSuchFileException racing) {
      return Set.of(); // the folder is being made
    }
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
    int exit = process.waitFor(); // as long as it takes: a run that hangs is stopped by the test run's own limit
    if (exit != 0) {
      System.out.println(Files.readString(log, StandardCharsets.UTF_8));
    }
    return exit;
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
