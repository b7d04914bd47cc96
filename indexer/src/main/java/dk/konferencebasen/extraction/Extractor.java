package dk.konferencebasen.extraction;

import java.nio.file.Path;

/** Turns one file into an {@link Extraction}, or says in words why it cannot. Thread-safe. */
public interface Extractor extends AutoCloseable {
  Extraction extract(Path file) throws ExtractionException;

  @Override
  void close();
}
