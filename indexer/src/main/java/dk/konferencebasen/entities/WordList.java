package dk.konferencebasen.entities;

import dk.konferencebasen.analysis.BoundedMemo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A lower-case word list loaded from a resource file (format described in {@code titles.txt}):
 * {@code word} matches the whole word, {@code -suffix} any word ending so, {@code prefix*} any word
 * starting so, and entries with spaces are phrases. Immutable, so safe to share between threads.
 */
final class WordList {
  /** How a word matches the list. */
  enum Fit {
    NONE,
    /** The word is an entry, or exactly a listed suffix or prefix. */
    WHOLE_WORD,
    /** The word is a compound ending in a listed suffix ("socialrådgiverforening"). */
    COMPOUND
  }

  /**
   * A compound must keep at least this much in front of the suffix, so that "tråd" is not read as
   * a compound of "-råd" while "byråd" is.
   */
  private static final int MIN_COMPOUND_PREFIX = 2;

  private final Set<String> words;
  private final List<String> suffixes;
  private final List<String> prefixes;
  private final List<List<String>> phrases;
  /** Every token is checked against several lists, and text repeats its words (4 % of indexing). */
  private final BoundedMemo<String, Fit> answers = new BoundedMemo<>(100_000);

  private WordList(List<String> entries) {
    Set<String> w = new HashSet<>();
    List<String> s = new ArrayList<>();
    List<String> p = new ArrayList<>();
    List<List<String>> ph = new ArrayList<>();
    for (String raw : entries) {
      String entry = raw.toLowerCase(Locale.ROOT);
      if (entry.contains(" ")) {
        ph.add(List.of(entry.split("\\s+")));
      } else if (entry.length() > 1 && entry.startsWith("-")) {
        s.add(entry.substring(1));
      } else if (entry.length() > 1 && entry.endsWith("*")) {
        p.add(entry.substring(0, entry.length() - 1));
      } else {
        w.add(entry);
      }
    }
    this.words = Set.copyOf(w);
    this.suffixes = List.copyOf(s);
    this.prefixes = List.copyOf(p);
    this.phrases = List.copyOf(ph);
  }

  static WordList load(String resourceName) {
    return new WordList(ResourceLines.read(resourceName));
  }

  static WordList of(String... entries) {
    return new WordList(Arrays.asList(entries));
  }

  Fit fit(String word) {
    return answers.get(word, this::lookUp);
  }

  private Fit lookUp(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (words.contains(w)) {
      return Fit.WHOLE_WORD;
    }
    for (String suffix : suffixes) {
      if (w.equals(suffix)) {
        return Fit.WHOLE_WORD;
      }
      if (w.endsWith(suffix) && w.length() - suffix.length() >= MIN_COMPOUND_PREFIX) {
        return Fit.COMPOUND;
      }
    }
    for (String prefix : prefixes) {
      if (w.startsWith(prefix)) {
        return Fit.WHOLE_WORD;
      }
    }
    return Fit.NONE;
  }

  boolean matches(String word) {
    return fit(word) != Fit.NONE;
  }

  /** The multi-word entries, each as its lower-case words. */
  List<List<String>> phrases() {
    return phrases;
  }
}
