package dk.konferencebasen.search;

import dk.konferencebasen.analysis.WordsAnalyzer;
import dk.konferencebasen.schema.IndexSchema;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.PriorityQueue;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.suggest.InputIterator;
import org.apache.lucene.search.suggest.Lookup;
import org.apache.lucene.search.suggest.analyzing.AnalyzingInfixSuggester;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * Completions for the search box, from one index snapshot: report titles, the people,
 * organisations and municipalities named, and the most frequent words. Any word of an entry may
 * be the one being typed ("samar…" finds "Det vigtige samarbejde på tværs"); more frequent
 * entries come first. Built in memory with Lucene's AnalyzingInfixSuggester on first use.
 */
final class Completions implements Closeable {
  /** Frequent words offered as completions; rarer ones are found by searching anyway. */
  static final int MAX_TERMS = 20_000;
  private static final int MIN_TERM_DOCS = 2;
  private static final int MIN_TERM_CHARS = 3;

  private record Entry(String text, String kind, long count) {}

  private final AnalyzingInfixSuggester suggester;

  private Completions(AnalyzingInfixSuggester suggester) {
    this.suggester = suggester;
  }

  static Completions build(Snapshot snapshot) throws IOException {
    List<Entry> entries = new ArrayList<>();
    addTitles(snapshot, entries);
    addEntities(snapshot, entries);
    addFrequentWords(snapshot.getIndexReader(), entries);
    AnalyzingInfixSuggester suggester =
        new AnalyzingInfixSuggester(new ByteBuffersDirectory(), new WordsAnalyzer(), new WordsAnalyzer(), 2, false);
    suggester.build(new Entries(entries));
    return new Completions(suggester);
  }

  List<Suggestion> lookup(String prefix, int limit) throws IOException {
    if (suggester.getCount() == 0) {
      return List.of();
    }
    List<Suggestion> found = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    // "Ålb" completes "Aalborg" as the search finds it; the spelling as typed comes first.
    // Ask for more than needed: the same text may come as a name and as a word.
    for (String spelling : spellings(prefix)) {
      for (Lookup.LookupResult result : suggester.lookup(spelling, limit * 3, true, false)) {
        String text = result.key.toString();
        String[] payload = result.payload.utf8ToString().split("\t");
        if (seen.add(text.toLowerCase(Locale.ROOT))) {
          found.add(new Suggestion(text, payload[0], Long.parseLong(payload[1])));
        }
      }
    }
    // "kasper" is not offered beside "Kasper Sonne": the name says more
    Set<String> nameWords = new HashSet<>();
    for (Suggestion s : found) {
      if (!s.kind().equals("term") && !s.kind().equals("title")) {
        for (String word : s.text().toLowerCase(Locale.ROOT).split("\\s+")) {
          nameWords.add(word);
        }
      }
    }
    List<Suggestion> out = new ArrayList<>();
    for (Suggestion s : found) {
      if (out.size() == limit) {
        break;
      }
      if (!(s.kind().equals("term") && nameWords.contains(s.text().toLowerCase(Locale.ROOT)))) {
        out.add(s);
      }
    }
    return out;
  }

  /** The prefix as typed, then in the other Danish spelling of å, æ and ø (aa, ae, oe) and back. */
  static List<String> spellings(String prefix) {
    String lower = prefix.toLowerCase(Locale.ROOT);
    Set<String> all = new java.util.LinkedHashSet<>();
    all.add(prefix);
    all.add(lower.replace("å", "aa").replace("æ", "ae").replace("ø", "oe"));
    all.add(lower.replace("aa", "å"));
    return List.copyOf(all);
  }

  @Override
  public void close() throws IOException {
    suggester.close();
  }

  private static void addTitles(Snapshot snapshot, List<Entry> entries) throws IOException {
    int reports = Math.max(1, snapshot.count(IndexSchema.reportsOnly()));
    for (ScoreDoc hit : snapshot.search(IndexSchema.reportsOnly(), reports).scoreDocs) {
      Document doc = snapshot.storedFields().document(hit.doc, Set.of(IndexSchema.TITLE));
      if (doc.get(IndexSchema.TITLE) != null) {
        entries.add(new Entry(doc.get(IndexSchema.TITLE), "title", 1));
      }
    }
  }

  private static void addEntities(Snapshot snapshot, List<Entry> entries) throws IOException {
    if (snapshot.facetState() == null) {
      return;
    }
    SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(snapshot.facetState());
    for (String dim : List.of(IndexSchema.PERSON, IndexSchema.ORGANISATION, IndexSchema.MUNICIPALITY)) {
      FacetResult all;
      try {
        all = counts.getAllChildren(dim);
      } catch (IllegalArgumentException dimensionNotInIndex) {
        continue;
      }
      if (all != null) {
        for (LabelAndValue lv : all.labelValues) {
          entries.add(new Entry(lv.label, dim, lv.value.longValue()));
        }
      }
    }
  }

  private static void addFrequentWords(IndexReader reader, List<Entry> entries) throws IOException {
    Terms terms = MultiTerms.getTerms(reader, IndexSchema.SPELL);
    if (terms == null) {
      return;
    }
    PriorityQueue<Entry> top = new PriorityQueue<>((a, b) -> Long.compare(a.count(), b.count()));
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
      top.add(new Entry(text, "term", docs));
      if (top.size() > MAX_TERMS) {
        top.poll();
      }
    }
    entries.addAll(top);
  }

  /** Feeds entries to the suggester: weight = count, payload = kind and count. */
  private static final class Entries implements InputIterator {
    private final Iterator<Entry> it;
    private Entry current;

    Entries(List<Entry> entries) {
      this.it = entries.iterator();
    }

    @Override
    public BytesRef next() {
      if (!it.hasNext()) {
        return null;
      }
      current = it.next();
      return new BytesRef(current.text());
    }

    @Override
    public long weight() {
      // Names and titles before plain words of the same frequency.
      return current.count() * 2 + (current.kind().equals("term") ? 0 : 1);
    }

    @Override
    public BytesRef payload() {
      return new BytesRef((current.kind() + "\t" + current.count()).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public boolean hasPayloads() {
      return true;
    }

    @Override
    public Set<BytesRef> contexts() {
      return null;
    }

    @Override
    public boolean hasContexts() {
      return false;
    }
  }
}
