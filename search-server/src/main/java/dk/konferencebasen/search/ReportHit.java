package dk.konferencebasen.search;

import java.util.List;

/** A report with its best-matching passages in rank order. */
public record ReportHit(
    String id,
    String title,
    String conference,
    String date,
    String path,
    String url,
    float score,
    List<PassageHit> passages) {}
