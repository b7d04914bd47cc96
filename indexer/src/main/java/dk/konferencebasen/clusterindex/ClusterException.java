package dk.konferencebasen.clusterindex;

/** The cluster could not be reached, or refused what was sent; the message says which and why. */
public final class ClusterException extends RuntimeException {
  public ClusterException(String message) {
    super(message);
  }
}
