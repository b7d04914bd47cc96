package dk.konferencebasen.schema;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Stable ids. A report's id derives from its path relative to the corpus folder, so re-indexing
 * an unchanged (or even a changed) file keeps its id and a citation keeps working; a passage id
 * is the report id plus the passage's ordinal.
 */
public final class ReportIds {
  private ReportIds() {}

  public static String reportId(String relativePath) {
    return sha256Hex(relativePath.replace('\\', '/')).substring(0, 16);
  }

  public static String passageId(String reportId, int ordinal) {
    return reportId + "-p" + String.format("%03d", ordinal);
  }

  /** The report id part of a passage id (or the id itself for a report id). */
  public static String reportIdOf(String id) {
    int dash = id.indexOf("-p");
    return dash < 0 ? id : id.substring(0, dash);
  }

  /**
   * A report id as a number (its 16 hex digits are 64 bits of a SHA-256), the form a group key
   * has in the index: numeric doc values can be updated in place, strings cannot.
   */
  public static long groupKey(String reportId) {
    return Long.parseUnsignedLong(reportId, 16);
  }

  /** The report id a group key was made from. */
  public static String reportIdOfGroupKey(long key) {
    return String.format("%016x", key);
  }

  static String sha256Hex(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
