package dk.konferencebasen.search;

import java.util.List;

/**
 * A report with its best-matching passages in rank order, and the other files with the same
 * text, which the hit stands for too (empty for most). Absent metadata is null.
 */
public record ReportHit(
    String id,
    String title,
    String conference,
    String date,
    Integer year,
    String organiser,
    String place,
    String format,
    String url,
    String path,
    float score,
    List<String> people,
    List<String> organisations,
    List<PassageHit> passages,
    List<SameTextReport> alsoIn) {}
