package dk.konferencebasen.search;

import java.util.List;
import java.util.Map;

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
    String description,
    String language,
    String format,
    String mediaType,
    String path,
    /** Where the original file can be fetched (/api/documents/{id}/file), or null when the server does not have it. */
    String file,
    String url,
    String source,
    Integer pageCount,
    List<String> people,
    List<String> organisations,
    List<String> municipalities,
    /** Acronym → the organisation it abbreviates, as the report defines them. */
    Map<String, String> acronyms,
    List<SameTextReport> sameTextAs,
    String text,
    List<Passage> passages,
    TextAudit extraction,
    String indexCommit) {

  /**
   * What happened to the file's text: characters extracted and kept, and each piece removed as
   * chrome with its reason, so a user can check that nothing of value was lost.
   */
  public record TextAudit(long extractedChars, long keptChars, double removedShare, List<Removed> removed) {}

  /** A removed piece of text and why it went. */
  public record Removed(String text, String reason) {}

  /** A passage with its place in {@code text}; a talk has its title and time slot (else null) and speakers. */
  public record Passage(String id, int ordinal, int start, int end, String text, String talkTitle, String talkTime, List<String> speakers,
      List<String> people, List<String> organisations, List<String> municipalities, List<String> dates) {}
}
