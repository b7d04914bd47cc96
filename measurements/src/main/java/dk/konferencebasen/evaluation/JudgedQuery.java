package dk.konferencebasen.evaluation;

import java.util.List;

/**
 * One query of the judged query set: what a practitioner types, its category, and the
 * passages that answer it, each named by its corpus file and a snippet only that passage holds.
 */
public record JudgedQuery(String id, String category, String query, List<Relevant> relevant) {
  public JudgedQuery {
    relevant = List.copyOf(relevant);
  }

  /** A relevant passage: the one passage of {@code file} whose text contains {@code snippet}. */
  public record Relevant(String file, String snippet) {
    @Override
    public String toString() {
      return file + "#" + snippet;
    }
  }
}
