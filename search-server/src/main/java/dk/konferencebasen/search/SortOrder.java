package dk.konferencebasen.search;

import dk.konferencebasen.query.InvalidQueryException;
import java.util.Locale;

/** How reports are ordered: by their best passage's relevance, or newest first. */
public enum SortOrder {
  RELEVANCE,
  DATE;

  public static SortOrder parse(String raw) throws InvalidQueryException {
    if (raw == null || raw.isBlank()) {
      return RELEVANCE;
    }
    try {
      return valueOf(raw.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidQueryException("sort must be relevance or date, not \"" + raw + "\"",
          "sorteringen skal være relevance (bedste først) eller date (nyeste først), ikke \"" + raw + "\"");
    }
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
