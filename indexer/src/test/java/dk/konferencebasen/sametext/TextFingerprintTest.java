package dk.konferencebasen.sametext;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.konferencebasen.testing.Corpus;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextFingerprintTest {
  private static String seed(String name) throws Exception {
    return Files.readString(Corpus.seed(name));
  }

  private static TextFingerprint fingerprint(String text) {
    return TextFingerprint.of(text).orElseThrow(() -> new AssertionError("no fingerprint for " + text));
  }

  @Test
  void theSameTextHasTheSameFingerprint() throws Exception {
    String text = seed(Corpus.SEED_000);
    assertEquals(fingerprint(text), fingerprint(text));
    assertEquals(1.0, fingerprint(text).similarity(fingerprint(text)));
  }

  @Test
  void whitespaceLineBreaksQuotesDashesAndCaseDoNotCount() throws Exception {
    String text = seed(Corpus.SEED_002);
    String variant = text
        .replace("\n\n", "\r\n \r\n")       // other paragraph breaks
        .replace(" ", "  ")                  // doubled spaces
        .replace("\"", "”")                  // typographic quotes
        .replace(" - ", " – ")               // en dash for hyphen
        .replace("Faxe", "FAXE")             // case
        .replace("ﬁ", "fi");
    String ligatures = text.replace("fi", "ﬁ"); // a PDF's ligature (NFKC folds it back)
    assertEquals(1.0, fingerprint(text).similarity(fingerprint(variant)));
    assertEquals(1.0, fingerprint(text).similarity(fingerprint(ligatures)));
  }

  @Test
  void twoDifferentReportsOnTheSameTopicAreFarApart() throws Exception {
    double s = fingerprint(seed(Corpus.SEED_000)).similarity(fingerprint(seed(Corpus.SEED_002)));
    assertTrue(s < 0.1, "the two seed reports (both on integration): " + s);
  }

  @Test
  void aTextTwiceIsNotTheSameAsOnce() throws Exception {
    String text = seed(Corpus.SEED_000);
    double s = fingerprint(text).similarity(fingerprint(text + "\n\n" + text));
    assertTrue(s > 0.3 && s < 0.7, "a multiset of shingles: twice the text is half the same (" + s + ")");
  }

  @Test
  void tooShortTextsHaveNone() {
    assertTrue(TextFingerprint.of("").isEmpty());
    assertTrue(TextFingerprint.of("Præsentationen kan ikke vises.").isEmpty());
    String words24 = "ord ".repeat(TextFingerprint.MIN_WORDS - 1);
    assertTrue(TextFingerprint.of(words24).isEmpty());
    assertTrue(TextFingerprint.of(words24 + "mere").isPresent());
  }

  @Test
  void bytesReadBackToTheSameFingerprint() throws Exception {
    TextFingerprint f = fingerprint(seed(Corpus.SEED_000));
    byte[] bytes = f.toBytes();
    assertEquals(TextFingerprint.BYTES, bytes.length);
    assertEquals(f, TextFingerprint.fromBytes(bytes));
    short[] flat = new short[3 * TextFingerprint.SIZE];
    TextFingerprint.readInto(bytes, 0, bytes.length, flat, TextFingerprint.SIZE);
    short[] middle = java.util.Arrays.copyOfRange(flat, TextFingerprint.SIZE, 2 * TextFingerprint.SIZE);
    assertArrayEquals(f.values(), middle);
  }

  /**
   * The estimate follows the exact Jaccard similarity of the shingle multisets within what 128
   * positions allow (standard deviation sqrt(J(1-J)/128), at most 0.045): texts of random words
   * from a small vocabulary, the second a copy with a share of its words replaced.
   */
  @Test
  void theEstimateFollowsTheExactSimilarity() {
    Random random = new Random(7);
    List<String> vocabulary = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      vocabulary.add("ord" + i);
    }
    double worst = 0;
    for (double replaced : new double[] {0.0, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.3}) {
      for (int trial = 0; trial < 5; trial++) {
        List<String> a = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
          a.add(vocabulary.get(random.nextInt(vocabulary.size())));
        }
        List<String> b = new ArrayList<>(a);
        for (int i = 0; i < b.size(); i++) {
          if (random.nextDouble() < replaced) {
            b.set(i, "anderledes" + random.nextInt(1000));
          }
        }
        double exact = exactJaccard(a, b);
        double estimate = fingerprint(String.join(" ", a)).similarity(fingerprint(String.join(" ", b)));
        worst = Math.max(worst, Math.abs(exact - estimate) / Math.max(0.01, Math.sqrt(exact * (1 - exact) / 128)));
        assertTrue(Math.abs(exact - estimate) <= 4 * Math.sqrt(exact * (1 - exact) / 128) + 0.01,
            String.format(Locale.ROOT, "%.1f%% replaced: exact %.3f, estimate %.3f", 100 * replaced, exact, estimate));
      }
    }
    assertTrue(worst < 4, "the worst error in standard deviations: " + worst);
  }

  /** |A ∩ B| / |A ∪ B| of the 5-shingle multisets. */
  static double exactJaccard(List<String> a, List<String> b) {
    Map<String, Integer> x = shingles(a);
    Map<String, Integer> y = shingles(b);
    long both = 0;
    long either = 0;
    for (String s : x.keySet()) {
      both += Math.min(x.get(s), y.getOrDefault(s, 0));
    }
    Map<String, Integer> union = new HashMap<>(x);
    y.forEach((s, n) -> union.merge(s, n, Math::max));
    for (int n : union.values()) {
      either += n;
    }
    return either == 0 ? 1 : both / (double) either;
  }

  private static Map<String, Integer> shingles(List<String> words) {
    Map<String, Integer> counts = new HashMap<>();
    for (int i = 0; i + TextFingerprint.SHINGLE_WORDS <= words.size(); i++) {
      counts.merge(String.join(" ", words.subList(i, i + TextFingerprint.SHINGLE_WORDS)), 1, Integer::sum);
    }
    return counts;
  }
}
