package dk.konferencebasen.search;

import dk.konferencebasen.schema.IndexSchema;
import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

/**
 * Finds where a query matched in passage texts, as character offsets, using the offsets stored
 * in the postings. Offsets rather than marked-up text, so that the JSON API (HTML with
 * {@code <mark>}) and the terminal (colour) each format them safely their own way.
 */
final class MatchHighlighter extends UnifiedHighlighter {
  /** Keeps the match offsets of the single whole-text passage. */
  private static final PassageFormatter OFFSETS = new PassageFormatter() {
    @Override
    public Object format(Passage[] passages, String content) {
      List<Match> matches = new ArrayList<>();
      for (Passage passage : passages) {
        for (int i = 0; i < passage.getNumMatches(); i++) {
          matches.add(new Match(passage.getMatchStarts()[i], passage.getMatchEnds()[i]));
        }
      }
      return matches;
    }
  };

  MatchHighlighter(IndexSearcher searcher) {
    super(UnifiedHighlighter.builder(searcher, IndexSchema.analyzer())
        .withBreakIterator(() -> (BreakIterator) new WholeBreakIterator())
        .withFormatter(OFFSETS)
        .withMaxLength(Integer.MAX_VALUE - 1)
        .withMaxNoHighlightPassages(0));
  }

  /** For each doc id, the matches in its passage text (empty when only the title matched). */
  @SuppressWarnings("unchecked")
  List<List<Match>> matches(Query query, int[] docIds) throws IOException {
    Map<String, Object[]> byField = highlightFieldsAsObjects(
        new String[] {IndexSchema.TEXT}, query, docIds, new int[] {1});
    Object[] perDoc = byField.get(IndexSchema.TEXT);
    List<List<Match>> result = new ArrayList<>(docIds.length);
    for (int i = 0; i < docIds.length; i++) {
      result.add(perDoc == null || perDoc[i] == null ? List.of() : (List<Match>) perDoc[i]);
    }
    return result;
  }
}
