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
    List<TextLoss> losses,
    long passagesIndexed,
    long bytesRead,
    boolean rebuilt,
    Duration took,
    int sameTextReports,
    int sameTextGroups) {

  /** A file that was skipped, and why. */
  public record Failure(String path, String reason) {}

  /**
   * A document that lost more than {@link #REPORTED_LOSS} of its text as chrome: named in the
   * summary so that a user can check it (GET /api/documents/{id} lists every removed piece).
   */
  public record TextLoss(String path, double share, String reasons) {}

  public static final double REPORTED_LOSS = 0.2;

  public IndexRunSummary {
    losses = List.copyOf(losses);
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
    for (TextLoss loss : losses) {
      out.append(String.format("  %.0f %% removed as chrome: %s — %s%n", loss.share() * 100, loss.path(), loss.reasons()));
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
