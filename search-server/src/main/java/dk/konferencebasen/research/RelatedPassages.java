package dk.konferencebasen.research;

import static dk.konferencebasen.schema.IndexSchema.*;

import dk.konferencebasen.analysis.TokenTypes;
import dk.konferencebasen.query.Filters;
import dk.konferencebasen.schema.StoredPassage;
import dk.konferencebasen.schema.StoredReport;
import dk.konferencebasen.search.ReportBlocks;
import dk.konferencebasen.search.SameTextMembers;
import dk.konferencebasen.search.Snapshot;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BytesRef;

/**
 * "More like this" for a passage or a report: the distinctive words of its text (Lucene's
 * MoreLikeThis: frequent in the text, rare in the index) make a query over the passages of
 * every other report (not of the other files with the same text). The text is analysed as the index was, but without the parts of
 * compounds, so the words that explain a hit are words a reader recognises.
 */
final class RelatedPassages {
  static final int MAX_TERMS = 20;
  static final int EXCERPT_CHARS = 240;
  /** A word must occur in another passage too, or it cannot relate anything. */
  private static final int MIN_DOC_FREQ = 2;
  private static final int MIN_WORD_CHARS = 3;
  private static final Analyzer WHOLE_WORDS = wholeWords(analyzer());
  private static final Set<String> SOURCE_FIELDS = Set.of(ID, REPORT_ID, TEXT, BODY);
  private static final Set<String> HIT_FIELDS = Set.of(ID, REPORT_ID, ORDINAL, TEXT, CONFERENCE, DATE, YEAR, ORGANISER);

  private RelatedPassages() {}

  /** Empty when no passage or report has the id. */
  static Optional<RelatedResult> find(Snapshot snapshot, String id, Filters filters, int limit) throws IOException {
    ScoreDoc[] source = snapshot.search(new TermQuery(new Term(ID, id)), 1).scoreDocs;
    if (source.length == 0) {
      return Optional.empty();
    }
    Document origin = snapshot.storedFields().document(source[0].doc, SOURCE_FIELDS);
    String reportId = origin.get(REPORT_ID);
    // a passage, or a whole report
    String text = origin.get(TEXT) != null ? origin.get(TEXT) : origin.get(BODY);

    MoreLikeThis mlt = new MoreLikeThis(snapshot.getIndexReader());
    mlt.setAnalyzer(WHOLE_WORDS);
    mlt.setFieldNames(new String[] {TEXT});
    mlt.setMinTermFreq(1); // a passage is short: a word said once may be what it is about
    mlt.setMinDocFreq(MIN_DOC_FREQ);
    mlt.setMinWordLen(MIN_WORD_CHARS);
    mlt.setMaxQueryTerms(MAX_TERMS);
    mlt.setStopWords(DanishAnalyzer.getDefaultStopSet());
    List<String> terms = List.of(mlt.retrieveInterestingTerms(new StringReader(text == null ? "" : text), TEXT));
    if (terms.isEmpty()) {
      return Optional.of(new RelatedResult(id, reportId, terms, terms, 0, List.of(), snapshot.commit()));
    }
    Map<String, String> written = writtenForms(text);
    Query like = mlt.like(TEXT, new StringReader(text));
    BooleanQuery.Builder others = new BooleanQuery.Builder()
        .add(filters.passagesMatching(like), Occur.MUST)
        .add(new TermQuery(new Term(REPORT_ID, reportId)), Occur.MUST_NOT);
    // Another file with the same text is not another report: its passages would top the list.
    OptionalLong group = SameTextMembers.key(snapshot.getIndexReader(), source[0].doc);
    if (group.isPresent()) {
      List<BytesRef> copies = new ArrayList<>();
      SameTextMembers.of(snapshot, List.of(group.getAsLong())).getOrDefault(group.getAsLong(), List.of())
          .forEach(m -> copies.add(new BytesRef(m.report().id())));
      others.add(new TermInSetQuery(REPORT_ID, copies), Occur.MUST_NOT);
    }
    TopDocs top = snapshot.search(others.build(), limit);
    Weight explainer = snapshot.createWeight(snapshot.rewrite(like), ScoreMode.COMPLETE_NO_SCORES, 1f);
    ReportBlocks reports = new ReportBlocks(Set.of(TITLE));
    List<LeafReaderContext> leaves = snapshot.getIndexReader().leaves();
    List<RelatedResult.Hit> hits = new ArrayList<>(top.scoreDocs.length);
    for (ScoreDoc hit : top.scoreDocs) {
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
      int doc = hit.doc - leaf.docBase;
      reports.leaf(leaf);
      StoredPassage p = new StoredPassage(leaf.reader().storedFields().document(doc, HIT_FIELDS));
      hits.add(new RelatedResult.Hit(p.id(), p.reportId(), p.ordinal(), hit.score,
          new StoredReport(reports.report(doc)).title(), p.conference().orElse(null), p.date().orElse(null),
          p.year().orElse(null), p.organiser().orElse(null), excerpt(p.text()), shared(explainer.matches(leaf, doc)),
          List.of()));
    }
    hits.replaceAll(h -> new RelatedResult.Hit(h.id(), h.reportId(), h.ordinal(), h.score(), h.title(), h.conference(),
        h.date(), h.year(), h.organiser(), h.excerpt(), h.sharedTerms(), asWritten(h.sharedTerms(), written)));
    return Optional.of(new RelatedResult(id, reportId, terms, asWritten(terms, written), top.totalHits.value(), hits,
        snapshot.commit()));
  }

