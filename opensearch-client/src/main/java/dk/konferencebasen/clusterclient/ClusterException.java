package dk.konferencebasen.clusterclient;

/** The cluster could not be reached, or refused what was sent; the message says which and why. */
public final class ClusterException extends RuntimeException {
  private final int status;
  private final String reason;

  public ClusterException(String message) {
    this(message, 0, message);
  }

  /** @param reason the cluster's own words for why it refused (its error's type and reason) */
  public ClusterException(String message, int status, String reason) {
    super(message);
    this.status = status;
    this.reason = reason;
  }

  /** Why the cluster refused, in its own words; the whole message when it gave none. */
  public String reason() {
    return reason;
  }

  /** The HTTP status the cluster answered with, or 0 when it gave none (unreachable, bad address). */
  public int status() {
    return status;
  }
}
