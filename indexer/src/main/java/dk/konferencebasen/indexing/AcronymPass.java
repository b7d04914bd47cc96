package dk.konferencebasen.indexing;

import static dk.konferencebasen.schema.IndexSchema.*;

import dk.konferencebasen.schema.AcronymPairs;
import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
  /** The corpus's pairs, and the reports to build again with them: path → the content hash stored with it. */
  record Outcome(AcronymPairs corpus, Map<String, String> stale) {}

  private static final Set<String> FIELDS = Set.of(PATH, CONTENT_HASH, ORGANISATION, ACRONYMS, ACRONYMS_FROM_CORPUS);

  private AcronymPass() {}

  static Outcome run(IndexWriter writer) throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      AcronymPairs corpus = corpusPairs(reader);
      // the reports that name an organisation of a pair, or were built with pairs from the corpus
      BitSet candidates = new BitSet();
      for (Map.Entry<String, String> pair : corpus.names().entrySet()) {
        candidates.or(docsWith(reader, ORGANISATION, pair.getKey()));
        candidates.or(docsWith(reader, ORGANISATION, pair.getValue()));
      }
      for (String pair : terms(reader, ACRONYMS_FROM_CORPUS)) {
        candidates.or(docsWith(reader, ACRONYMS_FROM_CORPUS, pair));
      }
      candidates.and(docsWith(reader, TYPE, TYPE_REPORT));
      Map<String, String> stale = new LinkedHashMap<>();
      StoredFields stored = reader.storedFields();
      for (int doc = candidates.nextSetBit(0); doc >= 0; doc = candidates.nextSetBit(doc + 1)) {
        Document report = stored.document(doc, FIELDS);
        Set<String> defined = AcronymPairs.fromStored(List.of(report.getValues(ACRONYMS))).names().keySet();
        Set<String> wanted = Set.copyOf(corpus.usedBy(List.of(report.getValues(ORGANISATION)), defined).stored());
        if (!wanted.equals(Set.of(report.getValues(ACRONYMS_FROM_CORPUS)))) {
          stale.put(report.get(PATH), report.get(CONTENT_HASH));
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

  /** The pairs defined by live reports (a term of a deleted report may linger until a merge). */
  private static AcronymPairs corpusPairs(IndexReader reader) throws IOException {
    List<String> live = new ArrayList<>();
    for (String pair : terms(reader, ACRONYMS)) {
      if (!docsWith(reader, ACRONYMS, pair).isEmpty()) {
        live.add(pair);
      }
    }
    return AcronymPairs.corpusWide(live);
  }

  /** Every value of an exact field in the index. */
  private static List<String> terms(IndexReader reader, String field) throws IOException {
    List<String> values = new ArrayList<>();
    Terms terms = MultiTerms.getTerms(reader, field);
    if (terms != null) {
      TermsEnum each = terms.iterator();
      for (BytesRef value = each.next(); value != null; value = each.next()) {
        values.add(value.utf8ToString());
      }
    }
    return values;
  }

  /** The live documents (index-wide ids) with this exact value. */
  private static BitSet docsWith(IndexReader reader, String field, String value) throws IOException {
    BitSet docs = new BitSet();
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
    return docs;
  }
}
