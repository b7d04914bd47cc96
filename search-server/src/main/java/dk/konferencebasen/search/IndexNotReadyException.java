package dk.konferencebasen.search;

/** The index folder cannot be searched yet: missing, empty, or not a Konferencebasen index. */
public final class IndexNotReadyException extends Exception {
  public IndexNotReadyException(String message) {
    super(message);
  }

  public IndexNotReadyException(String message, Throwable cause) {
    super(message, cause);
  }
}
