package dk.konferencebasen.evaluation;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article-extraction benchmark's own scorer (its evaluate.py), in Java so that {@code kb eval}
 * needs no Python: each page's text and the ground truth are cut into 4-word shingles, true and
 * false positives and negatives are counted per page and normalised so that long pages weigh no
 * more than short ones, and precision and recall are averaged over the pages. ShingleScoreTest
 * checks that it gives the published figures for the published outputs.
 */
public final class ShingleScore {
  /** Python's {@code \w+} with re.UNICODE: letters, digits, marks and the underscore. */
  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_]+");
  private static final int N = 4;

  /** A page's normalised true positives, false positives and false negatives. */
  public record Counts(double tp, double fp, double fn) {}

  /** Mean precision, mean recall and the F1 of the two, as the benchmark reports them. */
  public record Scores(double f1, double precision, double recall, int pages) {}

  private ShingleScore() {}

  public static Counts page(String truth, String predicted) {
    Map<List<String>, Integer> t = shingles(truth);
    Map<List<String>, Integer> p = shingles(predicted);
    Set<List<String>> keys = new HashSet<>(t.keySet());
    keys.addAll(p.keySet());
    double tp = 0, fp = 0, fn = 0;
    for (List<String> key : keys) {
      int tc = t.getOrDefault(key, 0);
      int pc = p.getOrDefault(key, 0);
      tp += Math.min(tc, pc);
      fp += Math.max(0, pc - tc);
      fn += Math.max(0, tc - pc);
    }
    double sum = tp + fp + fn;
    return sum > 0 ? new Counts(tp / sum, fp / sum, fn / sum) : new Counts(0, 0, 0);
  }

  public static Scores of(List<Counts> pages) {
    double precision = pages.stream().filter(c -> c.tp() + c.fp() > 0).mapToDouble(ShingleScore::precision).average().orElse(0);
    double recall = pages.stream().filter(c -> c.tp() + c.fn() > 0).mapToDouble(ShingleScore::recall).average().orElse(0);
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    return new Scores(f1, precision, recall, pages.size());
  }

  private static double precision(Counts c) {
    if (c.fp() == 0 && c.fn() == 0) {
      return 1;
    }
    return c.tp() + c.fp() == 0 ? 0 : c.tp() / (c.tp() + c.fp());
  }

  private static double recall(Counts c) {
    if (c.fp() == 0 && c.fn() == 0) {
      return 1;
    }
    return c.tp() + c.fn() == 0 ? 0 : c.tp() / (c.tp() + c.fn());
  }

  private static Map<List<String>, Integer> shingles(String text) {
    List<String> tokens = new java.util.ArrayList<>();
    Matcher m = TOKEN.matcher(text == null ? "" : text);
    while (m.find()) {
      tokens.add(m.group());
    }
    Map<List<String>, Integer> counts = new HashMap<>();
    // as evaluate.py: a text shorter than N words is one shingle of all its words
    for (int i = 0; i < Math.max(1, tokens.size() - N + 1); i++) {
      List<String> shingle = tokens.subList(i, Math.min(tokens.size(), i + N));
      if (!shingle.isEmpty()) {
        counts.merge(List.copyOf(shingle), 1, Integer::sum);
      }
    }
    return counts;
  }
}
