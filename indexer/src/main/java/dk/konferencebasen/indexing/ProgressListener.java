package dk.konferencebasen.indexing;

/** Hears about an indexing run as it goes; called from several threads. */
public interface ProgressListener {
  ProgressListener SILENT = new ProgressListener() {};

  /** The walk is done: this many files and bytes will be looked at. */
  default void started(int files, long bytes) {}

  /** One file is done, whatever its outcome. */
  default void fileDone(String relativePath, long bytes) {}

  default void finished() {}
}
