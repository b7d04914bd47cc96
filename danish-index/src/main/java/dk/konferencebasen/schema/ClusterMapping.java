package dk.konferencebasen.schema;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.IndexOptions;

/**
 * The index layout ({@link FieldSpec#ALL}) as an OpenSearch index, for the cluster mode: the same
 * documents — a report and its passages, each passage a document of its own carrying its report's
 * shared fields — with the same field names, Danish text analysed by the chain the analysis plugin
 * registers ({@code danish_text} when writing, {@code danish_text_search} when querying).
 *
 * <p>Passages are top-level documents, collapsed by {@code report_id} where reports are listed,
 * rather than nested in their report: the product counts, facets and ranks passages, and a
 * top-level passage is counted by OpenSearch's own aggregations and scored with passage
 * statistics, as in the embedded index; nested passages would be counted per report.
 */
public final class ClusterMapping {
  /** Which push of the embedded index a document came with; older ones are removed after a push. */
  public static final String GENERATION = "mirror_generation";

  /**
   * The embedded index's own machinery that OpenSearch does for itself: facet doc values (its
   * aggregations read the keyword fields) and the same-text fingerprints (read while indexing).
   */
  static final Set<String> EMBEDDED_ONLY = Set.of(FieldSpec.FACETS_FIELD, IndexSchema.FINGERPRINT);

  /**
   * The fields the query builder reads besides the text — the spelling terms that misspellings
   * are matched against, and the word pairs phrases are matched through — analysed by the
   * plugin's analyzers of the same name, and filled from the text by OpenSearch ({@code copy_to}).
   */
  private static final Map<String, Map<String, Object>> FROM_TEXT = Map.of(
      IndexSchema.SPELL, Map.of("type", "text", "analyzer", "danish_words", "index_options", "docs", "norms", false),
      IndexSchema.TEXT_PAIRS, Map.of("type", "text", "analyzer", "danish_word_pairs", "index_options", "freqs"));

  private ClusterMapping() {}

  /** The body of {@code PUT /INDEX}: settings and mappings. */
  public static Map<String, Object> index(int shards, int replicas) {
    Map<String, Object> properties = new LinkedHashMap<>();
    for (FieldSpec field : FieldSpec.ALL) {
      if (!EMBEDDED_ONLY.contains(field.name())) {
        properties.put(field.name(), property(field));
      }
    }
    properties.put(GENERATION, Map.of("type", "long"));
    return Map.of(
        "settings", Map.of("index", Map.of("number_of_shards", shards, "number_of_replicas", replicas)),
        "mappings", Map.of(
            // a field the layout does not know is an error, not a guess
            "dynamic", "strict",
            "_meta", meta(0, "", ""),
            "properties", properties));
  }

  /**
   * What the index says about itself: its schema version, and the embedded commit it was last
   * brought up to (generation, time and the corpus folder it was indexed from; 0 and empty before
   * the first push).
   */
  public static Map<String, Object> meta(long commit, String indexedAt, String corpus) {
    return Map.of("schema_version", IndexSchema.VERSION, "commit", Long.toString(commit), "indexed_at", indexedAt,
        "corpus", corpus);
  }

  static Map<String, Object> property(FieldSpec field) {
    if (FROM_TEXT.containsKey(field.name())) {
      return FROM_TEXT.get(field.name());
    }
    Map<String, Object> property = new LinkedHashMap<>();
    boolean indexed = field.index() != IndexOptions.NONE || field.point();
    if (IndexSchema.DANISH_TEXT_FIELDS.contains(field.name())) {
      property.put("type", "text");
      property.put("analyzer", "danish_text");
      property.put("search_analyzer", "danish_text_search");
      if (field.index() == IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS) {
        property.put("index_options", "offsets");
      }
      if (field.name().equals(IndexSchema.TEXT)) {
        property.put("copy_to", java.util.List.copyOf(new java.util.TreeSet<>(FROM_TEXT.keySet())));
      }
      return property;
    }
    property.put("type", field.value() == Integer.class ? "integer" : field.value() == Long.class ? "long" : "keyword");
    if (!indexed) property.put("index", false);
    if (field.docValues() == DocValuesType.NONE && !indexed) property.put("doc_values", false);
    return property;
  }
}
