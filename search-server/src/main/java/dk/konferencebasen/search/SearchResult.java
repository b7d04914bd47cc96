package dk.konferencebasen.search;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One page of reports for a query: how many reports and passages matched in all, the facet
 * counts (dimension → value → passages, most frequent first; estimated from a sample for very
 * broad queries), a better spelling when the query
 * found little, the cursor for the next page, and the index commit it was answered from.
 * {@code totalReports} counts hits (reports with the same text once), {@code totalFiles} every
 * report; they differ when some matching reports hold the same text.
 */
public record SearchResult(
    int totalReports,
    int totalFiles,
    long totalPassages,
    /**
     * Whether the totals are exact: past {@link MatchTally#EXACT_UP_TO} matching passages the
     * count stops, and the three totals are lower bounds.
     */
    boolean totalsExact,
    List<ReportHit> hits,
    Map<String, Map<String, Integer>> facets,
    /** True when the facet counts are estimates from a sample (very broad queries). */
    boolean facetsEstimated,
    Optional<String> suggestion,
    Optional<String> nextCursor,
    long tookMs,
    String indexCommit) {}
