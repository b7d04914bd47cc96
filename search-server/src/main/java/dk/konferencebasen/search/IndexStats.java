package dk.konferencebasen.search;

import java.util.Map;
import java.util.Optional;

/** What an index holds: reports and passages in all and per conference and year. */
public record IndexStats(
    int reports,
    int passages,
    Map<String, Count> conferences,
    Map<String, Count> years,
    String indexCommit,
    Optional<String> indexedAt) {

  public record Count(int reports, int passages) {}
}
