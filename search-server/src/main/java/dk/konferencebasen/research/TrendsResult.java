package dk.konferencebasen.research;

import java.util.List;

/**
 * Matching passages and reports per value of a dimension, against all passages and reports with
 * that value that pass the same filters. {@code withoutValue} counts the ones that have no value
 * (an undated report has no year), so nothing silently drops out of the totals.
 */
public record TrendsResult(
    String by,
    long passages,
    long reports,
    long allPassages,
    long allReports,
    List<Bucket> buckets,
    Bucket withoutValue,
    String indexCommit) {

  /** Shares are matching / all, 0 when the bucket is empty. */
  public record Bucket(String value, long passages, long reports, long allPassages, long allReports,
      double passageShare, double reportShare) {}
}
