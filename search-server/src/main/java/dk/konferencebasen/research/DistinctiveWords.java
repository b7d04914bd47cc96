package dk.konferencebasen.research;

import dk.konferencebasen.analysis.TokenTypes;
import dk.konferencebasen.schema.IndexSchema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.similarities.ClassicSimilarity;

/**
 * The distinctive words of a text, as Lucene's MoreLikeThis picks them — frequent in the text,
 * rare among the passages: tf × idf, the {@value #MAX_TERMS} best — but with the frequencies
 * asked of whichever index holds the passages ({@link Frequencies}), and ties broken by the word,
 * so the embedded index and a cluster pick the same words. The text is analysed as the index
 * was, but without the parts of compounds, so the words that explain a hit are words a reader
 * recognises.
 */
public final class DistinctiveWords {
  public static final int MAX_TERMS = 20;
  private static final int EXCERPT_CHARS = 240;
  /** A word must occur in another passage too, or it cannot relate anything. */
  private static final int MIN_DOC_FREQ = 2;
  private static final int MIN_WORD_CHARS = 3;
  private static final CharArraySet STOP_WORDS = DanishAnalyzer.getDefaultStopSet();
  private static final Analyzer WHOLE_WORDS = wholeWords(IndexSchema.analyzer());
  private static final ClassicSimilarity IDF = new ClassicSimilarity();

  /** How often words occur in the index that is searched. */
  public interface Frequencies {
    /** The documents of the index, reports and passages, as Lucene's numDocs counts them. */
    long documents() throws IOException;

    /** For each of these words, the number of passages whose text has it. */
    Map<String, Long> passagesWith(Collection<String> words) throws IOException;
  }

  private final List<String> terms;
  private final Map<String, String> written;

  private DistinctiveWords(List<String> terms, Map<String, String> written) {
    this.terms = terms;
    this.written = written;
  }

  public static DistinctiveWords of(String text, Frequencies frequencies) throws IOException {
    Map<String, Integer> tf = new HashMap<>();
    Map<String, String> written = new HashMap<>();
    int tokens = 0;
    try (TokenStream stream = WHOLE_WORDS.tokenStream(IndexSchema.TEXT, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      // as MoreLikeThis: the first 5 000 tokens of a long text are enough to say what it is about
      while (stream.incrementToken() && ++tokens <= MoreLikeThis.DEFAULT_MAX_NUM_TOKENS_PARSED) {
        String word = term.toString();
        written.putIfAbsent(word, text.substring(offset.startOffset(), offset.endOffset()));
        if (word.length() >= MIN_WORD_CHARS && !STOP_WORDS.contains(word)) {
          tf.merge(word, 1, Integer::sum);
        }
      }
      stream.end();
    }
    if (tf.isEmpty()) {
      return new DistinctiveWords(List.of(), written);
    }
    long documents = frequencies.documents();
    Map<String, Long> passages = frequencies.passagesWith(tf.keySet());
    Map<String, Float> scores = new HashMap<>();
    tf.forEach((word, count) -> {
      long docFreq = passages.getOrDefault(word, 0L);
      if (docFreq >= MIN_DOC_FREQ) {
        scores.put(word, count * IDF.idf(docFreq, documents));
      }
    });
    List<String> best = scores.keySet().stream()
        .sorted(Comparator.comparing((String w) -> scores.get(w)).reversed().thenComparing(Comparator.naturalOrder()))
        .limit(MAX_TERMS)
        .toList();
    return new DistinctiveWords(best, written);
  }

  /** The words, most distinctive first, as the index has them (lemmas). */
  public List<String> terms() {
    return terms;
  }

  /** The words as the text first writes them: "kasp" (a stem of an unknown name) as "Kasper". */
  public List<String> asWritten(List<String> someTerms) {
    Set<String> words = new LinkedHashSet<>();
    someTerms.forEach(t -> words.add(written.getOrDefault(t, t)));
    return List.copyOf(words);
  }

  /** The words of these that another passage's text has, in the order it has them. */
  public List<String> sharedWith(String otherText) throws IOException {
    Set<String> wanted = Set.copyOf(terms);
    Set<String> shared = new LinkedHashSet<>();
    try (TokenStream stream = WHOLE_WORDS.tokenStream(IndexSchema.TEXT, otherText)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        if (wanted.contains(term.toString())) {
          shared.add(term.toString());
        }
      }
      stream.end();
    }
    return List.copyOf(shared);
  }

  /** The beginning of a related passage's text, shown beside it. */
  public static String excerpt(String text) {
    String flat = text.strip().replaceAll("\\s+", " ");
    if (flat.length() <= EXCERPT_CHARS) {
      return flat;
    }
    int cut = flat.lastIndexOf(' ', EXCERPT_CHARS);
    return flat.substring(0, cut > EXCERPT_CHARS / 2 ? cut : EXCERPT_CHARS) + " …";
  }

  /** The index analyzer without compound parts (they carry TokenTypes.PART_MARKER). */
  private static Analyzer wholeWords(Analyzer indexAnalyzer) {
    return new AnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
      @Override
      protected Analyzer getWrappedAnalyzer(String fieldName) {
        return indexAnalyzer;
      }

      @Override
      protected TokenStreamComponents wrapComponents(String fieldName, TokenStreamComponents components) {
        return new TokenStreamComponents(components.getSource(), new FilteringTokenFilter(components.getTokenStream()) {
          private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

          @Override
          protected boolean accept() {
            return term.length() == 0 || term.charAt(0) != TokenTypes.PART_MARKER;
          }
        });
      }
    };
  }
}
