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
import dk.konferencebasen.analysis.WordPairsAnalyzer;
import dk.konferencebasen.analysis.WordsAnalyzer;
import dk.konferencebasen.query.QueryBuilder;
import dk.konferencebasen.query.SynonymFile;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.opensearch.common.settings.Setting;
import org.opensearch.common.settings.Settings;
import org.opensearch.index.analysis.PreBuiltAnalyzerProviderFactory;
import org.opensearch.index.analysis.PreConfiguredCharFilter;
import org.opensearch.index.analysis.PreConfiguredTokenFilter;
import org.opensearch.index.analysis.TokenFilterFactory;
import org.opensearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.opensearch.indices.analysis.PreBuiltCacheFactory.CachingStrategy;
import org.opensearch.plugins.AnalysisPlugin;
import org.opensearch.plugins.Plugin;
import org.opensearch.plugins.SearchPlugin;
import org.opensearch.search.fetch.subphase.highlight.Highlighter;

/**
 * Konferencebasen's Danish analysis and query language inside OpenSearch: the same filters the embedded index
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
 * part of a compound ({@code danish_text_part}). The product's whole query language — operators,
 * phrases, synonyms, misspellings, the title lift — is the {@code konferencebasen} query
 * ({@link KonferencebasenQuery}); where it matched in a passage, the {@code konferencebasen}
 * highlighter ({@link MatchOffsetsHighlighter}).
 */
public final class DanishAnalysisPlugin extends Plugin implements AnalysisPlugin, SearchPlugin {
  /**
   * The synonym file the {@code konferencebasen} query reads (the product's config/synonyms.txt
   * format), relative to the node's config folder; none when unset.
   */
  static final Setting<String> SYNONYMS =
      Setting.simpleString("konferencebasen.synonyms", Setting.Property.NodeScope);

  private final QueryBuilder queries;

  public DanishAnalysisPlugin(Settings settings, Path configPath) {
    String synonyms = SYNONYMS.get(settings);
    try {
      this.queries = synonyms.isEmpty() ? new QueryBuilder()
          : new QueryBuilder(SynonymFile.load(configPath == null ? Path.of(synonyms) : configPath.resolve(synonyms)));
    } catch (SynonymFile.InvalidSynonymsException e) {
      throw new IllegalArgumentException("[" + SYNONYMS.getKey() + "] " + e.getMessage(), e);
    }
  }

  @Override
  public List<Setting<?>> getSettings() {
    return List.of(SYNONYMS);
  }

  @Override
  public Map<String, Highlighter> getHighlighters() {
    return Map.of(MatchOffsetsHighlighter.NAME, new MatchOffsetsHighlighter());
  }

  @Override
  public List<QuerySpec<?>> getQueries() {
    return List.of(new QuerySpec<>(KonferencebasenQuery.NAME,
        in -> new KonferencebasenQuery(in, queries), parser -> KonferencebasenQuery.fromXContent(parser, queries)));
  }

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
        new PreBuiltAnalyzerProviderFactory("danish_text_part", CachingStrategy.ONE, CompoundPartAnalyzer::new),
        // the embedded index's spelling and word-pair fields, which the query builder reads too
        new PreBuiltAnalyzerProviderFactory("danish_words", CachingStrategy.ONE, WordsAnalyzer::new),
        new PreBuiltAnalyzerProviderFactory("danish_word_pairs", CachingStrategy.ONE, WordPairsAnalyzer::new));
  }
}
