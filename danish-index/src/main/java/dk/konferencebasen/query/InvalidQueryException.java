package dk.konferencebasen.query;

/**
 * A query or search parameter the user must change, said in English for the API's scripts and
 * in Danish for the page ({@code message_da}), both naming what to change.
 */
public final class InvalidQueryException extends Exception {
  private final String danish;

  public InvalidQueryException(String english, String danish) {
    super(english);
    this.danish = danish;
  }

  public String danish() {
    return danish;
  }
}
