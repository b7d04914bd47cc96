package dk.konferencebasen.clustersearch;

import dk.konferencebasen.search.Match;
import java.util.ArrayList;
import java.util.List;

/** The plugin highlighter's answer ("12-16 40-47") read back as matches in the passage text. */
final class Offsets {
  private Offsets() {}

  static List<Match> read(String offsets, String text) {
    List<Match> matches = new ArrayList<>();
    if (text == null || offsets.isBlank()) return matches;
    for (String span : offsets.strip().split(" ")) {
      int dash = span.indexOf('-');
      int start = Integer.parseInt(span.substring(0, dash));
      int end = Integer.parseInt(span.substring(dash + 1));
      // offsets past the text (they should never be) mark nothing rather than the wrong words
      if (0 <= start && start < end && end <= text.length()) matches.add(new Match(start, end));
    }
    return matches;
  }
}
