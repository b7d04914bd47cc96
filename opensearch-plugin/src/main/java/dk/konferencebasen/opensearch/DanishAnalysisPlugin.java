package dk.konferencebasen.opensearch;

import dk.konferencebasen.analysis.CompoundSplitter;
import dk.konferencebasen.analysis.DanishLemmaFilter;
import dk.konferencebasen.analysis.DanishLemmatizer;
import dk.konferencebasen.analysis.DanishTextAnalyzer;
import dk.konferencebasen.analysis.ElidedCompoundFilter;
import dk.konferencebasen.analysis.ElisionMarkFilter;
import dk.konferencebasen.analysis.GenitiveFilter;
import dk.konferencebasen.analysis.OldSpellingFilter;
import dk.konferencebasen.analysis.PartMarkFilter;
import java.util.List;
import java.util.Map;
import org.opensearch.index.analysis.PreBuiltAnalyzerProviderFactory;
import org.opensearch.index.analysis.PreConfiguredCharFilter;
import org.opensearch.index.analysis.PreConfiguredTokenFilter;
import org.opensearch.index.analysis.TokenFilterFactory;
import org.opensearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.opensearch.indices.analysis.PreBuiltCacheFactory.CachingStrategy;
import org.opensearch.plugins.AnalysisPlugin;
import org.opensearch.plugins.Plugin;

/**
 * Konferencebasen's Danish analysis inside OpenSearch: the same filters the embedded index
 * uses, each registered under its own name so that index settings compose them like any other
 * OpenSearch analysis (with OpenSearch's own {@code synonym_graph} where the product puts its
 * synonyms), and the two finished chains as analyzers.
 *
 * <p>The finished chains, as {@link DanishTextAnalyzer} builds them:
 *
 * <pre>
 * danish_text         char_filter danish_elision_mark, tokenizer standard, filter
 *                     danish_genitive, lowercase, danish_old_spelling, danish_elided_compound,
 *                     danish_decompound (parts: true), danish_lemma        — for indexing
 * danish_text_search  the same with danish_decompound (parts: false)        — for queries
 * danish_text_part    danish_text_search, then danish_part_mark: each word as a compound part
 * </pre>
 *
 * <p>A query as the embedded product reads a word is a {@code bool} of two {@code match}
 * clauses on the text: the word ({@code danish_text_search}) and, at weight 0.6, the word as a
 * part of a compound ({@code danish_text_part}).
 */
public final class DanishAnalysisPlugin extends Plugin implements AnalysisPlugin {
  @Override
  public List<PreConfiguredCharFilter> getPreConfiguredCharFilters() {
    return List.of(PreConfiguredCharFilter.singleton("danish_elision_mark", false, ElisionMarkFilter::new));
  }

  @Override
  public List<PreConfiguredTokenFilter> getPreConfiguredTokenFilters() {
    return List.of(
        PreConfiguredTokenFilter.singleton("danish_genitive", false, GenitiveFilter::new),
        // Folding aa/ae/oe is also right for prefix and wildcard terms, as in the embedded index.
        PreConfiguredTokenFilter.singleton("danish_old_spelling", true, OldSpellingFilter::new),
        PreConfiguredTokenFilter.singleton(
            "danish_elided_compound", false, in -> new ElidedCompoundFilter(in, CompoundSplitter.shared())),
        PreConfiguredTokenFilter.singleton(
            "danish_lemma", false, in -> new DanishLemmaFilter(in, DanishLemmatizer.shared())),
        PreConfiguredTokenFilter.singleton("danish_part_mark", false, PartMarkFilter::new));
  }

  @Override
  public Map<String, AnalysisProvider<TokenFilterFactory>> getTokenFilters() {
    return Map.of("danish_decompound", DecompoundFilterFactory::new);
  }

  @Override
  public List<PreBuiltAnalyzerProviderFactory> getPreBuiltAnalyzerProviderFactories() {
    return List.of(
        new PreBuiltAnalyzerProviderFactory("danish_text", CachingStrategy.ONE, DanishTextAnalyzer::new),
        new PreBuiltAnalyzerProviderFactory(
            "danish_text_search", CachingStrategy.ONE, () -> new DanishTextAnalyzer(false, null)),
        new PreBuiltAnalyzerProviderFactory("danish_text_part", CachingStrategy.ONE, CompoundPartAnalyzer::new));
  }
}
