package dk.konferencebasen.evaluation;

import dk.konferencebasen.analysis.AnalyzedToken;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;

/**
 * How well an analyzer conflates the word forms that share a lemma, and keeps apart those that
 * do not: each word type is analysed alone, and the term it gets for the whole word (not a
 * decompounded part, not a synonym) names its cluster.
 */
public final class ConflationEvaluation {
  private ConflationEvaluation() {}

  public static PairwiseScore score(Analyzer analyzer, String field, Map<String, String> gold) {
    Map<String, String> predicted = new HashMap<>();
    for (String type : gold.keySet()) {
      wholeWordTerm(analyzer, field, type).ifPresent(term -> predicted.put(type, term));
    }
    return PairwiseScore.of(predicted, gold);
  }

  static java.util.Optional<String> wholeWordTerm(Analyzer analyzer, String field, String word) {
    List<AnalyzedToken> tokens = AnalyzedToken.of(analyzer, field, word);
    return tokens.stream().filter(t -> !t.part() && !t.synonym()).map(AnalyzedToken::term).findFirst();
  }
}
