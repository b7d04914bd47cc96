package dk.konferencebasen.indexing;

/** The run as a whole cannot happen: unreadable corpus folder, index locked by another writer … */
public final class IndexerException extends Exception {
  public IndexerException(String message) {
    super(message);
  }

  public IndexerException(String message, Throwable cause) {
    super(message, cause);
  }
}
