package dk.konferencebasen.schema;

import static dk.konferencebasen.schema.IndexSchema.*;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;

/**
 * A passage as the index stores it, read from its Lucene document: the one place that knows how
 * each stored field of a passage is written ({@link ReportDocuments}) and turns it back into a
 * value. Load the document with {@link #FIELDS}, or with fewer when only some are needed; a field
 * not loaded reads as absent.
 */
public record StoredPassage(Document doc) {
  /** Every field stored on a passage. */
  public static final Set<String> FIELDS = Set.of(ID, REPORT_ID, ORDINAL, START, END, TEXT, TALK_TITLE, TALK_TIME,
      PASSAGE_DATES, SPEAKER, PERSON, ORGANISATION, MUNICIPALITY, ALIASES, CONFERENCE, YEAR, ORGANISER, FORMAT, LANGUAGE,
      DATE);

  public String id() {
    return doc.get(ID);
  }

  public String reportId() {
    return doc.get(REPORT_ID);
  }

  public int ordinal() {
    return StoredValues.integer(doc, ORDINAL).orElse(0);
  }

  public int start() {
    return StoredValues.integer(doc, START).orElse(0);
  }

  public int end() {
    return StoredValues.integer(doc, END).orElse(0);
  }

  public String text() {
    return doc.get(TEXT);
  }

  public Optional<String> talkTitle() {
    return StoredValues.text(doc, TALK_TITLE);
  }

  public Optional<String> talkTime() {
    return StoredValues.text(doc, TALK_TIME);
  }

  /** The dates the passage names, as ISO days. */
  public List<String> dates() {
    return StoredValues.all(doc, PASSAGE_DATES);
  }

  /** The other way of writing each organisation it names by acronym or full name only. */
  public List<String> aliases() {
    return StoredValues.all(doc, ALIASES);
  }

  public List<String> speakers() {
    return StoredValues.all(doc, SPEAKER);
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

  /** The report's metadata that every passage carries for filters and facets. */
  public Optional<String> conference() {
    return StoredValues.text(doc, CONFERENCE);
  }

  public Optional<Integer> year() {
    return StoredValues.year(doc);
  }

  public Optional<String> organiser() {
    return StoredValues.text(doc, ORGANISER);
  }

  public String format() {
    return doc.get(FORMAT);
  }

  public String language() {
    return doc.get(LANGUAGE);
  }

  /** The report's date (or, without one, the day it was last updated), as an ISO day. */
  public Optional<String> date() {
    return StoredValues.text(doc, DATE);
  }
}
