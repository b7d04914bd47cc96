package dk.konferencebasen.research;

import dk.konferencebasen.schema.StoredPassage;
import java.io.IOException;
import java.util.List;

/**
 * Passages of other reports on the same topic as a passage (or a whole report), found by the
 * distinctive words of its text ({@code terms}, most distinctive first, as the index has them:
 * lemmas; {@code words}, the same as the text writes them first, for people to read). Each hit
 * says which of those words it shares; {@code total} counts every passage sharing at least one.
 */
public record RelatedResult(
    String id,
    String reportId,
    List<String> terms,
    List<String> words,
    long total,
    List<Hit> hits,
    String indexCommit) {

  public record Hit(String id, String reportId, int ordinal, float score, String title, String conference,
      String date, Integer year, String organiser, String excerpt, List<String> sharedTerms,
      List<String> sharedWords) {}

  /** A related passage as both backends describe it: which of the distinctive {@code words} it shares. */
  public static Hit hit(StoredPassage p, String title, float score, DistinctiveWords words) throws IOException {
    List<String> shared = words.sharedWith(p.text());
    return new Hit(p.id(), p.reportId(), p.ordinal(), score, title, p.conference().orElse(null), p.date().orElse(null),
        p.year().orElse(null), p.organiser().orElse(null), DistinctiveWords.excerpt(p.text()), shared,
        words.asWritten(shared));
  }
}
