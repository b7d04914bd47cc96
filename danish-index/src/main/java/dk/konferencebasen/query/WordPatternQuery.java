package dk.konferencebasen.query;

import dk.konferencebasen.analysis.TokenTypes;
import dk.konferencebasen.schema.IndexSchema;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * A word with * or ? in a Danish text field. The field holds lemmas and stems ("frivillige" is
 * indexed as "frivil"), so the pattern as typed ("frivillig*") would miss the very words it was
 * typed for. It is therefore also matched against the words as the texts write them (the
 * spelling field), and each word found is analysed as the text was, to the terms the field has;
 * the field's own terms that match count too ("integrat*" finds "integration"). All of them
 * match as one word (Lucene's SynonymQuery), and a hit is highlighted and found by the
 * concordance where any of them stands.
 */
final class WordPatternQuery extends Query {
  private static final Analyzer AS_INDEXED = IndexSchema.analyzer();

  private final MultiTermQuery inField;
  private final MultiTermQuery asWritten;

  /** @param inField the pattern on the Danish field; {@code asWritten} the same on the spelling field */
  WordPatternQuery(MultiTermQuery inField, MultiTermQuery asWritten) {
    this.inField = inField;
    this.asWritten = asWritten;
  }

  @Override
  public Query rewrite(IndexSearcher searcher) throws IOException {
    IndexReader reader = searcher.getIndexReader();
    String field = inField.getField();
    Map<BytesRef, Integer> terms = new HashMap<>();
    Consumer<BytesRef> add = term -> terms.computeIfAbsent(BytesRef.deepCopyOf(term), t -> docFreq(reader, field, t));
    // no more words of either than QueryLimits lets a pattern expand to
    QueryLimits.forEachWord(reader, inField, QueryLimits.MAX_EXPANSIONS, add);
    QueryLimits.forEachWord(reader, asWritten, QueryLimits.MAX_EXPANSIONS,
        word -> analysed(field, word.utf8ToString(), add));
    SynonymQuery.Builder anyOf = new SynonymQuery.Builder(field);
    terms.entrySet().stream()
        .filter(t -> t.getValue() > 0)
        .sorted(Map.Entry.<BytesRef, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(QueryLimits.MAX_EXPANSIONS)
        .forEach(t -> anyOf.addTerm(new Term(field, t.getKey())));
    SynonymQuery query = anyOf.build();
    // Matching nothing, it still asks for the field's statistics, as a term no text has (the
    // pattern itself): in a cluster each shard expands the pattern on its own, and a shard that
    // finds no word must still count its passages into the statistics the shards share.
    return query.getTerms().isEmpty() ? new TermQuery(new Term(field, inField.toString(field))) : query;
  }

  /** The whole-word terms (not compound parts) the field's analyzer makes of a word. */
  private static void analysed(String field, String word, Consumer<BytesRef> found) {
    try (TokenStream tokens = AS_INDEXED.tokenStream(field, word)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()) {
        if (term.length() > 0 && term.charAt(0) != TokenTypes.PART_MARKER) {
          found.accept(new BytesRef(term));
        }
      }
      tokens.end();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e); // a string reader does not fail
    }
  }

  private static int docFreq(IndexReader reader, String field, BytesRef term) {
    try {
      return reader.docFreq(new Term(field, term));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** As the pattern on the field: what limits and the highlighter see before it is rewritten. */
  @Override
  public void visit(QueryVisitor visitor) {
    inField.visit(visitor.getSubVisitor(BooleanClause.Occur.MUST, this));
  }

  @Override
  public String toString(String field) {
    return inField.toString(field);
  }

  @Override
  public boolean equals(Object other) {
    return sameClassAs(other) && inField.equals(((WordPatternQuery) other).inField)
        && asWritten.equals(((WordPatternQuery) other).asWritten);
  }

  @Override
  public int hashCode() {
    return Objects.hash(classHash(), inField, asWritten);
  }
}
