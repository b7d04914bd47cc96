package dk.konferencebasen.search;

import dk.konferencebasen.query.TextMatches;
import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;

/**
 * Finds where a query matched in passage texts, as character offsets, from the offsets stored in
 * the postings (Lucene's Matches API, {@link TextMatches}), so a lemma, a compound part, a synonym
 * or a phrase shows as the words the text actually has. Offsets rather than marked-up text, so
 * that the JSON API (HTML with {@code <mark>}) and the terminal (colour) each format them safely
 * their own way.
 *
 * <p>One weight serves every passage: Lucene's UnifiedHighlighter rewrote the query and built a
 * weight again for each passage, a tenth of a broad search's time on a million passages. The
 * weight is built from the query's parts on the text field alone ({@link TextMatches#partsOnText}):
 * asked of the whole query, every title and filter clause positioned its postings on each passage
 * too, half the work of highlighting a several-word search.
 */
public final class MatchHighlighter {
  private final List<LeafReaderContext> leaves;
  private final Weight weight;

  /** @param rewritten the query as {@link IndexSearcher#rewrite} left it */
  public MatchHighlighter(IndexSearcher searcher, Query rewritten) throws IOException {
    this.leaves = searcher.getIndexReader().leaves();
    this.weight = searcher.createWeight(TextMatches.partsOnText(rewritten), ScoreMode.COMPLETE_NO_SCORES, 1f);
  }

  /** The matches in the text of a passage (index-wide doc id); empty when only its title matched. */
  public List<Match> matches(int doc) throws IOException {
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    return matches(leaf, doc - leaf.docBase);
  }

  /** Same, for a doc id within the leaf. */
  public List<Match> matches(LeafReaderContext leaf, int docInLeaf) throws IOException {
    return TextMatches.inText(weight.matches(leaf, docInLeaf)).stream().map(s -> new Match(s.start(), s.end())).toList();
  }
}
