package dk.konferencebasen.query;

import dk.konferencebasen.schema.IndexSchema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * Where a query matched in a passage's text, read from the offsets in the postings (Lucene's
 * Matches API): the embedded server's highlighting and the OpenSearch plugin's highlighter both
 * mark exactly these words.
 */
public final class TextMatches {
  /** [start, end) in characters of the passage text. */
  public record Span(int start, int end) {}

  private TextMatches() {}

  /**
   * Any one of the query's term, phrase and synonym parts on the text field; parts that must not
   * match are left out, as they mark nothing. The passage already matched the whole query; only
   * where its text matched is wanted, so title and filter clauses need not be positioned.
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

  /**
   * The text offsets of the matches, in order. Overlapping matches (a phrase and one of its
   * words, or a word found both as typed and as a synonym) count as one: the first and longest.
   */
  public static List<Span> inText(Matches matches) throws IOException {
    List<Span> spans = new ArrayList<>();
    MatchesIterator it = matches == null ? null : matches.getMatches(IndexSchema.TEXT);
    if (it == null) {
      return spans;
    }
    while (it.next()) {
      if (it.startOffset() >= 0 && it.endOffset() > it.startOffset()) {
        spans.add(new Span(it.startOffset(), it.endOffset()));
      }
    }
    spans.sort(Comparator.comparingInt(Span::start).thenComparing(Comparator.comparingInt(Span::end).reversed()));
    List<Span> merged = new ArrayList<>(spans.size());
    int end = -1;
    for (Span span : spans) {
      if (span.start() >= end) {
        merged.add(span);
        end = span.end();
      }
    }
    return merged;
  }
}
