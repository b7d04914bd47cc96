package dk.konferencebasen.research;

import dk.konferencebasen.schema.IndexSchema;
import dk.konferencebasen.search.DanishOrder;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** What trends are counted by: a report-level facet with one value per report. */
public enum TrendDimension {
  YEAR(IndexSchema.YEAR, Comparator.comparingInt(Integer::parseInt)),
  CONFERENCE(IndexSchema.CONFERENCE, DanishOrder.names()),
  ORGANISER(IndexSchema.ORGANISER, DanishOrder.names());

  final String facet;
  /** Years in time order, names in Danish alphabetical order. */
  final Comparator<String> order;

  TrendDimension(String facet, Comparator<String> order) {
    this.facet = facet;
    this.order = order;
  }

  /** The report-level field counted by. */
  public String facet() {
    return facet;
  }

  /** Years in time order, names in Danish alphabetical order. */
  public Comparator<String> order() {
    return order;
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<TrendDimension> parse(String label) {
    return Arrays.stream(values()).filter(d -> d.label().equals(label)).findFirst();
  }
}
