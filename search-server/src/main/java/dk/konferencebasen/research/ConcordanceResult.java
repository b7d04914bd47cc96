package dk.konferencebasen.research;

import java.util.List;

/**
 * One page of concordance lines, and how many there are in all. {@code truncated} says the
 * walk stopped at the cap on passages or occurrences, so totals are then lower bounds.
 */
public record ConcordanceResult(
    long matchingPassages,
    long passagesScanned,
    long passagesWithOccurrences,
    long totalOccurrences,
    boolean truncated,
    List<Line> lines,
    String indexCommit) {

  /**
   * An occurrence: {@code keyword} is the text the query matched, at [start, end) in the passage's
   * text; {@code left} and {@code right} are up to {@code width} characters around it, with
   * runs of white space shown as one space.
   */
  public record Line(String passageId, String reportId, int ordinal, String title, String conference, String date,
      Integer year, int start, int end, String left, String keyword, String right) {}
}
