package dk.konferencebasen.analysis;

/** Token types our filters set, so later filters, scoring and /api/analyze can tell tokens apart. */
public final class TokenTypes {
  /** A part of a compound, indexed at the compound's position ("undervisning" in "sprogundervisning"). */
  public static final String PART = "part";

  private TokenTypes() {}
}
