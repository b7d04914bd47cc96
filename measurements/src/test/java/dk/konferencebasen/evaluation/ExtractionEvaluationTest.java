package dk.konferencebasen.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The extraction figures of docs/EVALUATION.md as data a test checks (as Anserini checks its
 * runs): the scorer reproduces the benchmark's published figures, and the product's figures on
 * the benchmark and the Danish sets stay within evaluation/expected-figures.tsv.
 */
class ExtractionEvaluationTest {
  private static final Path BENCHMARK = SharedData.root().resolve("data/article-extraction-benchmark");

  /** Published figures (the benchmark's README): F1, precision, recall to three decimals. */
  private static final Map<String, double[]> PUBLISHED = Map.of(
      "trafilatura", new double[] {0.958, 0.938, 0.978},
      "readability_js", new double[] {0.947, 0.914, 0.982},
      "boilerpipe", new double[] {0.860, 0.850, 0.870},
      "html-text", new double[] {0.665, 0.500, 0.994});


  @Test
  void theScorerGivesThePublishedFiguresForThePublishedOutputs() throws Exception {
    ObjectMapper json = new ObjectMapper();
    JsonNode truth = json.readTree(BENCHMARK.resolve("ground-truth.json").toFile());
    for (Map.Entry<String, double[]> published : PUBLISHED.entrySet()) {
      JsonNode file = json.readTree(BENCHMARK.resolve("output/" + published.getKey() + ".json").toFile());
      // as evaluate.py reads it: {"version", "output"} around the pages, or the pages alone
      JsonNode output = file.has("output") && file.has("version") && file.size() == 2 ? file.path("output") : file;
      List<ShingleScore.Counts> pages = new ArrayList<>();
      for (Iterator<String> keys = truth.fieldNames(); keys.hasNext(); ) {
        String key = keys.next();
        pages.add(ShingleScore.page(truth.path(key).path("articleBody").asText(""), output.path(key).path("articleBody").asText("")));
      }
      ShingleScore.Scores scores = ShingleScore.of(pages);
      double[] expected = published.getValue();
      assertEquals(expected[0], scores.f1(), 0.0015, published.getKey() + " F1");
      assertEquals(expected[1], scores.precision(), 0.0015, published.getKey() + " precision");
      assertEquals(expected[2], scores.recall(), 0.0015, published.getKey() + " recall");
    }
  }

  @Test
  void theProductStoresTheMainTextOfTheBenchmarkPages(@TempDir Path work) throws Exception {
    ExtractionEvaluation.BenchmarkResult result = ExtractionEvaluation.benchmark(BENCHMARK, work);
    assertEquals(181, result.all().pages());
    ExpectedFigures expected = ExpectedFigures.load();
    expected.measured("extraction.benchmark.f1", result.all().f1());
    expected.measured("extraction.benchmark.heldout.f1", result.heldOut().f1());
    assertEquals(List.of(), expected.failures());
  }

  @Test
  void danishPagesKeepTheirContentAndLoseTheirChrome(@TempDir Path work) throws Exception {
    List<ExtractionEvaluation.DanishResult> results = ExtractionEvaluation.danish(work);
    assertEquals(List.of("dev", "test", "heldout"), results.stream().map(ExtractionEvaluation.DanishResult::split).toList());
    assertEquals(220, results.stream().mapToInt(ExtractionEvaluation.DanishResult::documents).sum());
    ExpectedFigures expected = ExpectedFigures.load();
    for (ExtractionEvaluation.DanishResult r : results) {
      assertEquals(0, r.emptyDocuments(), r.split() + ": a document lost all its text");
      expected.measured("extraction.danish." + r.split() + ".content_kept", r.contentKeptShare());
      expected.measured("extraction.danish." + r.split() + ".chrome_removed", r.chromeRemovedShare());
      expected.measured("extraction.danish." + r.split() + ".titles_right", (double) r.titlesRight() / r.documents());
    }
    assertEquals(9, expected.named("extraction.danish.").size(), "every Danish figure of the file is measured here");
    // only dev's lines are shown: the other splits' text stays unseen by whoever reads a failure
    assertEquals(List.of(), expected.failures(), () -> "lines lost: " + results.stream().map(r -> r.split() + " "
        + r.lostLines().size()).toList() + "; in dev: " + results.get(0).lostLines() + "; chrome kept in dev: "
        + results.get(0).keptChrome());
  }
}
