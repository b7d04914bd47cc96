package dk.konferencebasen.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import morfologik.stemming.Dictionary;
import org.apache.lucene.analysis.hunspell.Hunspell;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.DanishStemmer;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * The lemma of a Danish word form, from dictionaries: a table of irregular forms (strong verbs,
 * umlaut plurals, irregular comparison) and the morfologik full-form dictionary of Stavekontrolden
 * that LanguageTool ships ("kommunerne" → "kommune"). Where a form has several readings, the
 * lemma that is the more frequent Danish word wins (LanguageTool's list of common words), then
 * the reading whose tag is the more usual one. Words the dictionaries do not know get no lemma;
 * the analyzer stems those instead. The hunspell dictionary of Stavekontrolden tells, besides,
 * which strings are Danish words at all, for splitting compounds. Thread-safe: lookups keep
 * their state per thread.
 */
public final class DanishLemmatizer {
  private static final String DICTIONARY = "/org/languagetool/resource/da/danish.dict";
  private static final String COMMON_WORDS = "/org/languagetool/resource/da/common_words.txt";
  private static final String IRREGULAR = "/dk/konferencebasen/analysis/irregular-forms.txt";
  private static final String HUNSPELL = "/org/languagetool/resource/da/hunspell/da_DK";

  private static volatile DanishLemmatizer shared;

  private final Dictionary dictionary;
  private final ThreadLocal<DictionaryLookup> lookup;
  private final Map<String, String> irregular;
  private final Map<String, Integer> commonRank;
  /** Stavekontrolden's spelling dictionary: knows words the lemma dictionary lacks ("teater"). */
  private final Hunspell spelling;
  private final ThreadLocal<SnowballStemmer> stemmer = ThreadLocal.withInitial(DanishStemmer::new);
  /** Word lists follow Zipf's law, so a bounded memo of answers saves most dictionary work. */
  private final BoundedMemo<String, Optional<String>> lemmas = new BoundedMemo<>(MEMO_ENTRIES);
  private final BoundedMemo<String, Boolean> spelled = new BoundedMemo<>(MEMO_ENTRIES);
  private static final int MEMO_ENTRIES = 200_000;

  private DanishLemmatizer() {
    // Parsing the hunspell files is the slowest part of a server's start; it runs beside the rest.
    CompletableFuture<Hunspell> hunspell = CompletableFuture.supplyAsync(DanishLemmatizer::readHunspell);
    try {
      dictionary = Dictionary.read(DanishLemmatizer.class.getResource(DICTIONARY));
    } catch (IOException | NullPointerException e) {
      throw new IllegalStateException("the Danish lemma dictionary " + DICTIONARY + " is not on the classpath", e);
    }
    lookup = ThreadLocal.withInitial(() -> new DictionaryLookup(dictionary));
    irregular = readIrregular();
    commonRank = readCommonWords();
    spelling = hunspell.join();
  }

  /** One instance per JVM: the dictionaries are large and never change. */
  public static DanishLemmatizer shared() {
    DanishLemmatizer instance = shared;
    if (instance == null) {
      synchronized (DanishLemmatizer.class) {
        if (shared == null) {
          shared = new DanishLemmatizer();
        }
        instance = shared;
      }
    }
    return instance;
  }

  /** Inflectional endings, longest first, tried on forms the dictionary does not list itself. */
  private static final String[] ENDINGS = {
      "ernes", "enes", "erne", "ende", "ede", "ene", "ens", "ers", "ets", "en", "er", "et", "es", "te", "e", "s", "t"};
  private static final int MIN_BASE = 3;

  /**
   * The lemma of a lower-cased word, if the dictionaries know it: as listed, or as a listed word
   * plus a regular ending ("aftenens" → "aften" when only "aften" is listed).
   */
  public Optional<String> lemma(String word) {
    return lemmas.get(word, this::findLemma);
  }

  private Optional<String> findLemma(String word) {
    Optional<String> found = lookup(word);
    for (int i = 0; found.isEmpty() && i < ENDINGS.length; i++) {
      String ending = ENDINGS[i];
      if (word.length() - ending.length() >= MIN_BASE && word.endsWith(ending)) {
        String base = word.substring(0, word.length() - ending.length());
        found = lookup(base).or(() -> lookup(base + "e"));
      }
    }
    return found;
  }

  /**
   * The term a word is indexed under: its lemma when the lemma dictionary knows it, else its root
   * by the spelling dictionary's affix rules ({@link #spellingRoot}), else its Snowball stem — the
   * same rule the analysis chain applies, for words it builds itself (compound parts).
   */
  public String normalForm(String word) {
    return normalForms.get(word, this::findNormalForm);
  }

  private final BoundedMemo<String, String> normalForms = new BoundedMemo<>(MEMO_ENTRIES);

  private String findNormalForm(String word) {
    return lemma(word).or(() -> spellingRoot(word)).orElseGet(() -> {
      SnowballStemmer s = stemmer.get();
      s.setCurrent(word);
      s.stem();
      return s.getCurrent();
    });
  }

  /**
   * The word's root by Stavekontrolden's affix rules, for what the lemma dictionary lacks — most
   * adjectives: "frivillige" → "frivillig", where Snowball made "frivil" and "villige" "vil". Of
   * several possible roots, the longest: the one that strips the least.
   */
  private Optional<String> spellingRoot(String word) {
    return spelling.getRoots(word).stream()
        .max(java.util.Comparator.comparingInt(String::length).thenComparing(java.util.Comparator.reverseOrder()));
  }

  /** Whether the word is spelled as a Danish word, by either dictionary. */
  public boolean isWord(String word) {
    return lemma(word).isPresent() || spelled.get(word, spelling::spell);
  }

  /** Whether the dictionaries know this exact form. */
  public boolean knows(String word) {
    return facts(word).listed();
  }

  /** What the lemma dictionary says of one exact form; remembered, since compounds ask often. */
  private record Facts(boolean listed, boolean verbForm, boolean contentWord) {}

  private final BoundedMemo<String, Facts> facts = new BoundedMemo<>(MEMO_ENTRIES);

  private Facts facts(String word) {
    return facts.get(word, this::readFacts);
  }

  private Facts readFacts(String word) {
    if (irregular.containsKey(word)) {
      return new Facts(true, false, true);
    }
    List<WordData> readings = lookup.get().lookup(word);
    boolean verb = false;
    boolean content = !readings.isEmpty();
    for (WordData reading : readings) {
      String tag = reading.getTag() == null ? "" : reading.getTag().toString();
      verb |= tag.startsWith("ver");
      if (tag.startsWith("adv") || tag.startsWith("pra") || tag.startsWith("kon") || tag.startsWith("pron")
          || tag.startsWith("art") || tag.startsWith("num") || tag.startsWith("pro")) {
        content = false;
      }
    }
    return new Facts(!readings.isEmpty(), verb, content);
  }

  /** Whether the lemma dictionary lists this form as a verb form ("studerende", "bruger"). */
  public boolean isVerbForm(String word) {
    return facts(word).verbForm();
  }

  /**
   * Whether a listed form can be a content word (noun, adjective, verb) and never a function
   * word (preposition, adverb, conjunction, pronoun): what a part of a compound must be. "under"
   * and "til" are not, so "undervisning" and "tilbud" are not split at them.
   */
  public boolean isContentWord(String word) {
    return facts(word).contentWord();
  }


  private Optional<String> lookup(String word) {
    String irregularLemma = irregular.get(word);
    if (irregularLemma != null) {
      return Optional.of(irregularLemma);
    }
    List<WordData> readings = lookup.get().lookup(word);
    WordData best = null;
    for (WordData reading : readings) {
      if (reading.getStem() == null || reading.getStem().length() == 0) {
        continue;
      }
      if (best == null || preferred(reading, best)) {
        best = reading.clone();
      }
    }
    return best == null ? Optional.empty() : Optional.of(best.getStem().toString().toLowerCase(java.util.Locale.ROOT));
  }

  private boolean preferred(WordData a, WordData b) {
    int rankA = commonRank.getOrDefault(a.getStem().toString(), Integer.MAX_VALUE);
    int rankB = commonRank.getOrDefault(b.getStem().toString(), Integer.MAX_VALUE);
    if (rankA != rankB) {
      return rankA < rankB;
    }
    return tagWeight(a.getTag()) > tagWeight(b.getTag());
  }

  /** Imperatives and genitives are rarely what a form is; proper nouns least often in lower case. */
  private static int tagWeight(CharSequence tag) {
    String t = tag == null ? "" : tag.toString();
    if (t.startsWith("pro")) return 0;
    if (t.contains(":imp")) return 1;
    if (t.contains(":gen")) return 2;
    return 3;
  }

  private static Hunspell readHunspell() {
    try (InputStream aff = DanishLemmatizer.class.getResourceAsStream(HUNSPELL + ".aff");
         InputStream dic = DanishLemmatizer.class.getResourceAsStream(HUNSPELL + ".dic")) {
      if (aff == null || dic == null) {
        throw new IllegalStateException("the hunspell dictionary " + HUNSPELL + " is not on the classpath");
      }
      return new Hunspell(new org.apache.lucene.analysis.hunspell.Dictionary(
          new ByteBuffersDirectory(), "hunspell", aff, dic));
    } catch (IOException | java.text.ParseException e) {
      throw new IllegalStateException("cannot read the hunspell dictionary " + HUNSPELL, e);
    }
  }

  private static Map<String, String> readIrregular() {
    Map<String, String> forms = new HashMap<>();
    for (String line : lines(IRREGULAR)) {
      int colon = line.indexOf(':');
      if (colon < 0) {
        continue;
      }
      String lemma = line.substring(0, colon).strip();
      forms.putIfAbsent(lemma, lemma);
      for (String form : line.substring(colon + 1).strip().split("\\s+")) {
        forms.putIfAbsent(form, lemma);
      }
    }
    return Map.copyOf(forms);
  }

  private static Map<String, Integer> readCommonWords() {
    Map<String, Integer> ranks = new HashMap<>();
    List<String> words = lines(COMMON_WORDS);
    for (int i = 0; i < words.size(); i++) {
      ranks.putIfAbsent(words.get(i), i);
    }
    return Map.copyOf(ranks);
  }

  private static List<String> lines(String resource) {
    InputStream in = DanishLemmatizer.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing resource " + resource);
    }
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
