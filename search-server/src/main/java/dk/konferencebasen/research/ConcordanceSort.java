package dk.konferencebasen.research;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The order of concordance lines. LEFT sorts by the word just before the keyword, then the one
 * before that, reading leftwards as concordancers do; RIGHT by the words just after it;
 * KEYWORD by the matched form itself (several forms match one lemma), then the words after;
 * REPORT keeps the order of the texts: report by report, passage by passage.
 */
public enum ConcordanceSort {
  REPORT,
  LEFT,
  RIGHT,
  KEYWORD;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<ConcordanceSort> parse(String label) {
    return Arrays.stream(values()).filter(s -> s.label().equals(label)).findFirst();
  }
}
