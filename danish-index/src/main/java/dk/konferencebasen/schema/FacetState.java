package dk.konferencebasen.schema;

import java.io.IOException;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;

/**
 * An index's facet values, ready for counting. A class of its own, not a method of {@link
 * IndexSchema}: the analysis plugin loads IndexSchema inside OpenSearch, which has no facet module.
 */
public final class FacetState {
  private FacetState() {}

  /** Null when no passage has a facet value yet (an empty index). */
  public static SortedSetDocValuesReaderState of(IndexReader reader) throws IOException {
    try {
      return new DefaultSortedSetDocValuesReaderState(reader, IndexSchema.facetsConfig());
    } catch (IllegalArgumentException noFacetsIndexed) {
      return null;
    }
  }
}
