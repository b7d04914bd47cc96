package dk.konferencebasen.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Splits a Danish compound into its parts with the dictionary: the head is the longest known
 * content word that ends the compound, the rest (without a linking -s- or -e-) must be a known
 * content word or itself a compound ("integrationsindsats" → integration + indsats,
 * "minoritetsfædres" → minoritet + fædres). Right-headed like Danish itself.
 *
 * <p>Nonsense splits are kept out by the dictionary and by length: parts must be content words
 * (not "under" in "undervisning" or "til" in "tilbud"), and a word the dictionary lists as a
 * whole is split only into parts of at least {@link #MIN_PART_OF_KNOWN} letters, since its short
 * endings are more often suffixes ("fællesskab") than words. Heads must be forms the lemma
 * dictionary lists (or their genitive) and not a suffix ("-ende", "-hed"); a modifier may also be a longer word that only
 * the spelling dictionary knows ("teater" in "teaterforestilling").
 */
public final class CompoundSplitter {
  static final int MIN_PART = 3;
  static final int MIN_PART_OF_KNOWN = 5;
  /** A modifier only the spelling dictionary knows must be this long: it accepts many short strings. */
  static final int MIN_SPELLING_ONLY_MODIFIER = 5;
  static final int MIN_SPELLING_ONLY_HEAD = 6;
  /** Inside a part, a piece of three letters is more often an accident than a word. */
  static final int MIN_INNER_PART = 4;
  /** Derivational and inflectional endings that are also words; as the "head" they are suffixes. */
  private static final java.util.Set<String> SUFFIXES =
      java.util.Set.of("ende", "else", "ning", "ninger", "hed", "heder", "skab", "isme", "ist", "lig", "ligt", "lige", "ere", "erne");
  private static final int MAX_PARTS = 4;

  /** A split: what comes before the head (with its linking letter), and the head. */
  public record Split(String modifier, String modifierWord, String head) {}

  private final DanishLemmatizer dictionary;

  public CompoundSplitter(DanishLemmatizer dictionary) {
    this.dictionary = dictionary;
  }

  private static final class Shared {
    static final CompoundSplitter SPLITTER = new CompoundSplitter(DanishLemmatizer.shared());
  }

  /** The splitter over the shared dictionaries: one for every chain, so its memo of splits is shared. */
  public static CompoundSplitter shared() {
    return Shared.SPLITTER;
  }

  private final BoundedMemo<String, Optional<Split>> splits = new BoundedMemo<>(200_000);

  /** The outermost split of a word, if it is a compound. */
  public Optional<Split> split(String word) {
    return splits.get(word, w -> split(baseForm(w), MAX_PARTS));
  }

  /**
   * A form the dictionary derives only by a regular ending ("studerende" from "studere") is split
   * as its lemma, where the ending cannot pass for a part ("stud|erende").
   */
  private String baseForm(String word) {
    if (dictionary.knows(word)) {
      return word;
    }
    Optional<String> lemma = dictionary.lemma(word);
    if (lemma.isPresent()) {
      return lemma.get();
    }
    // Not in the lemma dictionary: an inflection of a word the spelling dictionary knows is cut
    // back to that word ("kommentarer" → "kommentar"), so its ending cannot pass for a part.
    for (String ending : INFLECTIONS) {
      if (word.endsWith(ending) && word.length() - ending.length() >= MIN_SPELLING_ONLY_MODIFIER) {
        String base = word.substring(0, word.length() - ending.length());
        if (dictionary.isWord(base)) {
          return base;
        }
      }
    }
    return word;
  }

  /** Plural and definite endings; a final -s is left alone, since many words end in one ("indsats"). */
  private static final String[] INFLECTIONS = {"ernes", "erne", "enes", "ene", "er", "en", "et", "e"};

  /**
   * All parts of a compound in reading order, [] when it is not one. Parts that are compounds
   * themselves come with their own parts ("borgerserviceudvalg" → borger, serviceudvalg,
   * service, udvalg), so each can be found.
   */
  public List<String> parts(String word) {
    Optional<Split> split = split(word);
    if (split.isEmpty()) {
      return List.of();
    }
    List<String> parts = new ArrayList<>();
    collect(split.get().modifierWord(), MAX_PARTS - 1, parts);
    collect(split.get().head(), MAX_PARTS - 1, parts);
    return parts;
  }

  private void collect(String word, int budget, List<String> parts) {
    parts.add(word);
    Optional<Split> split = split(word, budget);
    if (split.isPresent()) {
      collect(split.get().modifierWord(), budget - 1, parts);
      collect(split.get().head(), budget - 1, parts);
    }
  }

  private Optional<Split> split(String word, int budget) {
    if (budget < 2 || word.length() < 2 * MIN_PART || dictionary.isVerbForm(word)) {
      return Optional.empty(); // Danish verbs take prefixes, not compound parts: "stud|erende" is no split
    }
    // A word the dictionaries already know is split only into long, listed parts, and its
    // modifier is not split further: inside a known word, short "parts" are mostly accidents.
    boolean known = dictionary.lemma(word).isPresent();
    int minPart = known ? MIN_PART_OF_KNOWN : MIN_PART;
    if (budget < MAX_PARTS) {
      minPart = Math.max(minPart, MIN_INNER_PART); // inside a part, short pieces are accidents
    }
    // The longest head that leaves a valid modifier: Danish compounds are right-headed.
    for (int cut = minPart; cut <= word.length() - minPart; cut++) {
      String head = word.substring(cut);
      if (!isHead(head, !known)) {
        continue;
      }
      String modifier = word.substring(0, cut);
      Optional<String> modifierWord = modifierWord(modifier, minPart, known ? 0 : budget);
      // A three-letter head needs a linking letter before it ("bydel-s-mor"); without one
      // ("form|and") it is mostly the end of a longer word.
      boolean linked = modifierWord.isPresent() && !modifierWord.get().equals(modifier);
      if (modifierWord.isPresent() && (head.length() > MIN_PART || linked)) {
        return Optional.of(new Split(modifier, modifierWord.get(), head));
      }
    }
    return Optional.empty();
  }

  /** The word a modifier stands for: itself, or itself without a linking -s- or -e-. */
  private Optional<String> modifierWord(String modifier, int minPart, int budget) {
    // A modifier listed as it stands ("rolle" in "rollemodel") keeps its last letter; otherwise
    // a final s or e is the linking letter ("integration-s-indsats").
    List<String> candidates = new ArrayList<>(List.of(modifier));
    if (modifier.endsWith("s") || modifier.endsWith("e")) {
      String linked = modifier.substring(0, modifier.length() - 1);
      // A linking s is spelled like the genitive, which the dictionary lists; so s goes first.
      boolean keepFirst = modifier.endsWith("e") && dictionary.knows(modifier);
      candidates.add(keepFirst ? 1 : 0, linked);
    }
    for (String candidate : candidates) {
      if (candidate.length() >= minPart && (isModifierWord(candidate) || split(candidate, budget - 1).isPresent())) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** Heads come from the lemma dictionary: a head decides what the compound is. */
  private boolean isHead(String candidate, boolean spellingOnlyAllowed) {
    if (candidate.length() < MIN_PART || SUFFIXES.contains(candidate)) {
      return false;
    }
    String listed = dictionary.knows(candidate) ? candidate
        : candidate.endsWith("s") && dictionary.knows(candidate.substring(0, candidate.length() - 1))
            ? candidate.substring(0, candidate.length() - 1) // genitive: "fædres"
            : null;
    if (listed != null) {
      return dictionary.isContentWord(listed);
    }
    return spellingOnlyAllowed && candidate.length() >= MIN_SPELLING_ONLY_HEAD && dictionary.isWord(candidate);
  }

  private boolean isModifierWord(String candidate) {
    if (dictionary.lemma(candidate).isPresent()) {
      return isContent(candidate);
    }
    return candidate.length() >= MIN_SPELLING_ONLY_MODIFIER && dictionary.isWord(candidate);
  }

  private boolean isContent(String candidate) {
    if (dictionary.knows(candidate)) {
      return dictionary.isContentWord(candidate);
    }
    // A form known only through a regular ending ("fædres"): judge the form it was found as.
    return true;
  }
}
