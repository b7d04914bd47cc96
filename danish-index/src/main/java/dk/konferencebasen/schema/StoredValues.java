package dk.konferencebasen.schema;

import java.util.List;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;

/** Stored values read back in the type {@link ReportDocuments} wrote them in. */
final class StoredValues {
  private StoredValues() {}

  static Optional<String> text(Document doc, String field) {
    return Optional.ofNullable(doc.get(field));
  }

  static List<String> all(Document doc, String field) {
    return List.of(doc.getValues(field));
  }

  static Optional<Integer> integer(Document doc, String field) {
    IndexableField value = doc.getField(field);
    return value == null || value.numericValue() == null ? Optional.empty() : Optional.of(value.numericValue().intValue());
  }

  /** The year is stored as its four digits, the form it is filtered and faceted by. */
  static Optional<Integer> year(Document doc) {
    String year = doc.get(IndexSchema.YEAR);
    return year == null ? Optional.empty() : Optional.of(Integer.parseInt(year));
  }
}
