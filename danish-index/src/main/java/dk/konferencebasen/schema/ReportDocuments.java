package dk.konferencebasen.schema;

import static dk.konferencebasen.schema.IndexSchema.*;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

/** Turns a {@link Report} into its block of Lucene documents: passages first, report last. */
public final class ReportDocuments {
  /** Passage text keeps offsets in the postings so highlighting needs no re-analysis. */
  private static final FieldType TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);
  /** The passage text's indexing, nothing stored: the report document's empty text (see {@link #reportDocument}). */
  private static final FieldType EMPTY_TEXT;

  /**
   * Spelling suggestions and typo matching only ask which passages hold a word, so the word
   * field keeps neither frequencies, positions nor norms: cheaper to write and smaller.
   */
  private static final FieldType WORDS_ONLY = new FieldType(TextField.TYPE_NOT_STORED);
  /** Word pairs are looked up, never lined up: frequencies (and norms) for scoring, no positions. */
  private static final FieldType PAIRS = new FieldType(TextField.TYPE_NOT_STORED);

  static {
    TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    TEXT_WITH_OFFSETS.freeze();
    EMPTY_TEXT = new FieldType(TEXT_WITH_OFFSETS);
    EMPTY_TEXT.setStored(false);
    EMPTY_TEXT.freeze();
    WORDS_ONLY.setIndexOptions(IndexOptions.DOCS);
    WORDS_ONLY.setOmitNorms(true);
    WORDS_ONLY.freeze();
    PAIRS.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
    PAIRS.freeze();
  }

  private final FacetsConfig facets = IndexSchema.facetsConfig();

  public List<Document> toDocuments(Report report) {
    List<Document> block = new ArrayList<>(report.passages().size() + 1);
    for (ReportPassage passage : report.passages()) {
      block.add(build(passageDocument(report, passage)));
    }
    block.add(reportDocument(report));
    return block;
  }

  private Document passageDocument(Report report, ReportPassage passage) {
    Document doc = new Document();
    doc.add(new StringField(TYPE, TYPE_PASSAGE, Field.Store.NO));
    doc.add(new StringField(ID, passage.id(), Field.Store.YES));
    addReportId(doc, report.id());
    doc.add(new Field(TEXT, passage.text(), TEXT_WITH_OFFSETS));
    doc.add(new Field(SPELL, passage.text(), WORDS_ONLY));
    doc.add(new Field(TEXT_PAIRS, passage.text(), PAIRS));
    doc.add(new TextField(TITLE, report.title(), Field.Store.NO));
    doc.add(new StoredField(ORDINAL, passage.ordinal()));
    doc.add(new NumericDocValuesField(ORDINAL, passage.ordinal()));
    doc.add(new StoredField(START, passage.start()));
    doc.add(new StoredField(END, passage.end()));
    passage.entities().people().forEach(p -> addFacetValue(doc, PERSON, p));
    passage.entities().organisations().forEach(o -> addFacetValue(doc, ORGANISATION, o));
    passage.entities().municipalities().forEach(m -> addFacetValue(doc, MUNICIPALITY, m));
    passage.dates().forEach(d -> doc.add(new StoredField(PASSAGE_DATES, d.toString())));
    passage.talkTitle().ifPresent(t -> {
      doc.add(new StoredField(TALK_TITLE, t));
      doc.add(new SortedDocValuesField(TALK_TITLE, new BytesRef(t)));
    });
    passage.talkTime().ifPresent(t -> doc.add(new StoredField(TALK_TIME, t)));
    // stored so that the cluster mode's copy of the index can be made from the index alone
    passage.aliases().forEach(a -> doc.add(new TextField(ALIASES, a, Field.Store.YES)));
    passage.speakers().forEach(p -> addFacetValue(doc, SPEAKER, p));
    addSharedReportFields(doc, report);
    return doc;
  }

  private Document reportDocument(Report report) {
    Document doc = new Document();
    doc.add(new StringField(TYPE, TYPE_REPORT, Field.Store.NO));
    doc.add(new StringField(ID, report.id(), Field.Store.YES));
    addReportId(doc, report.id());
    doc.add(new StringField(PATH, report.path(), Field.Store.YES));
    doc.add(new StoredField(CONTENT_HASH, report.contentHash()));
    doc.add(new TextField(TITLE, report.title(), Field.Store.YES));
    doc.add(new StoredField(BODY, report.body()));
    // The scored passage fields, empty: with them every document of the index has those fields'
    // norms, which Lucene then stores densely. Sparse, each scored passage cost a lookup through
    // the norms' index of documents (13 % of a common word's search on a million passages). No
    // term is indexed, so nothing matches them and BM25's statistics do not change.
    doc.add(new Field(TEXT, "", EMPTY_TEXT));
    doc.add(new Field(TEXT_PAIRS, "", PAIRS));
    // the group key (SAME_TEXT_GROUP) is not written here: the indexer's grouping pass sets it
    report.fingerprint().ifPresent(f -> doc.add(new BinaryDocValuesField(FINGERPRINT, new BytesRef(f))));
    doc.add(new StoredField(MEDIA_TYPE, report.mediaType()));
    storeIfPresent(doc, PUBLISHER, report.publisher());
    storeIfPresent(doc, PLACE, report.place());
    storeIfPresent(doc, AUTHOR, report.author());
    storeIfPresent(doc, DESCRIPTION, report.description());
    storeIfPresent(doc, SOURCE, report.source());
    storeIfPresent(doc, URL, report.url());
    report.updated().ifPresent(d -> doc.add(new StoredField(UPDATED, d.toString())));
    report.pageCount().ifPresent(n -> doc.add(new StoredField(PAGE_COUNT, n)));
    doc.add(new StoredField(EXTRACTED_CHARS, report.audit().extractedChars()));
    for (TextAudit.Removal removal : report.audit().removed()) {
      doc.add(new StoredField(REMOVED_TEXT, removal.text()));
      doc.add(new StoredField(REMOVED_REASON, removal.reason()));
    }
    Set<String> people = new LinkedHashSet<>();
    Set<String> organisations = new LinkedHashSet<>();
    Set<String> municipalities = new LinkedHashSet<>();
    for (ReportPassage passage : report.passages()) {
      people.addAll(passage.entities().people());
      organisations.addAll(passage.entities().organisations());
      municipalities.addAll(passage.entities().municipalities());
    }
    people.forEach(p -> doc.add(new StringField(PERSON, p, Field.Store.YES)));
    organisations.forEach(o -> doc.add(new StringField(ORGANISATION, o, Field.Store.YES)));
    municipalities.forEach(m -> doc.add(new StringField(MUNICIPALITY, m, Field.Store.YES)));
    doc.add(new StoredField(PASSAGE_COUNT, report.passages().size()));
    report.acronyms().forEach(a -> doc.add(new StringField(ACRONYMS, a, Field.Store.YES)));
    report.acronymsFromCorpus().forEach(a -> doc.add(new StringField(ACRONYMS_FROM_CORPUS, a, Field.Store.YES)));
    // Facet dimensions stay on passages only, so facet counts are passage counts.
    report.conference().ifPresent(c -> doc.add(new StringField(CONFERENCE, c, Field.Store.YES)));
    report.organiser().ifPresent(o -> doc.add(new StringField(ORGANISER, o, Field.Store.YES)));
    doc.add(new StringField(FORMAT, report.format(), Field.Store.YES));
    doc.add(new StringField(LANGUAGE, report.language(), Field.Store.YES));
    addDates(doc, report);
    return doc;
  }

  /** Metadata that filters, facets and date sorting need on every passage. */
  private void addSharedReportFields(Document doc, Report report) {
    report.conference().ifPresent(c -> addFacetValue(doc, CONFERENCE, c));
    report.organiser().ifPresent(o -> addFacetValue(doc, ORGANISER, o));
    addFacetValue(doc, FORMAT, report.format());
    addFacetValue(doc, LANGUAGE, report.language());
    report.year().ifPresent(y -> addFacetValue(doc, YEAR, Integer.toString(y)));
    addDates(doc, report);
  }

  private static void addDates(Document doc, Report report) {
    Optional<LocalDate> date = report.date().or(report::updated);
    date.ifPresent(
        d -> {
          doc.add(new StoredField(DATE, d.toString()));
          doc.add(new LongPoint(DATE_DAY, d.toEpochDay()));
          doc.add(new NumericDocValuesField(DATE_DAY, d.toEpochDay()));
        });
    report.year().ifPresent(
        y -> {
          if (doc.getField(YEAR) == null) {
            doc.add(new StringField(YEAR, Integer.toString(y), Field.Store.YES));
          }
        });
  }

  private static void addReportId(Document doc, String reportId) {
    doc.add(new StringField(REPORT_ID, reportId, Field.Store.YES));
    doc.add(new SortedDocValuesField(REPORT_ID, new BytesRef(reportId)));
  }

  private static void addFacetValue(Document doc, String dim, String value) {
    if (value == null || value.isBlank()) {
      return;
    }
    doc.add(new StringField(dim, value, Field.Store.YES));
    doc.add(new SortedSetDocValuesFacetField(dim, value));
  }

  private static void storeIfPresent(Document doc, String field, Optional<String> value) {
    value.filter(v -> !v.isBlank()).ifPresent(v -> doc.add(new StoredField(field, v)));
  }

  private Document build(Document doc) {
    try {
      return facets.build(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
