package dk.konferencebasen.research;

import dk.konferencebasen.schema.IndexSchema;
import dk.konferencebasen.schema.StoredPassage;
import dk.konferencebasen.schema.StoredReport;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.apache.lucene.document.Document;

/**
 * A column of an export: one fact about a passage or about its report, as the index stores it.
 * Values are a string, an integer, a list of strings (never null: empty when none) or null.
 */
public enum ExportField {
  ID(Source.PASSAGE, IndexSchema.ID, Kind.STRING, passage(StoredPassage::id)),
  REPORT_ID(Source.PASSAGE, IndexSchema.REPORT_ID, Kind.STRING, passage(StoredPassage::reportId)),
  ORDINAL(Source.PASSAGE, IndexSchema.ORDINAL, Kind.INTEGER, passage(StoredPassage::ordinal)),
  TITLE(Source.REPORT, IndexSchema.TITLE, Kind.STRING, report(StoredReport::title)),
  CONFERENCE(Source.PASSAGE, IndexSchema.CONFERENCE, Kind.STRING, passage(p -> p.conference().orElse(null))),
  DATE(Source.PASSAGE, IndexSchema.DATE, Kind.STRING, passage(p -> p.date().orElse(null))),
  YEAR(Source.PASSAGE, IndexSchema.YEAR, Kind.INTEGER, passage(p -> p.year().orElse(null))),
  ORGANISER(Source.PASSAGE, IndexSchema.ORGANISER, Kind.STRING, passage(p -> p.organiser().orElse(null))),
  PLACE(Source.REPORT, IndexSchema.PLACE, Kind.STRING, report(r -> r.place().orElse(null))),
  PUBLISHER(Source.REPORT, IndexSchema.PUBLISHER, Kind.STRING, report(r -> r.publisher().orElse(null))),
  FORMAT(Source.PASSAGE, IndexSchema.FORMAT, Kind.STRING, passage(StoredPassage::format)),
  LANGUAGE(Source.PASSAGE, IndexSchema.LANGUAGE, Kind.STRING, passage(StoredPassage::language)),
  PATH(Source.REPORT, IndexSchema.PATH, Kind.STRING, report(StoredReport::path)),
  URL(Source.REPORT, IndexSchema.URL, Kind.STRING, report(r -> r.url().orElse(null))),
  SOURCE(Source.REPORT, IndexSchema.SOURCE, Kind.STRING, report(r -> r.source().orElse(null))),
  /** A talk's title; null for a passage that is not a talk of a programme. */
  TALK_TITLE(Source.PASSAGE, IndexSchema.TALK_TITLE, Kind.STRING, passage(p -> p.talkTitle().orElse(null))),
  /** A talk's time slot as the programme gives it, "09.30–10.15" or "09.30"; null when it gives none. */
  TALK_TIME(Source.PASSAGE, IndexSchema.TALK_TIME, Kind.STRING, passage(p -> p.talkTime().orElse(null))),
  /** The people giving the talk (also among people). */
  SPEAKERS(Source.PASSAGE, IndexSchema.SPEAKER, Kind.LIST, passage(StoredPassage::speakers)),
  PEOPLE(Source.PASSAGE, IndexSchema.PERSON, Kind.LIST, passage(StoredPassage::people)),
  ORGANISATIONS(Source.PASSAGE, IndexSchema.ORGANISATION, Kind.LIST, passage(StoredPassage::organisations)),
  MUNICIPALITIES(Source.PASSAGE, IndexSchema.MUNICIPALITY, Kind.LIST, passage(StoredPassage::municipalities)),
  DATES(Source.PASSAGE, IndexSchema.PASSAGE_DATES, Kind.LIST, passage(StoredPassage::dates)),
  START(Source.PASSAGE, IndexSchema.START, Kind.INTEGER, passage(StoredPassage::start)),
  END(Source.PASSAGE, IndexSchema.END, Kind.INTEGER, passage(StoredPassage::end)),
  TEXT(Source.PASSAGE, IndexSchema.TEXT, Kind.STRING, passage(StoredPassage::text)),
  INDEX_COMMIT(Source.COMMIT, null, Kind.STRING, null),
  /**
   * For a report whose text other files hold too (a DOCX and its ODT): the id of the group's
   * report with the smallest path, the same on every row of the group; null for the rest. Lets a
   * researcher count each text once, as the search does.
   */
  SAME_TEXT_GROUP(Source.SAME_TEXT, IndexSchema.SAME_TEXT_GROUP, Kind.STRING, null);

  /** What an export has when the request names no fields: enough to read, count and cite. */
  public static final List<ExportField> DEFAULTS = List.of(
      ID, REPORT_ID, ORDINAL, TITLE, CONFERENCE, DATE, YEAR, ORGANISER, TALK_TITLE, TALK_TIME, SPEAKERS, PEOPLE, ORGANISATIONS,
      MUNICIPALITIES, TEXT);

  enum Source { PASSAGE, REPORT, COMMIT, SAME_TEXT }

  enum Kind { STRING, INTEGER, LIST }

  final Source source;
  /** The stored field to load for the value (the schema's readers read it). */
  final String storedField;
  final Kind kind;
  /** The value from the passage's or the report's stored document; null for the other sources. */
  private final Function<Document, Object> read;

  ExportField(Source source, String storedField, Kind kind, Function<Document, Object> read) {
    this.source = source;
    this.storedField = storedField;
    this.kind = kind;
    this.read = read;
  }

  private static Function<Document, Object> passage(Function<StoredPassage, Object> value) {
    return doc -> value.apply(new StoredPassage(doc));
  }

  private static Function<Document, Object> report(Function<StoredReport, Object> value) {
    return doc -> value.apply(new StoredReport(doc));
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
    return read.apply(doc);
  }

  /**
   * This column's value for one passage: from the passage's or its report's stored fields, the
   * commit, or the report that holds the same text ({@code sameText}, or null).
   */
  public Object value(Document passage, Document report, String commit, String sameText) {
    return switch (source) {
      case PASSAGE -> value(passage);
      case REPORT -> value(report);
      case COMMIT -> commit;
      case SAME_TEXT -> sameText;
    };
  }

  /** Whether the column reads the passage's report. */
  public boolean fromReport() {
    return source == Source.REPORT;
  }

}
