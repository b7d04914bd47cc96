package dk.konferencebasen.schema;

import static dk.konferencebasen.schema.IndexSchema.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;

/**
 * A report as the index stores it, read from its Lucene document: the one place that knows how
 * each stored field of a report is written ({@link ReportDocuments}) and turns it back into a
 * value. Load the document with {@link #FIELDS}, or with fewer when only some are needed; a field
 * not loaded reads as absent.
 */
public record StoredReport(Document doc) {
  /** Every field stored on a report. */
  public static final Set<String> FIELDS = Set.of(ID, REPORT_ID, PATH, CONTENT_HASH, TITLE, BODY, MEDIA_TYPE, PUBLISHER, PLACE,
      AUTHOR, DESCRIPTION, SOURCE, URL, UPDATED, PAGE_COUNT, EXTRACTED_CHARS, REMOVED_TEXT, REMOVED_REASON, PERSON,
      ORGANISATION, MUNICIPALITY, PASSAGE_COUNT, ACRONYMS, ACRONYMS_FROM_CORPUS, CONFERENCE, ORGANISER, FORMAT, LANGUAGE,
      DATE, YEAR);

  public String id() {
    return doc.get(ID);
  }

  public String path() {
    return doc.get(PATH);
  }

  public String contentHash() {
    return doc.get(CONTENT_HASH);
  }

  public String title() {
    return doc.get(TITLE);
  }

  /** The cleaned text of the whole report. */
  public String body() {
    return doc.get(BODY);
  }

  public String mediaType() {
    return doc.get(MEDIA_TYPE);
  }

  public String format() {
    return doc.get(FORMAT);
  }

  public String language() {
    return doc.get(LANGUAGE);
  }

  public Optional<String> conference() {
    return StoredValues.text(doc, CONFERENCE);
  }

  public Optional<String> organiser() {
    return StoredValues.text(doc, ORGANISER);
  }

  public Optional<String> publisher() {
    return StoredValues.text(doc, PUBLISHER);
  }

  public Optional<String> place() {
    return StoredValues.text(doc, PLACE);
  }

  public Optional<String> author() {
    return StoredValues.text(doc, AUTHOR);
  }

  public Optional<String> description() {
    return StoredValues.text(doc, DESCRIPTION);
  }

  public Optional<String> source() {
    return StoredValues.text(doc, SOURCE);
  }

  public Optional<String> url() {
    return StoredValues.text(doc, URL);
  }

  /** The report's date (or, without one, the day it was last updated), as an ISO day. */
  public Optional<String> date() {
    return StoredValues.text(doc, DATE);
  }

  /** The day the file says it was last changed, as an ISO day. */
  public Optional<String> updated() {
    return StoredValues.text(doc, UPDATED);
  }

  public Optional<Integer> year() {
    return StoredValues.year(doc);
  }

  public Optional<Integer> pageCount() {
    return StoredValues.integer(doc, PAGE_COUNT);
  }

  public int passageCount() {
    return StoredValues.integer(doc, PASSAGE_COUNT).orElse(0);
  }

  public List<String> people() {
    return StoredValues.all(doc, PERSON);
  }

  public List<String> organisations() {
    return StoredValues.all(doc, ORGANISATION);
  }

  public List<String> municipalities() {
    return StoredValues.all(doc, MUNICIPALITY);
  }

  /** The acronyms the report defines and those it uses as the rest of the corpus defines them. */
  public AcronymPairs acronyms() {
    return AcronymPairs.fromStored(List.of(doc.getValues(ACRONYMS)))
        .plus(AcronymPairs.fromStored(List.of(doc.getValues(ACRONYMS_FROM_CORPUS))));
  }

  /** What extraction gave and what was removed as chrome, with the reasons; kept is the body's length. */
  public TextAudit audit() {
    String[] texts = doc.getValues(REMOVED_TEXT);
    String[] reasons = doc.getValues(REMOVED_REASON);
    List<TextAudit.Removal> removed = new ArrayList<>(texts.length);
    for (int i = 0; i < texts.length && i < reasons.length; i++) {
      removed.add(new TextAudit.Removal(texts[i], reasons[i]));
    }
    long kept = body() == null ? 0 : body().length();
    long extracted = doc.getField(EXTRACTED_CHARS) == null ? kept : doc.getField(EXTRACTED_CHARS).numericValue().longValue();
    return new TextAudit(extracted, kept, removed);
  }
}
