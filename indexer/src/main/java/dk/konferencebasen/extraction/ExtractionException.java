package dk.konferencebasen.extraction;

/** A file that cannot be turned into text, with a reason a person can act on. */
public final class ExtractionException extends Exception {
  public ExtractionException(String reason) {
    super(reason);
  }

  public ExtractionException(String reason, Throwable cause) {
    super(reason, cause);
  }
}
