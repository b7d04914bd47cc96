package dk.konferencebasen.clusterclient;

/** The cluster could not be reached, or refused what was sent; the message says which and why. */
public final class ClusterException extends RuntimeException {
  private final int status;

  public ClusterException(String message) {
    this(message, 0);
  }

  public ClusterException(String message, int status) {
    super(message);
    this.status = status;
  }

  /** The HTTP status the cluster answered with, or 0 when it gave none (unreachable, bad address). */
  public int status() {
    return status;
  }
}
