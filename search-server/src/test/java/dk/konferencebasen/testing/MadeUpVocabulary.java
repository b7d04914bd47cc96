package dk.konferencebasen.testing;

import java.util.ArrayList;
import java.util.List;

/**
 * A report whose text has a large vocabulary: {@code perLetter} made-up words for each of the
 * 26 first letters ("bakelo", "bakemu" …), each its own term and none a Danish word to stem, so
 * that a wildcard such as {@code b*} expands to hundreds of words as it does on a real index.
 */
public final class MadeUpVocabulary {
  public static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";

  private MadeUpVocabulary() {}

  public static String word(char first, int n) {
    String syllables = "kelomuriva";
    StringBuilder w = new StringBuilder().append(first);
    for (int k = n; w.length() < 5 || k > 0; k /= 10) {
      w.append("bdfgkl".charAt(k % 6)).append(syllables.charAt(k % 10));
    }
    return w.toString();
  }

  /** The report's text: a title, then one paragraph of words per first letter. */
  public static String report(int perLetter) {
    StringBuilder text = new StringBuilder("Ordliste fra sprogværkstedet\n\n");
    for (char c : LETTERS.toCharArray()) {
      List<String> words = new ArrayList<>();
      for (int n = 0; n < perLetter; n++) {
        words.add(word(c, n));
      }
      text.append("Deltagerne øvede ").append(String.join(" ", words)).append(".\n\n");
    }
    return text.toString();
  }
}
