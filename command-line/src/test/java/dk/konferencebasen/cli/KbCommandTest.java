package dk.konferencebasen.cli;

import static dk.konferencebasen.testing.KbRun.kb;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.konferencebasen.testing.KbRun;
import dk.konferencebasen.testing.TestIndex;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a person runs it: arguments in, exit code and printed text out. */
class KbCommandTest {
  @TempDir Path tmp;

  /** The measurements are a module of their own: the product's jar neither carries nor runs them. */
  @Test
  void theProductNamesTheMeasurementsButDoesNotCarryThem() {
    KbRun help = kb("--help");
    assertTrue(help.out().contains("kb eval | bench | bench-corpus | soak"), help.out());
    for (String command : new String[] {"eval", "bench", "bench-corpus", "soak"}) {
      assertTrue(!help.out().contains("\n  " + command + " "), "listed as a product command: " + command);
      assertEquals(2, kb(command).exit(), command + " is not a product command");
    }
    for (String measurement : new String[] {"dk.konferencebasen.benchmark.Bench", "dk.konferencebasen.soak.Soak",
        "dk.konferencebasen.evaluation.Evaluation", "dk.konferencebasen.benchmark.CorpusGenerator"}) {
      assertThrows(ClassNotFoundException.class, () -> Class.forName(measurement), measurement + " is on the product's class path");
    }
  }

  @Test
  void helpListsEveryCommandWithAWholeSentence() {
    KbRun help = kb("--help");
    String commands = help.out().substring(help.out().indexOf("Commands:"));
    // each command's summary, its wrapped lines joined, ends a sentence rather than being cut off
    for (String entry : commands.split("\n(?=  \\S)")) {
      if (entry.startsWith("Commands:")) {
        continue;
      }
      String summary = entry.strip().replaceAll("\\s+", " ");
      assertTrue(summary.endsWith(".") || summary.endsWith(")."), "cut off: " + summary);
    }
  }

  @Test
  void aTakenPortIsToldBeforeIndexingWithTheFix() throws Exception {
    try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      KbRun start = kb("start", "--port", String.valueOf(taken.getLocalPort()));
      assertEquals(1, start.exit(), start.err());
      assertTrue(start.err().contains("is taken") && start.err().contains("--port " + (taken.getLocalPort() + 1)), start.err());
      assertTrue(!start.err().contains("indexed"), "nothing was indexed first: " + start.err());
    }
  }

  @Test
  void indexThenSearchPrintsTheFaxePassageFirst() throws Exception {
    Path index = tmp.resolve("idx");
    KbRun indexed = kb("index", "--corpus", TestIndex.copyOfCorpus(tmp).toString(), "--index", index.toString());
    assertEquals(0, indexed.exit(), indexed.err());
    assertTrue(indexed.err().contains("2 indexed"), indexed.err());

    KbRun search = kb("search", "--index", index.toString(), "sprogundervisning");
    assertEquals(0, search.exit(), search.err());
    String firstHit = search.out().substring(search.out().indexOf("1. "));
    assertTrue(firstHit.startsWith("1. Integrationskonference: Det vigtige samarbejde på tværs"), search.out());
    assertTrue(firstHit.contains("«sprogundervisning»"), search.out());
    assertTrue(firstHit.contains("Faxe Jobcenter"), search.out());
  }

  @Test
  void secondIndexRunReportsUnchangedFiles() throws Exception {
    Path corpus = TestIndex.copyOfCorpus(tmp);
    Path index = tmp.resolve("idx");
    kb("index", "--corpus", corpus.toString(), "--index", index.toString());
    KbRun again = kb("index", "--corpus", corpus.toString(), "--index", index.toString());
    assertTrue(again.err().contains("0 indexed (0 passages), 2 unchanged"), again.err());
  }

  @Test
  void badFilesDoNotFailTheRunButAMissingCorpusDoes() throws Exception {
    Path corpus = TestIndex.copyOfCorpus(tmp);
    Files.createFile(corpus.resolve("tom.pdf"));
    KbRun run = kb("index", "--corpus", corpus.toString(), "--index", tmp.resolve("idx").toString());
    assertEquals(0, run.exit());
    assertTrue(run.err().contains("failed: tom.pdf — empty file"), run.err());

    KbRun missing = kb("index", "--corpus", tmp.resolve("findes-ikke").toString(), "--index", tmp.resolve("idx2").toString());
    assertEquals(1, missing.exit());
    assertTrue(missing.err().contains("does not exist"), missing.err());
  }

  @Test
  void searchWithoutIndexSaysHowToBuildOne() {
    KbRun run = kb("search", "--index", tmp.resolve("none").toString(), "ord");
    assertEquals(1, run.exit());
    assertTrue(run.err().contains("./kb index"), run.err());
  }

  @Test
  void serveOnAMissingOrEmptyIndexSaysWhatToDo() throws Exception {
    KbRun missing = kb("serve", "--index", tmp.resolve("none").toString(), "--port", "0");
    assertEquals(1, missing.exit());
    assertTrue(missing.err().contains("no index at") && missing.err().contains("./kb index"), missing.err());

    Path empty = Files.createDirectories(tmp.resolve("empty"));
    KbRun notYet = kb("serve", "--index", empty.toString(), "--port", "0");
    assertEquals(1, notYet.exit());
    assertTrue(notYet.err().contains("holds no committed index yet"), notYet.err());
  }

  @Test
  void everyCommandExplainsItsFlags() {
    KbRun help = kb("--help");
    assertEquals(0, help.exit());
    for (String command : new String[] {"start", "index", "search", "serve"}) {
      assertTrue(help.out().contains(command), help.out());
      KbRun sub = kb(command, "--help");
      assertEquals(0, sub.exit(), command);
      assertTrue(sub.out().contains("Usage: kb " + command), sub.out());
    }
    assertTrue(kb("index", "--help").out().contains("--threads"));
    assertTrue(kb("serve", "--help").out().contains("KB_PORT"));
  }

  @Test
  void unknownOptionIsAUsageError() {
    KbRun run = kb("index", "--corpus", "x", "--index", "y", "--corpse", "z");
    assertEquals(2, run.exit());
    assertTrue(run.err().contains("Unknown option"), run.err());
  }
}
