package dk.konferencebasen.search;

import java.util.List;

/** One page of reports for a query, and how many reports and passages matched in all. */
public record SearchResult(int totalReports, long totalPassages, List<ReportHit> hits, long tookMs) {}
