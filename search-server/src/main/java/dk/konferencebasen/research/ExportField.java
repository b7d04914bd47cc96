package dk.konferencebasen.research;

import dk.konferencebasen.schema.IndexSchema;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;

/**
 * A column of an export: one fact about a passage or about its report, as the index stores it.
 * Values are a string, an integer, a list of strings (never null: empty when none) or null.
 */
public enum ExportField {
  ID(Source.PASSAGE, IndexSchema.ID, Kind.STRING),
  REPORT_ID(Source.PASSAGE, IndexSchema.REPORT_ID, Kind.STRING),
  ORDINAL(Source.PASSAGE, IndexSchema.ORDINAL, Kind.INTEGER),
  TITLE(Source.REPORT, IndexSchema.TITLE, Kind.STRING),
  CONFERENCE(Source.PASSAGE, IndexSchema.CONFERENCE, Kind.STRING),
  DATE(Source.PASSAGE, IndexSchema.DATE, Kind.STRING),
  YEAR(Source.PASSAGE, IndexSchema.YEAR, Kind.INTEGER),
  ORGANISER(Source.PASSAGE, IndexSchema.ORGANISER, Kind.STRING),
  PLACE(Source.REPORT, IndexSchema.PLACE, Kind.STRING),
  PUBLISHER(Source.REPORT, IndexSchema.PUBLISHER, Kind.STRING),
  FORMAT(Source.PASSAGE, IndexSchema.FORMAT, Kind.STRING),
  LANGUAGE(Source.PASSAGE, IndexSchema.LANGUAGE, Kind.STRING),
  PATH(Source.REPORT, IndexSchema.PATH, Kind.STRING),
  URL(Source.REPORT, IndexSchema.URL, Kind.STRING),
  SOURCE(Source.REPORT, IndexSchema.SOURCE, Kind.STRING),
  /** A talk's title; null for a passage that is not a talk of a programme. */
  TALK_TITLE(Source.PASSAGE, IndexSchema.TALK_TITLE, Kind.STRING),
  /** A talk's time slot as the programme gives it, "09.30–10.15" or "09.30"; null when it gives none. */
  TALK_TIME(Source.PASSAGE, IndexSchema.TALK_TIME, Kind.STRING),
  /** The people giving the talk (also among people). */
  SPEAKERS(Source.PASSAGE, IndexSchema.SPEAKER, Kind.LIST),
  PEOPLE(Source.PASSAGE, IndexSchema.PERSON, Kind.LIST),
  ORGANISATIONS(Source.PASSAGE, IndexSchema.ORGANISATION, Kind.LIST),
  MUNICIPALITIES(Source.PASSAGE, IndexSchema.MUNICIPALITY, Kind.LIST),
  DATES(Source.PASSAGE, IndexSchema.PASSAGE_DATES, Kind.LIST),
  START(Source.PASSAGE, IndexSchema.START, Kind.INTEGER),
  END(Source.PASSAGE, IndexSchema.END, Kind.INTEGER),
  TEXT(Source.PASSAGE, IndexSchema.TEXT, Kind.STRING),
  INDEX_COMMIT(Source.COMMIT, null, Kind.STRING),
  /**
   * For a report whose text other files hold too (a DOCX and its ODT): the id of the group's
   * report with the smallest path, the same on every row of the group; null for the rest. Lets a
   * researcher count each text once, as the search does.
   */
  SAME_TEXT_GROUP(Source.SAME_TEXT, IndexSchema.SAME_TEXT_GROUP, Kind.STRING);

  /** What an export has when the request names no fields: enough to read, count and cite. */
  public static final List<ExportField> DEFAULTS = List.of(
      ID, REPORT_ID, ORDINAL, TITLE, CONFERENCE, DATE, YEAR, ORGANISER, TALK_TITLE, TALK_TIME, SPEAKERS, PEOPLE, ORGANISATIONS,
      MUNICIPALITIES, TEXT);

  enum Source { PASSAGE, REPORT, COMMIT, SAME_TEXT }

  enum Kind { STRING, INTEGER, LIST }

  final Source source;
  final String storedField;
  final Kind kind;

  ExportField(Source source, String storedField, Kind kind) {
    this.source = source;
    this.storedField = storedField;
    this.kind = kind;
  }

  /** The name in a request and in the export's header row. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public boolean multiValued() {
    return kind == Kind.LIST;
  }

  public static Optional<ExportField> parse(String label) {
    return Arrays.stream(values()).filter(f -> f.label().equals(label)).findFirst();
  }

  Object value(Document doc) {
    return switch (kind) {
      case LIST -> List.of(doc.getValues(storedField));
      case INTEGER -> {
        IndexableField field = doc.getField(storedField);
        if (field == null) {
          yield null;
        }
        Number number = field.numericValue();
        yield number != null ? Integer.valueOf(number.intValue()) : Integer.valueOf(field.stringValue());
      }
      case STRING -> doc.get(storedField);
    };
  }
}
