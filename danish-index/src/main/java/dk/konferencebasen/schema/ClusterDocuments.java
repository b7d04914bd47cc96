package dk.konferencebasen.schema;

import dk.konferencebasen.schema.FieldSpec.Doc;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.IndexableField;

/**
 * A report's block of the embedded index, read back from its stored fields, as the documents of
 * the cluster mode's index ({@link ClusterMapping}): the embedded index is where the indexer's
 * work happens (incremental, crash-safe, the corpus-wide passes), and the cluster gets its copy.
 */
public final class ClusterDocuments {
  private ClusterDocuments() {}

  /** Whether a stored document is a report (the last of its block) rather than a passage. */
  public static boolean isReport(Document stored) {
    return stored.get(IndexSchema.PATH) != null;
  }

  /**
   * The source of one document; {@code reportTitle} is its report's title (passages rank by it
   * but do not store it), {@code generation} the push it comes with.
   */
  public static Map<String, Object> source(Document stored, String reportTitle, long generation) {
    Doc kind = isReport(stored) ? Doc.REPORT : Doc.PASSAGE;
    Map<String, Object> source = new LinkedHashMap<>();
    source.put(IndexSchema.TYPE, kind == Doc.REPORT ? IndexSchema.TYPE_REPORT : IndexSchema.TYPE_PASSAGE);
    for (FieldSpec field : FieldSpec.ALL) {
      if (field.storedOn().contains(kind) && !ClusterMapping.EMBEDDED_ONLY.contains(field.name())) {
        List<Object> values = new ArrayList<>();
        for (IndexableField value : stored.getFields(field.name())) {
          values.add(value.numericValue() != null ? value.numericValue() : value.stringValue());
        }
        if (!values.isEmpty()) source.put(field.name(), values.size() == 1 ? values.get(0) : values);
      }
    }
    if (kind == Doc.PASSAGE) source.put(IndexSchema.TITLE, reportTitle);
    String date = stored.get(IndexSchema.DATE);
    if (date != null) source.put(IndexSchema.DATE_DAY, LocalDate.parse(date).toEpochDay());
    source.put(ClusterMapping.GENERATION, generation);
    return source;
  }

  /**
   * A cluster document's source read back as the stored fields the embedded index holds, so the
   * same readers ({@link StoredReport}, {@link StoredPassage}) read both.
   */
  public static Document stored(Map<String, ?> source) {
    Document doc = new Document();
    for (FieldSpec field : FieldSpec.ALL) {
      Object value = source.get(field.name());
      if (value == null || field.storedOn().isEmpty()) continue;
      for (Object one : value instanceof List<?> list ? list : List.of(value)) {
        if (field.value() == Integer.class) {
          doc.add(new StoredField(field.name(), ((Number) one).intValue()));
        } else if (field.value() == Long.class) {
          doc.add(new StoredField(field.name(), ((Number) one).longValue()));
        } else {
          doc.add(new StoredField(field.name(), String.valueOf(one)));
        }
      }
    }
    return doc;
  }
}
