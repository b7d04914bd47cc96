package dk.konferencebasen.http;

import dk.konferencebasen.query.Filters;
import dk.konferencebasen.query.InvalidQueryException;
import dk.konferencebasen.schema.IndexSchema;
import dk.konferencebasen.search.PassageSelection;
import io.javalin.http.Context;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The filters every endpoint over passages takes, read the same way everywhere, so that a
 * search, its export, its trends and its concordance are about the very same passages.
 */
final class FilterParams {
  /** conference, year, organiser, person, organisation, municipality, format, language, from, to. */
  static final Set<String> NAMES = names();

  private FilterParams() {}

  /** The names of the filters plus the endpoint's own parameters. */
  static Set<String> and(String... own) {
    Set<String> all = new HashSet<>(NAMES);
    all.addAll(List.of(own));
    return Set.copyOf(all);
  }

  /**
   * The passages a request over passages is about, read the one way every such endpoint reads
   * them: no parameter but {@code parameters} (the filters and the endpoint's own), the query
   * {@code q} (none: every passage) and the filters.
   */
  static PassageSelection selection(Context ctx, Set<String> parameters) throws InvalidQueryException {
    return selection(ctx, parameters, Set.of());
  }

  /** @param ownParameters filter names the endpoint reads as parameters of its own (export's format) */
  static PassageSelection selection(Context ctx, Set<String> parameters, Set<String> ownParameters)
      throws InvalidQueryException {
    Params.onlyKnown(ctx, parameters);
    return new PassageSelection(Params.query(ctx), read(ctx, ownParameters));
  }

  static Filters read(Context ctx) throws InvalidQueryException {
    return read(ctx, Set.of());
  }

  /** The filters but those named, which the endpoint reads as parameters of its own. */
  static Filters read(Context ctx, Set<String> ownParameters) throws InvalidQueryException {
    Map<String, List<String>> values = new LinkedHashMap<>();
    for (String dim : IndexSchema.FACETS) {
      if (ownParameters.contains(dim)) {
        continue;
      }
      List<String> given = ctx.queryParams(dim).stream().map(String::strip).filter(v -> !v.isEmpty()).toList();
      if (given.size() > Filters.MAX_VALUES) {
        throw new BadRequestException("at most " + Filters.MAX_VALUES + " values of " + dim + " at once");
      }
      for (String value : given) {
        if (dim.equals(IndexSchema.YEAR) && !value.matches("\\d{4}")) {
          throw new BadRequestException("year must be four digits, like 2019, not \"" + Params.abbreviate(value) + "\"");
        }
      }
      values.put(dim, given);
    }
    var from = Filters.parseDate("from", Params.single(ctx, "from"), false);
    var to = Filters.parseDate("to", Params.single(ctx, "to"), true);
    if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
      throw new BadRequestException("from (" + from.get() + ") is after to (" + to.get() + ")");
    }
    return new Filters(values, from, to);
  }

  private static Set<String> names() {
    Set<String> names = new HashSet<>(IndexSchema.FACETS);
    names.addAll(List.of("from", "to"));
    return Set.copyOf(names);
  }
}
