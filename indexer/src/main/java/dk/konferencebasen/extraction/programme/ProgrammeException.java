package dk.konferencebasen.extraction.programme;

/** A file that claims to be a programme (by its type or its columns) but cannot be read as one. */
public final class ProgrammeException extends Exception {
  public ProgrammeException(String message) {
    super(message);
  }

  public ProgrammeException(String message, Throwable cause) {
    super(message, cause);
  }
}
