package dk.konferencebasen.query;

/** A query the user has to change: the message says what is wrong and where. */
public final class InvalidQueryException extends Exception {
  public InvalidQueryException(String message) {
    super(message);
  }
}
