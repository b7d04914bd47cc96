package dk.konferencebasen.search;

import java.util.List;

/**
 * A whole report as the index holds it: metadata, the other files with the same text (empty for
 * most), full text, and its passages in order.
 */
public record ReportDocument(
    String id,
    String title,
    String conference,
    String date,
    String updated,
    Integer year,
    String place,
    String organiser,
    String publisher,
    String author,
    String language,
    String format,
    String mediaType,
    String path,
    String url,
    String source,
    Integer pageCount,
    List<String> people,
    List<String> organisations,
    List<String> municipalities,
    List<SameTextReport> sameTextAs,
    String text,
    List<Passage> passages,
    String indexCommit) {

  /** A passage with its place in {@code text}. */
  public record Passage(String id, int ordinal, int start, int end, String text, List<String> people,
      List<String> organisations, List<String> municipalities, List<String> dates) {}
}
