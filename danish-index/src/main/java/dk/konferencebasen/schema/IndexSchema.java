package dk.konferencebasen.schema;

import dk.konferencebasen.analysis.DanishTextAnalyzer;
import dk.konferencebasen.analysis.WordPairsAnalyzer;
import dk.konferencebasen.analysis.WordsAnalyzer;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;

/**
 * The index schema: every field name, how each is analysed, which fields are facets, and the
 * queries and sort keys every reader shares; {@link FieldSpec#ALL} declares how each field is
 * indexed, stored and given doc values. The indexer writes with it and the server reads and
 * queries with it; nothing else names a field.
 *
 * <p>Design: one Lucene document per passage (the unit a hit points at) and one per report,
 * indexed together as a block (passages first, the report last) so that updating a report
 * replaces all of its documents atomically. Report metadata that filters and facets need is
 * copied onto each passage, so a passage query needs no join.
 */
public final class IndexSchema {
  private IndexSchema() {}

  /** Bumped whenever fields or analysis change; an index of another version is rebuilt. */
  public static final String VERSION = "17";

  // Commit user data.
  public static final String COMMIT_SCHEMA_VERSION = "schema_version";
  public static final String COMMIT_INDEXED_AT = "indexed_at";
  /** The corpus folder the run read, absolute; each report's {@link #PATH} is relative to it. */
  public static final String COMMIT_CORPUS = "corpus";

  // Identity and structure.
  public static final String TYPE = "type";
  public static final String TYPE_REPORT = "report";
  public static final String TYPE_PASSAGE = "passage";
  public static final String ID = "id";
  public static final String REPORT_ID = "report_id";
  public static final String PATH = "path";
  public static final String CONTENT_HASH = "content_hash";
  public static final String ORDINAL = "ordinal";
  public static final String START = "start";
  public static final String END = "end";
  public static final String PASSAGE_COUNT = "passage_count";

  // Danish full text.
  public static final String TITLE = "title";
  public static final String TEXT = "text";
  /**
   * Passage words lower-cased but not stemmed: the vocabulary that spelling suggestions ("mente
   * du …?") and completions are drawn from, since stems ("flygtning") are not words to offer.
   */
  public static final String SPELL = "spell";
  /**
   * A passage's text as pairs of neighbouring words (WordPairsAnalyzer), indexed only: a phrase
   * query on the text is matched and ranked through these terms (the query builder).
   */
  public static final String TEXT_PAIRS = "text_pairs";
  /** The whole cleaned report body: stored on the report document, not searched. */
  public static final String BODY = "body";

  // The same text in several files.
  /**
   * The MinHash fingerprint of the report body ({@code sametext.TextFingerprint}), a binary doc
   * value on the report document; absent when the text is too short to tell.
   */
  public static final String FINGERPRINT = "fingerprint";
  /**
   * On the report document of a report whose text other reports hold too: the group's key, a
   * numeric doc value ({@link ReportIds#groupKey}: the report id of the group's member with the
   * smallest path, as a number). Absent for a report alone with its text. Written only by the
   * indexer's grouping pass, as doc-values updates, so a group can form and dissolve without
   * re-indexing any report. Not on passages: a passage finds it on its report (the next report
   * document), and the field stays as sparse as the groups are, so walking it is cheap.
   */
  public static final String SAME_TEXT_GROUP = "same_text_group";

