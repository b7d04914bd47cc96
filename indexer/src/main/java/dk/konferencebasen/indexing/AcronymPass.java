package dk.konferencebasen.indexing;

import static dk.konferencebasen.schema.IndexSchema.*;

import dk.konferencebasen.entities.AcronymPairs;
import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * Acronyms learned from the corpus: "Kommunernes Landsforening (KL)" in one report makes "KL" in
 * every other report that organisation too, one value in the facets, and each form finds the
 * other. The report builder applies its own definitions and the corpus's as the index knew them
 * when the run began; this pass, at the end of every run, finds the reports built with pairs that
 * are no longer the corpus's (a defining report came, went or changed its definition), and the
 * indexer builds those again.
 *
 * <p>Why over the whole index, every run, as {@link SameTextPass}: the pairs a report needs depend
 * on other reports. It reads only the terms of the pair fields and the reports that name an
 * organisation of a pair, so a run with nothing new costs little. One pass settles it: building a
 * report again changes what it uses, never what it defines.
 */
final class AcronymPass {
  /** The corpus's pairs, and the paths of the reports to build again with them. */
  record Outcome(AcronymPairs corpus, List<String> stale) {}

  private static final Set<String> FIELDS = Set.of(PATH, ORGANISATION, ACRONYMS, ACRONYMS_FROM_CORPUS);

  private AcronymPass() {}

  static Outcome run(IndexWriter writer) throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      AcronymPairs corpus = corpusPairs(reader);
      BitSet reports = docsWith(reader, TYPE, TYPE_REPORT);
      BitSet candidates = new BitSet();
      corpus.names().forEach((acronym, name) -> {
        candidates.or(docsWith(reader, ORGANISATION, acronym));
        candidates.or(docsWith(reader, ORGANISATION, name));
      });
      for (String pair : liveTerms(reader, ACRONYMS_FROM_CORPUS)) {
        candidates.or(docsWith(reader, ACRONYMS_FROM_CORPUS, pair));
      }
      candidates.and(reports);
      List<String> stale = new ArrayList<>();
      StoredFields stored = reader.storedFields();
      for (int doc = candidates.nextSetBit(0); doc >= 0; doc = candidates.nextSetBit(doc + 1)) {
        Document report = stored.document(doc, FIELDS);
        Set<String> defined = AcronymPairs.fromStored(List.of(report.getValues(ACRONYMS))).names().keySet();
        Set<String> wanted = Set.copyOf(corpus.usedBy(List.of(report.getValues(ORGANISATION)), defined).stored());
        if (!wanted.equals(Set.of(report.getValues(ACRONYMS_FROM_CORPUS)))) {
          stale.add(report.get(PATH));
        }
      }
      return new Outcome(corpus, stale);
    }
  }

  /** The pairs the reports of the index define, as of now. */
  static AcronymPairs corpusPairs(IndexWriter writer) throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      return corpusPairs(reader);
    }
  }

  private static AcronymPairs corpusPairs(IndexReader reader) throws IOException {
    return AcronymPairs.corpusWide(liveTerms(reader, ACRONYMS));
  }

  /** The values of an exact field that some live document still has. */
  private static List<String> liveTerms(IndexReader reader, String field) throws IOException {
    List<String> values = new ArrayList<>();
    Terms terms = MultiTerms.getTerms(reader, field);
    if (terms == null) {
      return values;
    }
    TermsEnum each = terms.iterator();
    for (BytesRef value = each.next(); value != null; value = each.next()) {
      String text = value.utf8ToString();
      if (!docsWith(reader, field, text).isEmpty()) {
        values.add(text);
      }
    }
    return values;
  }

  /** The live documents (index-wide ids) with this exact value. */
  private static BitSet docsWith(IndexReader reader, String field, String value) {
    BitSet docs = new BitSet();
    try {
      for (LeafReaderContext leaf : reader.leaves()) {
        PostingsEnum postings = leaf.reader().postings(new Term(field, value), PostingsEnum.NONE);
        if (postings == null) {
          continue;
        }
        Bits live = leaf.reader().getLiveDocs();
        for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
          if (live == null || live.get(doc)) {
            docs.set(leaf.docBase + doc);
          }
        }
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return docs;
  }
}
