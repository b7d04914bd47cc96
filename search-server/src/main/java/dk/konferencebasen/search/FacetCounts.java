package dk.konferencebasen.search;

import dk.konferencebasen.schema.IndexSchema;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;

/** Passage counts per facet value for the passages a search matched. */
final class FacetCounts {
  static final int TOP_VALUES = 20;

  private FacetCounts() {}

  static Map<String, Map<String, Integer>> count(Snapshot snapshot, FacetsCollector passages) throws IOException {
    Map<String, Map<String, Integer>> facets = new LinkedHashMap<>();
    IndexSchema.FACETS.forEach(dim -> facets.put(dim, new LinkedHashMap<>()));
    if (snapshot.facetState() == null) {
      return facets;
    }
    SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(snapshot.facetState(), passages);
    for (String dim : IndexSchema.FACETS) {
      FacetResult result;
      try {
        result = counts.getTopChildren(TOP_VALUES, dim);
      } catch (IllegalArgumentException dimensionNotInIndex) {
        continue;
      }
      if (result != null) {
        for (LabelAndValue lv : result.labelValues) {
          facets.get(dim).put(lv.label, lv.value.intValue());
        }
      }
    }
    return facets;
  }
}
