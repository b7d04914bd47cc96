package dk.konferencebasen.search;

import dk.konferencebasen.analysis.WordsAnalyzer;
import dk.konferencebasen.completion.CompletionEntry;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.search.suggest.InputIterator;
import org.apache.lucene.search.suggest.Lookup;
import org.apache.lucene.search.suggest.analyzing.AnalyzingInfixSuggester;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * Completions for the search box, from one index commit's {@link CompletionEntry entries}: report
 * titles, the people, organisations and municipalities named, and the most frequent words. Any
 * word of an entry may be the one being typed ("samar…" finds "Det vigtige samarbejde på tværs");
 * more frequent entries come first. Built in memory with Lucene's AnalyzingInfixSuggester.
 */
public final class Completions implements Closeable {
  private final AnalyzingInfixSuggester suggester;

  private Completions(AnalyzingInfixSuggester suggester) {
    this.suggester = suggester;
  }

  public static Completions of(List<CompletionEntry> entries) throws IOException {
    AnalyzingInfixSuggester suggester =
        new AnalyzingInfixSuggester(new ByteBuffersDirectory(), new WordsAnalyzer(), new WordsAnalyzer(), 2, false);
    suggester.build(new Entries(entries));
    return new Completions(suggester);
  }

  public List<Suggestion> lookup(String prefix, int limit) throws IOException {
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
      if (CompletionEntry.isName(s.kind())) {
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
      if (!(s.kind().equals(CompletionEntry.TERM) && nameWords.contains(s.text().toLowerCase(Locale.ROOT)))) {
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

  /** Feeds entries to the suggester: weight = count, payload = kind and count. */
  private static final class Entries implements InputIterator {
    private final Iterator<CompletionEntry> it;
    private CompletionEntry current;

    Entries(List<CompletionEntry> entries) {
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
      return current.count() * 2 + (current.kind().equals(CompletionEntry.TERM) ? 0 : 1);
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
