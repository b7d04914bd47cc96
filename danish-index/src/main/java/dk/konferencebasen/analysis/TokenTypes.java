package dk.konferencebasen.analysis;

/** Token types our filters set, so later filters, scoring and /api/analyze can tell tokens apart. */
public final class TokenTypes {
  /** A part of a compound, indexed at the compound's position ("undervisning" in "sprogundervisning"). */
  public static final String PART = "part";

  /**
   * In front of every part's term, so a part is a term of its own: "undervisning" the word and
   * "\u0001undervisning" the part of "sprogundervisning" can be weighted apart at query time.
   * The same device as Lucene's ReversedWildcardFilter.
   */
  public static final char PART_MARKER = '\u0001';

  private TokenTypes() {}
}
