package dk.konferencebasen.search;

import dk.konferencebasen.query.ContentWords;
import dk.konferencebasen.schema.IndexSchema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;

/**
 * Finds where a query matched in passage texts, as character offsets, from the offsets stored in
 * the postings (Lucene's Matches API), so a lemma, a compound part, a synonym or a phrase shows
 * as the words the text actually has. Offsets rather than marked-up text, so that the JSON API
 * (HTML with {@code <mark>}) and the terminal (colour) each format them safely their own way.
 *
 * <p>One weight serves every passage: Lucene's UnifiedHighlighter rewrote the query and built a
 * weight again for each passage, a tenth of a broad search's time on a million passages.
 *
 * <p>The weight is built from the query's parts on the text field alone, any of them: the passage
 * already matched the whole query, and only where its text matched is wanted. Asked of the whole
 * query, every title and filter clause positioned its postings on each passage too, half the
 * work of highlighting a several-word search.
 */
public final class MatchHighlighter {
  private final List<LeafReaderContext> leaves;
  private final Weight weight;

  /** @param rewritten the query as {@link IndexSearcher#rewrite} left it */
  public MatchHighlighter(IndexSearcher searcher, Query rewritten) throws IOException {
    this.leaves = searcher.getIndexReader().leaves();
    this.weight = searcher.createWeight(partsOnText(rewritten), ScoreMode.COMPLETE_NO_SCORES, 1f);
  }

  /**
   * Any one of the query's term, phrase and synonym parts on the text field; parts that must not
   * match are left out, as they mark nothing.
   */
  public static Query partsOnText(Query query) {
    Set<Query> parts = new LinkedHashSet<>();
    query.visit(new QueryVisitor() {
      @Override
      public boolean acceptField(String field) {
        return IndexSchema.TEXT.equals(field);
      }

      @Override
      public void consumeTerms(Query part, Term... terms) {
        parts.add(part);
      }

      @Override
      public void consumeTermsMatching(Query part, String field, Supplier<ByteRunAutomaton> automaton) {
        parts.add(part);
      }

      @Override
      public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
        return occur == BooleanClause.Occur.MUST_NOT ? EMPTY_VISITOR : this;
      }
    });
    // stop words are marked only inside a phrase, unless the query has nothing else
    if (parts.stream().anyMatch(part -> !ContentWords.isStopWord(part))) {
      parts.removeIf(ContentWords::isStopWord);
    }
    BooleanQuery.Builder anyPart = new BooleanQuery.Builder();
    parts.forEach(part -> anyPart.add(part, BooleanClause.Occur.SHOULD));
    return anyPart.build();
  }

  /** The matches in the text of a passage (index-wide doc id); empty when only its title matched. */
  public List<Match> matches(int doc) throws IOException {
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    return inText(weight.matches(leaf, doc - leaf.docBase));
  }

  /** Same, for a doc id within the leaf. */
  public List<Match> matches(LeafReaderContext leaf, int docInLeaf) throws IOException {
    return inText(weight.matches(leaf, docInLeaf));
  }

  /**
   * The text offsets of the matches, in order. Overlapping matches (a phrase and one of its
   * words, or a word found both as typed and as a synonym) count as one: the first and longest.
   */
  private static List<Match> inText(Matches matches) throws IOException {
    List<Match> spans = new ArrayList<>();
    MatchesIterator it = matches == null ? null : matches.getMatches(IndexSchema.TEXT);
    if (it == null) {
      return spans;
    }
    while (it.next()) {
      if (it.startOffset() >= 0 && it.endOffset() > it.startOffset()) {
        spans.add(new Match(it.startOffset(), it.endOffset()));
      }
    }
    spans.sort(Comparator.comparingInt(Match::start).thenComparing(Comparator.comparingInt(Match::end).reversed()));
    List<Match> merged = new ArrayList<>(spans.size());
    int end = -1;
    for (Match span : spans) {
      if (span.start() >= end) {
        merged.add(span);
        end = span.end();
      }
    }
    return merged;
  }
}
