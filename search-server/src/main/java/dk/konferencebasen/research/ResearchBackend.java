package dk.konferencebasen.research;

import dk.konferencebasen.query.Filters;
import dk.konferencebasen.query.InvalidQueryException;
import dk.konferencebasen.search.PassageSelection;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * The researchers' calls, as the HTTP handlers ask them of either backend: the embedded index
 * ({@link Research}) or a cluster ({@code clustersearch.ClusterResearch}).
 */
public interface ResearchBackend {
  long export(PassageSelection selection, List<ExportField> fields, ExportSink sink) throws InvalidQueryException, IOException;

  TrendsResult trends(PassageSelection selection, TrendDimension by) throws InvalidQueryException, IOException;

  ConcordanceResult concordance(ConcordanceRequest request) throws InvalidQueryException, IOException;

  EntitiesResult entities(PassageSelection selection, EntityType type, int limit, int pairLimit)
      throws InvalidQueryException, IOException;

  Optional<RelatedResult> related(String id, Filters filters, int limit) throws IOException;
}
