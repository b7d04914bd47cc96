package dk.konferencebasen.clustersearch;

import dk.konferencebasen.query.Filters;
import dk.konferencebasen.query.QueryBuilder;
import dk.konferencebasen.schema.IndexSchema;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The passages a search means, in OpenSearch's query DSL: what {@link Filters#passagesMatching}
 * builds for the embedded index — the typed query (run by the plugin's {@code konferencebasen}
 * query), passages only, each filter dimension one of its values, the date range.
 */
public final class ClusterQueries {
  /**
   * Where the query matched in each passage's text, found by the plugin's highlighter as the
   * embedded index finds it, answered as offsets ({@link Offsets} reads them).
   */
  static final Map<String, Object> MATCHES_IN_TEXT =
      Map.of("fields", Map.of(IndexSchema.TEXT, Map.of("type", "konferencebasen")));

  private ClusterQueries() {}

  public static Map<String, Object> passages(String query, Filters filters) {
    return passages(typed(query), filters, List.of());
  }

  /** The passages that match {@code match}, a query the server built itself, and the filters. */
  static Map<String, Object> passagesMatching(Map<String, Object> match, Filters filters) {
    return passages(match, filters, List.of());
  }

  /** The passages that are talks of a programme (they have a talk title), as TalkSearch means them. */
  static Map<String, Object> talks(String query, Filters filters) {
    return passages(typed(query), filters, List.of(Map.of("exists", Map.of("field", IndexSchema.TALK_TITLE))));
  }

  /** The typed query, run by the plugin; no query means every passage. */
  private static Map<String, Object> typed(String query) {
    return QueryBuilder.isEmpty(query)
        ? Map.of("match_all", Map.of())
        : Map.of("konferencebasen", Map.of("q", query));
  }

  private static Map<String, Object> passages(Map<String, Object> match, Filters filters, List<Object> more) {
    List<Object> filter = new ArrayList<>(more);
    filter.add(Map.of("term", Map.of(IndexSchema.TYPE, IndexSchema.TYPE_PASSAGE)));
    filters.values().forEach((dim, values) -> filter.add(Map.of("terms", Map.of(dim, values))));
    if (filters.from().isPresent() || filters.to().isPresent()) {
      Map<String, Object> range = new LinkedHashMap<>();
      filters.from().map(LocalDate::toEpochDay).ifPresent(day -> range.put("gte", day));
      filters.to().map(LocalDate::toEpochDay).ifPresent(day -> range.put("lte", day));
      filter.add(Map.of("range", Map.of(IndexSchema.DATE_DAY, range)));
    }
    return Map.of("bool", Map.of("filter", filter, "must", List.of(match)));
  }
}
