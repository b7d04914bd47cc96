package dk.konferencebasen.completion;

import dk.konferencebasen.schema.ClusterMapping;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The cluster mode's copy of a commit's completions: an OpenSearch index of their own beside the
 * passages' index, written with every push of the embedded index and read whole by the server,
 * which completes from them exactly as the embedded server does. OpenSearch's own completion
 * suggester would offer other things: it knows neither which words are frequent in the passages
 * nor the Danish spellings of å, æ and ø.
 */
public final class ClusterCompletions {
  private static final String TEXT = "text";
  private static final String KIND = "kind";
  private static final String COUNT = "count";

  private ClusterCompletions() {}

  /** The completions' index beside the passages' index {@code index}. */
  public static String indexName(String index) {
    return index + "-completions";
  }

  /** The body of {@code PUT} for the completions' index: read whole, never searched, so nothing is analysed. */
  public static Map<String, Object> index(int replicas) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put(TEXT, Map.of("type", "keyword", "index", false, "doc_values", false));
    properties.put(KIND, Map.of("type", "keyword", "index", false, "doc_values", false));
    properties.put(COUNT, Map.of("type", "long", "index", false, "doc_values", false));
    properties.put(ClusterMapping.GENERATION, Map.of("type", "long"));
    return Map.of(
        "settings", Map.of("index", Map.of("number_of_shards", 1, "number_of_replicas", replicas)),
        "mappings", Map.of("dynamic", "strict", "properties", properties));
  }

  public static Map<String, Object> source(CompletionEntry entry, long generation) {
    return Map.of(TEXT, entry.text(), KIND, entry.kind(), COUNT, entry.count(), ClusterMapping.GENERATION, generation);
  }

  public static CompletionEntry entry(Map<String, ?> source) {
    return new CompletionEntry(String.valueOf(source.get(TEXT)), String.valueOf(source.get(KIND)),
        ((Number) source.get(COUNT)).longValue());
  }
}
