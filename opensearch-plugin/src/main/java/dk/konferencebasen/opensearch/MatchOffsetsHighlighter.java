package dk.konferencebasen.opensearch;

import dk.konferencebasen.query.TextMatches;
import dk.konferencebasen.schema.IndexSchema;
import java.io.IOException;
import java.util.stream.Collectors;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.opensearch.core.common.text.Text;
import org.opensearch.index.mapper.MappedFieldType;
import org.opensearch.search.fetch.subphase.highlight.FieldHighlightContext;
import org.opensearch.search.fetch.subphase.highlight.HighlightField;
import org.opensearch.search.fetch.subphase.highlight.Highlighter;

/**
 * {@code "type": "konferencebasen"}: where the query matched in a passage's text, found as the
 * embedded server finds it ({@link TextMatches}: the Matches API on the offsets in the postings),
 * answered as offsets ("12-16 40-47") for the client to mark up — not OpenSearch's unified
 * highlighter, which marks every word of a phrase or synonym that did not match as a whole.
 */
final class MatchOffsetsHighlighter implements Highlighter {
  static final String NAME = "konferencebasen";

  private record ReaderWeight(IndexReader reader, Weight weight) {}

  @Override
  public boolean canHighlight(MappedFieldType fieldType) {
    return IndexSchema.TEXT.equals(fieldType.name());
  }

  @Override
  public HighlightField highlight(FieldHighlightContext context) throws IOException {
    // Once per shard reader and search: the query's text parts, rewritten against the reader the
    // hit comes from — a weight answers matches only for leaves of the reader it was built on.
    IndexReader reader = context.hitContext.topLevelReader();
    Weight weight = context.cache.get(NAME) instanceof ReaderWeight cached && cached.reader() == reader ? cached.weight() : null;
    if (weight == null) {
      IndexSearcher searcher = new IndexSearcher(reader);
      weight = searcher.createWeight(TextMatches.partsOnText(searcher.rewrite(context.query)), ScoreMode.COMPLETE_NO_SCORES, 1f);
      context.cache.put(NAME, new ReaderWeight(reader, weight));
    }
    String offsets = TextMatches.inText(weight.matches(context.hitContext.readerContext(), context.hitContext.docId()))
        .stream().map(span -> span.start() + "-" + span.end()).collect(Collectors.joining(" "));
    return new HighlightField(context.fieldName, new Text[] {new Text(offsets)});
  }
}
