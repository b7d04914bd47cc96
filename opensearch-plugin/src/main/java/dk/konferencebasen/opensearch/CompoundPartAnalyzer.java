package dk.konferencebasen.opensearch;

import dk.konferencebasen.analysis.DanishTextAnalyzer;
import dk.konferencebasen.analysis.PartMarkFilter;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;

/**
 * {@code danish_text_part}: the query chain whose words come out as compound parts, for a
 * second, lower-weighted match clause that finds "minoritetsfædres" for "fædre" — the clause the
 * embedded product's query builder adds to every word.
 */
final class CompoundPartAnalyzer extends AnalyzerWrapper {
  private final Analyzer query = new DanishTextAnalyzer(false, null);

  CompoundPartAnalyzer() {
    super(Analyzer.PER_FIELD_REUSE_STRATEGY);
  }

  @Override
  protected Analyzer getWrappedAnalyzer(String fieldName) {
    return query;
  }

  @Override
  protected TokenStreamComponents wrapComponents(String fieldName, TokenStreamComponents components) {
    return new TokenStreamComponents(components.getSource(), new PartMarkFilter(components.getTokenStream()));
  }
}
