package dk.konferencebasen.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.konferencebasen.measure.Measure;
import dk.konferencebasen.testing.KbRun;
import dk.konferencebasen.testing.TestIndex;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code kb eval} end to end on the real seed corpus and the real DDT dev split. */
class EvalCommandTest {
  /** kb as a person runs it: ./kb hands eval to the measurements' command line. */
  private static KbRun kb(String... args) {
    return KbRun.run(new Measure(), args);
  }


  private static KbRun evalRun;

  /** The DDT dev split: in KB_SHARED when set, else in ../shared beside the checkout. */
  static Path ddt() {
    Path file = SharedData.root().resolve("data").resolve("ud-danish-ddt").resolve("da_ddt-ud-dev.conllu");
    if (!Files.isRegularFile(file)) {
      throw new AssertionError("the DDT dev split is not at " + file + " (the issue's measure is defined on"
          + " it): put shared/ beside the checkout, or set KB_SHARED to where it is");
    }
    return file;
  }



  @BeforeAll
  static void runEval() {
    List<String> args = new java.util.ArrayList<>(List.of("eval", "--ddt", ddt().toString(),
        "--corpus", TestIndex.repositoryCorpus().toString(), "--cost-seconds", "0.3"));
    Path synonyms = TestIndex.repositoryCorpus().resolveSibling("config").resolve("synonyms.txt");
    if (Files.isRegularFile(synonyms)) {
      args.addAll(List.of("--synonyms", synonyms.toString())); // as ./kb eval uses it from the checkout
    }
    evalRun = kb(args.toArray(String[]::new));
  }

  @Test
  void printsTheThreeTablesAndTheRunConditions() {
    assertEquals(0, evalRun.exit(), evalRun.err());
    String out = evalRun.out();
    for (String expected : List.of(
        "command:  ./kb eval --ddt ", "synonyms: ", "date:     ", "java:     ", "machine:  ",
        "1. Conflation on the DDT dev split",
        "method", "word types", "precision", "recall", "F1",
        "2. Retrieval on the seed corpus",
        "category", "queries", "S@1 (a)", "S@1 (b)", "S@1 (c)", "MRR (a)", "MRR (b)", "MRR (c)", "nDCG (a)", "nDCG (b)", "nDCG (c)",
        "Queries where (c)'s MRR < 1",
        "3. Cost (single-run figures on this machine",
        "chain", "tokens/s", "MB/s", "MB held by the first new DanishTextAnalyzer()",
        "Targets (issue 4)")) {
      assertTrue(out.contains(expected), "missing '" + expected + "' in:\n" + out);
    }
    for (String category : QuerySet.CATEGORIES) {
      assertTrue(Pattern.compile("(?m)^   " + category + " +\\d+ ").matcher(out).find(), category + " row in:\n" + out);
    }
    assertTrue(Pattern.compile("(?m)^   all +" + QuerySet.load().queries().size() + " ").matcher(out).find(), out);
    assertTrue(Pattern.compile("(?m)^   Target .*: (PASS|MISS) \\(").matcher(out).results().count() >= 5, out);
  }

  @Test
  void theStockDanishAnalyzerConflatesAsTheIssueReports() {
    Matcher row = Pattern.compile("(?m)^   \\(b\\) Lucene DanishAnalyzer.*?(\\d\\.\\d{3})$").matcher(evalRun.out());
    assertTrue(row.find(), evalRun.out());
    double f1 = Double.parseDouble(row.group(1));
    assertTrue(f1 >= 0.55 && f1 <= 0.62, "(b) F1 " + f1);
    // StandardAnalyzer only lower-cases: every type is its own cluster, so it predicts no pairs.
    assertTrue(Pattern.compile("(?m)^   \\(a\\) Lucene StandardAnalyzer +\\d+ +0 .* n/a ").matcher(evalRun.out()).find(),
        evalRun.out());
  }

  @Test
  void helpExplainsTheOptions() {
    KbRun help = kb("eval", "--help");
    assertEquals(0, help.exit());
    for (String option : List.of("--ddt", "--corpus", "--synonyms", "--cost-seconds", "conflation", "MRR", "throughput")) {
      assertTrue(help.out().contains(option), help.out());
    }
  }

  @Test
  void aMissingDdtFileIsReportedNotCrashedOn() {
    KbRun run = kb("eval", "--ddt", "/findes/ikke.conllu");
    assertEquals(1, run.exit());
    assertTrue(run.err().contains("does not exist; pass --ddt FILE"), run.err());
  }
}
