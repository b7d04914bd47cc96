package dk.konferencebasen.schema;

import java.util.List;

/**
 * What happened to a report's text between the file and the index: how much text the file gave,
 * how much was kept, and every piece removed as chrome with the reason, so that a user can check
 * that nothing of value was lost.
 */
public record TextAudit(long extractedChars, long keptChars, List<Removal> removed) {
  /** One piece of removed text and why it went. */
  public record Removal(String text, String reason) {}

  public TextAudit {
    removed = List.copyOf(removed);
  }

  /** The share of the extracted text that was removed, 0 to 1. */
  public double removedShare() {
    return extractedChars == 0 ? 0 : Math.max(0, extractedChars - keptChars) / (double) extractedChars;
  }
}