  /**
   * Each term of the text with the word the text first writes it as: "kasp" (the analyzer's stem
   * of an unknown name) is shown as "Kasper", a lemma as the form the passage uses.
   */
  private static Map<String, String> writtenForms(String text) throws IOException {
    Map<String, String> written = new java.util.HashMap<>();
    try (org.apache.lucene.analysis.TokenStream tokens = WHOLE_WORDS.tokenStream(TEXT, text)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      org.apache.lucene.analysis.tokenattributes.OffsetAttribute offset =
          tokens.addAttribute(org.apache.lucene.analysis.tokenattributes.OffsetAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()) {
        written.putIfAbsent(term.toString(), text.substring(offset.startOffset(), offset.endOffset()));
      }
      tokens.end();
    }
    return written;
  }

  private static List<String> asWritten(List<String> terms, Map<String, String> written) {
    Set<String> words = new LinkedHashSet<>();
    terms.forEach(t -> words.add(written.getOrDefault(t, t)));
    return List.copyOf(words);
  }

  /** The words of the "like" query a hit contains, from the queries that matched in it. */
  private static List<String> shared(Matches matches) throws IOException {
    Set<String> words = new LinkedHashSet<>();
    MatchesIterator it = matches == null ? null : matches.getMatches(TEXT);
    while (it != null && it.next()) {
      if (it.getQuery() instanceof TermQuery term) {
        words.add(term.getTerm().text());
      }
    }
    return List.copyOf(words);
  }

  static String excerpt(String text) {
    String flat = text.strip().replaceAll("\\s+", " ");
    if (flat.length() <= EXCERPT_CHARS) {
      return flat;
    }
    int cut = flat.lastIndexOf(' ', EXCERPT_CHARS);
    return flat.substring(0, cut > EXCERPT_CHARS / 2 ? cut : EXCERPT_CHARS) + " …";
  }

  /** The index analyzer without compound parts (they carry TokenTypes.PART_MARKER). */
  private static Analyzer wholeWords(Analyzer indexAnalyzer) {
    return new AnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
      @Override
      protected Analyzer getWrappedAnalyzer(String fieldName) {
        return indexAnalyzer;
      }

      @Override
      protected TokenStreamComponents wrapComponents(String fieldName, TokenStreamComponents components) {
        return new TokenStreamComponents(components.getSource(), new FilteringTokenFilter(components.getTokenStream()) {
          private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

          @Override
          protected boolean accept() {
            return term.length() == 0 || term.charAt(0) != TokenTypes.PART_MARKER;
          }
        });
      }
    };
  }
}
