package dk.konferencebasen.indexing;

import java.time.Duration;
import java.util.List;

/**
 * What one indexing run did, file by file where it matters, and how many reports of the whole
 * index share their text with another (in how many groups; each group is one search hit).
 */
public record IndexRunSummary(
    List<String> indexed,
    int unchanged,
    List<String> removed,
    List<Failure> failed,
    long passagesIndexed,
    long bytesRead,
    boolean rebuilt,
    Duration took,
    int sameTextReports,
    int sameTextGroups) {

  /** A file that was skipped, and why. */
  public record Failure(String path, String reason) {}

  public IndexRunSummary {
    indexed = List.copyOf(indexed);
    removed = List.copyOf(removed);
    failed = List.copyOf(failed);
  }

  public String describe() {
    StringBuilder out = new StringBuilder();
    out.append(String.format("%d indexed (%d passages), %d unchanged, %d removed, %d failed in %.1f s%s%n",
        indexed.size(), passagesIndexed, unchanged, removed.size(), failed.size(),
        took.toMillis() / 1000.0, rebuilt ? " (index rebuilt from scratch)" : ""));
    for (Failure f : failed) {
      out.append("  failed: ").append(f.path()).append(" — ").append(f.reason()).append('\n');
    }
    for (String r : removed) {
      out.append("  removed: ").append(r).append(" (file is gone)\n");
    }
    if (sameTextGroups > 0) {
      out.append(String.format("  same text: %d reports in %d %s, each one search hit%n", sameTextReports, sameTextGroups,
          sameTextGroups == 1 ? "group" : "groups"));
    }
    return out.toString();
  }
}
