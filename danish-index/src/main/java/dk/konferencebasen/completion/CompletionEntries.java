package dk.konferencebasen.completion;

import dk.konferencebasen.schema.IndexSchema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.BytesRef;

/** The completions one index commit offers: every report title, every name with its count, the frequent words. */
public final class CompletionEntries {
  /** Frequent words offered as completions; rarer ones are found by searching anyway. */
  public static final int MAX_TERMS = 20_000;
  private static final int MIN_TERM_DOCS = 2;
  private static final int MIN_TERM_CHARS = 3;

  private CompletionEntries() {}

  /** @param facets the index's facet state; null when no passage has a facet value yet */
  public static List<CompletionEntry> of(IndexSearcher index, SortedSetDocValuesReaderState facets) throws IOException {
    List<CompletionEntry> entries = new ArrayList<>();
    addTitles(index, entries);
    if (facets != null) {
      addNames(facets, entries);
    }
    addFrequentWords(index, entries);
    return entries;
  }

  private static void addTitles(IndexSearcher index, List<CompletionEntry> entries) throws IOException {
    int reports = Math.max(1, index.count(IndexSchema.reportsOnly()));
    for (ScoreDoc hit : index.search(IndexSchema.reportsOnly(), reports).scoreDocs) {
      Document doc = index.storedFields().document(hit.doc, Set.of(IndexSchema.TITLE));
      if (doc.get(IndexSchema.TITLE) != null) {
        entries.add(new CompletionEntry(doc.get(IndexSchema.TITLE), CompletionEntry.TITLE, 1));
      }
    }
  }

  private static void addNames(SortedSetDocValuesReaderState facets, List<CompletionEntry> entries) throws IOException {
    SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(facets);
    for (String dim : List.of(IndexSchema.PERSON, IndexSchema.ORGANISATION, IndexSchema.MUNICIPALITY)) {
      FacetResult all;
      try {
        all = counts.getAllChildren(dim);
      } catch (IllegalArgumentException dimensionNotInIndex) {
        continue;
      }
      if (all != null) {
        for (LabelAndValue lv : all.labelValues) {
          entries.add(new CompletionEntry(lv.label, dim, lv.value.longValue()));
        }
      }
    }
  }

  private static void addFrequentWords(IndexSearcher index, List<CompletionEntry> entries) throws IOException {
    Terms terms = MultiTerms.getTerms(index.getIndexReader(), IndexSchema.SPELL);
    if (terms == null) {
      return;
    }
    PriorityQueue<CompletionEntry> top = new PriorityQueue<>((a, b) -> Long.compare(a.count(), b.count()));
    TermsEnum words = terms.iterator();
    for (BytesRef word = words.next(); word != null; word = words.next()) {
      int docs = words.docFreq();
      if (docs < MIN_TERM_DOCS || word.length < MIN_TERM_CHARS) {
        continue;
      }
      String text = word.utf8ToString();
      if (text.codePointCount(0, text.length()) < MIN_TERM_CHARS || !text.chars().allMatch(Character::isLetter)) {
        continue;
      }
      top.add(new CompletionEntry(text, CompletionEntry.TERM, docs));
      if (top.size() > MAX_TERMS) {
        top.poll();
      }
    }
    entries.addAll(top);
  }
}
