package dk.konferencebasen.search;

import dk.konferencebasen.query.InvalidQueryException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.util.BytesRef;

/**
 * A deep-paging position: the sort values of the last report on a page, with the report id as
 * tie-breaker, so the next page starts right after it even when the index has changed since.
 * Opaque to clients (URL-safe base64).
 */
final class Cursor {
  private Cursor() {}

  static String encode(SortOrder sort, FieldDoc last) {
    Object primary = last.fields[0];
    String id = ((BytesRef) last.fields[last.fields.length - 1]).utf8ToString();
    String plain = sort.label() + "|" + primary + "|" + id;
    return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
  }

  static FieldDoc decode(String cursor, SortOrder sort, int maxDoc) throws InvalidQueryException {
    String[] parts;
    try {
      parts = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8).split("\\|", -1);
    } catch (IllegalArgumentException e) {
      throw invalid();
    }
    if (parts.length != 3 || parts[2].isEmpty()) {
      throw invalid();
    }
    if (!parts[0].equals(sort.label())) {
      throw new InvalidQueryException("this cursor belongs to sort=" + parts[0] + "; use the same sort as the page it came from",
          "næste side hører til en anden sortering; gå tilbage til første side");
    }
    try {
      Object primary;
      if (sort == SortOrder.RELEVANCE) {
        float score = Float.parseFloat(parts[1]);
        if (!Float.isFinite(score)) {
          throw invalid();
        }
        primary = score;
      } else {
        primary = Long.parseLong(parts[1]);
      }
      // The doc id only breaks ties between equal sort values, which report ids rule out; the
      // last doc of the reader keeps Lucene's bounds check content.
      return new FieldDoc(Math.max(0, maxDoc - 1), Float.NaN, new Object[] {primary, new BytesRef(parts[2])});
    } catch (NumberFormatException e) {
      throw invalid();
    }
  }

  private static InvalidQueryException invalid() {
    return new InvalidQueryException("cursor is not valid: pass the next_cursor of a previous answer unchanged",
        "linket til næste side er ugyldigt; gå tilbage til første side");
  }
}