  // Exact-match metadata; the ones in FACETS are also facet dimensions.
  public static final String CONFERENCE = "conference";
  public static final String YEAR = "year";
  public static final String ORGANISER = "organiser";
  public static final String PERSON = "person";
  public static final String ORGANISATION = "organisation";
  public static final String MUNICIPALITY = "municipality";
  /**
   * On a passage that is a talk of a programme: its title (stored, and a sorted doc value, which
   * is also how a search keeps to talks), its time slot ("09.30–10.15", stored), and the people
   * giving it.
   */
  public static final String TALK_TITLE = "talk_title";
  public static final String TALK_TIME = "talk_time";
  /**
   * On a passage: the other way of writing each organisation it names by acronym or full name
   * only ("Kommunernes Landsforening" where it says "KL"); Danish text, not stored, searched
   * beside the text so either finds both. On a report: the acronyms it defines, stored as
   * "KL = Kommunernes Landsforening", and those it uses as the rest of the corpus defines them.
   */
  public static final String ALIASES = "aliases";
  public static final String ACRONYMS = "acronyms";
  public static final String ACRONYMS_FROM_CORPUS = "acronyms_from_corpus";
  public static final String SPEAKER = "speaker";
  public static final String FORMAT = "format";
  public static final String LANGUAGE = "language";
  public static final String PUBLISHER = "publisher";
  public static final String PLACE = "place";
  public static final String AUTHOR = "author";
  /** What the document says it is about (an HTML page's meta description, a file's subject); stored only. */
  public static final String DESCRIPTION = "description";
  public static final String MEDIA_TYPE = "media_type";
  public static final String PAGE_COUNT = "page_count";
  public static final String SOURCE = "source";
  public static final String URL = "url";
  /** The text audit of a report: characters extracted, and each removed piece with its reason (stored only). */
  public static final String EXTRACTED_CHARS = "extracted_chars";
  public static final String REMOVED_TEXT = "removed_text";
  public static final String REMOVED_REASON = "removed_reason";
  public static final String PASSAGE_DATES = "dates";

  /** ISO date (yyyy-mm-dd) stored; DATE_DAY holds it as epoch day for ranges and sorting. */
  public static final String DATE = "date";
  public static final String DATE_DAY = "date_day";
  public static final String UPDATED = "updated";

  /** Facet dimensions, counted over passages. */
  public static final List<String> FACETS =
      List.of(CONFERENCE, YEAR, ORGANISER, PERSON, SPEAKER, ORGANISATION, MUNICIPALITY, FORMAT, LANGUAGE);

  private static final Set<String> MULTI_VALUED_FACETS = Set.of(PERSON, SPEAKER, ORGANISATION, MUNICIPALITY);

  /** Full-text fields, analysed as Danish; every other indexed field is matched exactly. */
  public static final List<String> DANISH_TEXT_FIELDS = List.of(TEXT, TITLE, ALIASES);

  /** The analyzer for writing: Danish on text fields (compounds with their parts), exact elsewhere. */
  public static Analyzer analyzer() {
    return perField(new DanishTextAnalyzer(true, null));
  }

  /**
   * The analyzer for parsing queries: the same chain, but a compound in a query stays whole, so
   * "sprogundervisning" finds that word and not everything else about "sprog"; synonyms
   * (may be null) widen it.
   */
  public static Analyzer queryAnalyzer(SynonymMap synonyms) {
    return perField(new DanishTextAnalyzer(false, synonyms));
  }

  private static Analyzer perField(Analyzer danish) {
    return new PerFieldAnalyzerWrapper(
        new KeywordAnalyzer(), Map.of(TEXT, danish, TITLE, danish, ALIASES, danish, SPELL, new WordsAnalyzer(),
            TEXT_PAIRS, new WordPairsAnalyzer()));
  }

  public static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    for (String dim : MULTI_VALUED_FACETS) {
      config.setMultiValued(dim, true);
    }
    return config;
  }

  /** The report documents: one per file, the last of its block. */
  public static Query reportsOnly() {
    return new TermQuery(new Term(TYPE, TYPE_REPORT));
  }

  /** The passage documents: what is searched, counted and faceted. */
  public static Query passagesOnly() {
    return new TermQuery(new Term(TYPE, TYPE_PASSAGE));
  }

  /** Documents dated from {@code from} to {@code to}, both days included; empty: unbounded on that side. */
  public static Query dated(Optional<LocalDate> from, Optional<LocalDate> to) {
    return LongPoint.newRangeQuery(DATE_DAY, from.map(LocalDate::toEpochDay).orElse(Long.MIN_VALUE),
        to.map(LocalDate::toEpochDay).orElse(Long.MAX_VALUE));
  }

  /** Newest first by the report's date; undated documents last. */
  public static SortField newestFirst() {
    SortField field = new SortField(DATE_DAY, SortField.Type.LONG, true);
    field.setMissingValue(Long.MIN_VALUE);
    return field;
  }

  /** The report id: the order that makes a sort total, for ties and cursors. */
  public static SortField reportOrder() {
    return new SortField(REPORT_ID, SortField.Type.STRING);
  }
}
