package dk.konferencebasen.research;

import dk.konferencebasen.query.Filters;
import dk.konferencebasen.query.InvalidQueryException;
import dk.konferencebasen.search.PassageSelection;
import dk.konferencebasen.search.Searcher;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.search.MatchAllDocsQuery;

/**
 * What researchers ask of the corpus beyond a page of hits: every matching passage exported,
 * trends over time, the concordance, the names most named, related passages. Each reads one
 * snapshot of the {@link Searcher}, in the same turns as searches, about the very passages a
 * search with the same query and filters matches.
 */
public final class Research implements ResearchBackend {
  private final Searcher searcher;

  public Research(Searcher searcher) {
    this.searcher = searcher;
  }

  /**
   * Hands every passage the selection matches, with its report's metadata, to {@code sink}, in
   * index order and without collecting them; returns how many. The snapshot is held until the
   * last row is written, so an export is one commit even if the indexer commits meanwhile.
   */
  @Override
  public long export(PassageSelection selection, List<ExportField> fields, ExportSink sink)
      throws InvalidQueryException, IOException {
    return searcher.withSnapshot(snapshot -> PassageExport.export(snapshot, searcher.passages(snapshot, selection), fields, sink));
  }

  /** Matching passages and reports per year, conference or organiser, against all that pass the filters. */
  @Override
  public TrendsResult trends(PassageSelection selection, TrendDimension by) throws InvalidQueryException, IOException {
    return searcher.inTurn(snapshot -> Trends.count(snapshot, searcher.passages(snapshot, selection),
        selection.filters().passagesMatching(new MatchAllDocsQuery()), by));
  }

  /** Every occurrence of the query in the matching passages' text, with its context (keyword in context). */
  @Override
  public ConcordanceResult concordance(ConcordanceRequest request) throws InvalidQueryException, IOException {
    return searcher.inTurn(snapshot -> Concordance.lines(snapshot, searcher.passages(snapshot, request.selection()), request));
  }

  /** The most frequent names of one kind in the matching passages, and the pairs named together. */
  @Override
  public EntitiesResult entities(PassageSelection selection, EntityType type, int limit, int pairLimit)
      throws InvalidQueryException, IOException {
    return searcher.inTurn(snapshot -> EntityCounts.count(snapshot, searcher.passages(snapshot, selection), type, limit, pairLimit));
  }

  /** Passages of other reports on the topic of a passage or report; empty when the id is unknown. */
  @Override
  public Optional<RelatedResult> related(String id, Filters filters, int limit) throws IOException {
    return searcher.inTurn(snapshot -> RelatedPassages.find(snapshot, id, filters, limit));
  }
}
