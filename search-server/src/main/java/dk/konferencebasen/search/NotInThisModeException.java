package dk.konferencebasen.search;

/**
 * What the serving backend cannot answer (yet): the cluster mode's endpoints not built on
 * OpenSearch. The API answers 501 with both messages, so nobody mistakes it for an empty answer.
 */
public final class NotInThisModeException extends RuntimeException {
  private final String danish;

  public NotInThisModeException(String english, String danish) {
    super(english);
    this.danish = danish;
  }

  /** For the cluster mode: {@code what} is answered by the embedded index only so far. */
  public static NotInThisModeException clusterMode(String what) {
    return new NotInThisModeException(what + " is answered by the embedded index only so far; run kb serve without --opensearch for it",
        what + " besvares indtil videre kun af det lokale indeks; start kb serve uden --opensearch");
  }

  public String danish() {
    return danish;
  }
}
