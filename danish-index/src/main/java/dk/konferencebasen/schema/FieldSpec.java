package dk.konferencebasen.schema;

import static dk.konferencebasen.schema.IndexSchema.*;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.IndexOptions;

/**
 * One field of the index, declared once: which documents carry it, how it is indexed, on which
 * documents its value is stored, its doc values, whether it is a point, and the type of its
 * stored value. {@link #ALL} is the whole layout; a test holds what {@link ReportDocuments}
 * writes to it, field by field, so the writer and every reader agree on one description.
 */
public record FieldSpec(String name, Set<Doc> on, IndexOptions index, Set<Doc> storedOn, DocValuesType docValues,
    boolean point, Class<?> value, WrittenBy writtenBy) {

  /** The two kinds of document of a report's block. */
  public enum Doc { REPORT, PASSAGE }

  /** Who writes the field: the documents of a report, or the indexer's same-text pass afterwards. */
  public enum WrittenBy { DOCUMENTS, SAME_TEXT_PASS }

  private static final Set<Doc> BOTH = EnumSet.allOf(Doc.class);
  private static final Set<Doc> REPORT_ONLY = EnumSet.of(Doc.REPORT);
  private static final Set<Doc> PASSAGE_ONLY = EnumSet.of(Doc.PASSAGE);
  private static final Set<Doc> NOWHERE = EnumSet.noneOf(Doc.class);
  private static final IndexOptions NOT_INDEXED = IndexOptions.NONE;
  private static final IndexOptions EXACT = IndexOptions.DOCS;
  private static final IndexOptions TEXT_POSITIONS = IndexOptions.DOCS_AND_FREQS_AND_POSITIONS;

  /** The field Lucene's facets write their drill-down terms and doc values to. */
  public static final String FACETS_FIELD = "$facets";

  public static final List<FieldSpec> ALL = List.of(
      // identity and structure
      of(TYPE, BOTH, EXACT, NOWHERE, String.class),
      of(ID, BOTH, EXACT, BOTH, String.class),
      of(REPORT_ID, BOTH, EXACT, BOTH, String.class).withDocValues(DocValuesType.SORTED),
      of(PATH, REPORT_ONLY, EXACT, REPORT_ONLY, String.class),
      of(CONTENT_HASH, REPORT_ONLY, NOT_INDEXED, REPORT_ONLY, String.class),
      of(ORDINAL, PASSAGE_ONLY, NOT_INDEXED, PASSAGE_ONLY, Integer.class).withDocValues(DocValuesType.NUMERIC),
      of(START, PASSAGE_ONLY, NOT_INDEXED, PASSAGE_ONLY, Integer.class),
      of(END, PASSAGE_ONLY, NOT_INDEXED, PASSAGE_ONLY, Integer.class),
      of(PASSAGE_COUNT, REPORT_ONLY, NOT_INDEXED, REPORT_ONLY, Integer.class),
      // Danish full text
      of(TEXT, PASSAGE_ONLY, IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS, PASSAGE_ONLY, String.class),
      of(SPELL, PASSAGE_ONLY, EXACT, NOWHERE, String.class),
      of(TEXT_PAIRS, PASSAGE_ONLY, IndexOptions.DOCS_AND_FREQS, NOWHERE, String.class),
      of(TITLE, BOTH, TEXT_POSITIONS, REPORT_ONLY, String.class),
      of(ALIASES, PASSAGE_ONLY, TEXT_POSITIONS, PASSAGE_ONLY, String.class),
      of(BODY, REPORT_ONLY, NOT_INDEXED, REPORT_ONLY, String.class),
      // the same text in several files
      of(FINGERPRINT, REPORT_ONLY, NOT_INDEXED, NOWHERE, byte[].class).withDocValues(DocValuesType.BINARY),
      new FieldSpec(SAME_TEXT_GROUP, REPORT_ONLY, NOT_INDEXED, NOWHERE, DocValuesType.NUMERIC, false, Long.class,
          WrittenBy.SAME_TEXT_PASS),
      // metadata matched exactly; facet dimensions on passages also go to FACETS_FIELD
      of(CONFERENCE, BOTH, EXACT, BOTH, String.class),
      of(YEAR, BOTH, EXACT, BOTH, String.class),
      of(ORGANISER, BOTH, EXACT, BOTH, String.class),
      of(PERSON, BOTH, EXACT, BOTH, String.class),
      of(ORGANISATION, BOTH, EXACT, BOTH, String.class),
      of(MUNICIPALITY, BOTH, EXACT, BOTH, String.class),
      of(SPEAKER, PASSAGE_ONLY, EXACT, PASSAGE_ONLY, String.class),
      of(FORMAT, BOTH, EXACT, BOTH, String.class),
      of(LANGUAGE, BOTH, EXACT, BOTH, String.class),
      of(FACETS_FIELD, PASSAGE_ONLY, EXACT, NOWHERE, String.class).withDocValues(DocValuesType.SORTED_SET),
      // talks
      of(TALK_TITLE, PASSAGE_ONLY, NOT_INDEXED, PASSAGE_ONLY, String.class).withDocValues(DocValuesType.SORTED),
      of(TALK_TIME, PASSAGE_ONLY, NOT_INDEXED, PASSAGE_ONLY, String.class),
      of(PASSAGE_DATES, PASSAGE_ONLY, NOT_INDEXED, PASSAGE_ONLY, String.class),
      // acronyms
      of(ACRONYMS, REPORT_ONLY, EXACT, REPORT_ONLY, String.class),
      of(ACRONYMS_FROM_CORPUS, REPORT_ONLY, EXACT, REPORT_ONLY, String.class),
      // what the file says about itself
      of(PUBLISHER, REPORT_ONLY, NOT_INDEXED, REPORT_ONLY, String.class),
      of(PLACE, REPORT_ONLY, NOT_INDEXED, REPORT_ONLY, String.class),
      of(AUTHOR, REPORT_ONLY, NOT_INDEXED, REPORT_ONLY, String.class),
      of(DESCRIPTION, REPORT_ONLY, NOT_INDEXED, REPORT_ONLY, String.class),
      of(MEDIA_TYPE, REPORT_ONLY, NOT_INDEXED, REPORT_ONLY, String.class),
      of(PAGE_COUNT, REPORT_ONLY, NOT_INDEXED, REPORT_ONLY, Integer.class),
      of(SOURCE, REPORT_ONLY, NOT_INDEXED, REPORT_ONLY, String.class),
      of(URL, REPORT_ONLY, NOT_INDEXED, REPORT_ONLY, String.class),
      of(UPDATED, REPORT_ONLY, NOT_INDEXED, REPORT_ONLY, String.class),
      // the text audit
      of(EXTRACTED_CHARS, REPORT_ONLY, NOT_INDEXED, REPORT_ONLY, Long.class),
      of(REMOVED_TEXT, REPORT_ONLY, NOT_INDEXED, REPORT_ONLY, String.class),
      of(REMOVED_REASON, REPORT_ONLY, NOT_INDEXED, REPORT_ONLY, String.class),
      // dates: the ISO day stored, its epoch day a point (ranges) and a doc value (sorting)
      of(DATE, BOTH, NOT_INDEXED, BOTH, String.class),
      new FieldSpec(DATE_DAY, BOTH, NOT_INDEXED, NOWHERE, DocValuesType.NUMERIC, true, Long.class, WrittenBy.DOCUMENTS));

  private static FieldSpec of(String name, Set<Doc> on, IndexOptions index, Set<Doc> storedOn, Class<?> value) {
    return new FieldSpec(name, on, index, storedOn, DocValuesType.NONE, false, value, WrittenBy.DOCUMENTS);
  }

  private FieldSpec withDocValues(DocValuesType type) {
    return new FieldSpec(name, on, index, storedOn, type, point, value, writtenBy);
  }

  public static FieldSpec named(String name) {
    return ALL.stream().filter(f -> f.name.equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no field " + name + " in the index layout"));
  }
}
