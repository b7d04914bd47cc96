package dk.konferencebasen.search;

import dk.konferencebasen.schema.IndexSchema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;

/**
 * The values a passage has in one facet dimension (its year, its people …), read from the facet
 * doc values rather than the stored fields: counting over many passages then touches no
 * compressed stored documents.
 */
public final class FacetValues {
  /** Marks an ordinal of another dimension; values are never blank (the indexer skips those). */
  private static final String OTHER_DIMENSION = "";

  private final String dim;
  private final String field;

  public FacetValues(String dim) {
    this.dim = dim;
    this.field = IndexSchema.facetsConfig().getDimConfig(dim).indexFieldName;
  }

  public Leaf leaf(LeafReaderContext leaf) throws IOException {
    return new Leaf(DocValues.getSortedSet(leaf.reader(), field));
  }

  /** The values of one segment; reuse it for the segment's docs in increasing order. */
  public final class Leaf {
    private final SortedSetDocValues values;
    /** Segment ordinal → value; every dimension shares the one doc values field. */
    private final Map<Long, String> labels = new HashMap<>();

    private Leaf(SortedSetDocValues values) {
      this.values = values;
    }

    public List<String> of(int doc) throws IOException {
      if (!values.advanceExact(doc)) {
        return List.of();
      }
      List<String> found = new ArrayList<>(2);
      for (int i = 0, n = values.docValueCount(); i < n; i++) {
        long ord = values.nextOrd();
        String label = labels.get(ord);
        if (label == null) {
          String[] path = FacetsConfig.stringToPath(values.lookupOrd(ord).utf8ToString());
          label = path.length == 2 && path[0].equals(dim) ? path[1] : OTHER_DIMENSION;
          labels.put(ord, label);
        }
        if (!label.isEmpty()) {
          found.add(label);
        }
      }
      return found;
    }
  }
}
