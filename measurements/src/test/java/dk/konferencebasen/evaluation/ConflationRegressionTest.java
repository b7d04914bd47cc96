package dk.konferencebasen.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.konferencebasen.analysis.DanishTextAnalyzer;
import dk.konferencebasen.schema.IndexSchema;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

/**
 * The conflation figures of {@code kb eval} part 1 — how the Danish chain (c) groups the word
 * forms of the DDT dev split that share a lemma — held to expected-figures.tsv.
 */
class ConflationRegressionTest {
  @Test
  void theDanishChainConflatesTheDdtWordFormsAsRecorded() throws Exception {
    Map<String, String> gold = WordTypes.read(SharedData.root().resolve("data/ud-danish-ddt/da_ddt-ud-dev.conllu"));
    PairwiseScore score;
    try (Analyzer danish = new DanishTextAnalyzer()) {
      score = ConflationEvaluation.score(danish, IndexSchema.TEXT, gold);
    }
    ExpectedFigures expected = ExpectedFigures.load();
    expected.measured("conflation.ddt_dev.precision", score.precision());
    expected.measured("conflation.ddt_dev.recall", score.recall());
    expected.measured("conflation.ddt_dev.f1", score.f1());
    assertEquals(List.of(), expected.failures());
    assertEquals(3, expected.named("conflation.").size(), "every conflation figure of the file is measured here");
  }
}
