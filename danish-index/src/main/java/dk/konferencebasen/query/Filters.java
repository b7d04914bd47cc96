package dk.konferencebasen.query;

import dk.konferencebasen.schema.IndexSchema;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * What a search is narrowed to: exact values per facet dimension (values of one dimension are
 * alternatives, different dimensions must all hold) and a date range.
 */
public record Filters(Map<String, List<String>> values, Optional<LocalDate> from, Optional<LocalDate> to) {
  public static final Filters NONE = new Filters(Map.of(), Optional.empty(), Optional.empty());
  public static final int MAX_VALUES = 50;

  public Filters {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    values.forEach((dim, list) -> {
      if (!IndexSchema.FACETS.contains(dim)) {
        throw new IllegalArgumentException("not a filter: " + dim);
      }
      if (!list.isEmpty()) {
        copy.put(dim, List.copyOf(list));
      }
    });
    values = Map.copyOf(copy);
  }

  /**
   * Reads "from"/"to" as a date (yyyy-mm-dd) or a year (yyyy: from its first day, to its last).
   */
  public static Optional<LocalDate> parseDate(String name, String raw, boolean endOfPeriod) throws InvalidQueryException {
    if (raw == null || raw.isBlank()) {
      return Optional.empty();
    }
    String value = raw.strip();
    try {
      if (value.matches("\\d{4}")) {
        int year = Integer.parseInt(value);
        return Optional.of(endOfPeriod ? LocalDate.of(year, 12, 31) : LocalDate.of(year, 1, 1));
      }
      return Optional.of(LocalDate.parse(value));
    } catch (DateTimeParseException e) {
      throw new InvalidQueryException(name + " must be a date (yyyy-mm-dd) or a year (yyyy), not \"" + value + "\"",
          "perioden skal angives som en dato (åååå-mm-dd) eller et årstal (åååå), ikke \"" + value + "\"");
    }
  }

  /** The passages that match {@code query} and these filters. */
  public Query passagesMatching(Query query) {
    BooleanQuery.Builder builder = new BooleanQuery.Builder()
        .add(query, Occur.MUST)
        .add(IndexSchema.passagesOnly(), Occur.FILTER);
    values.forEach((dim, list) -> {
      BooleanQuery.Builder anyOf = new BooleanQuery.Builder();
      for (String value : list) {
        anyOf.add(new TermQuery(new Term(dim, value)), Occur.SHOULD);
      }
      builder.add(anyOf.build(), Occur.FILTER);
    });
    if (from.isPresent() || to.isPresent()) {
      builder.add(IndexSchema.dated(from, to), Occur.FILTER);
    }
    return builder.build();
  }
}
