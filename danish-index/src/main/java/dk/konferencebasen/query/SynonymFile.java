package dk.konferencebasen.query;

import dk.konferencebasen.analysis.Synonyms;
import dk.konferencebasen.schema.IndexSchema;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * The query analyzer with the synonyms of a plain file that people edit: read at start (a
 * broken file is an error then), and read again when the file changes, at most once a second.
 * A broken edit while serving keeps the synonyms that worked and says why in the log.
 */
public final class SynonymFile {
  // The JDK's logger: this package also runs inside OpenSearch (the analysis plugin), which brings no SLF4J.
  private static final System.Logger LOG = System.getLogger(SynonymFile.class.getName());
  private static final long CHECK_EVERY_NANOS = 1_000_000_000L;

  private final Optional<Path> file;
  private volatile Analyzer analyzer;
  private volatile FileTime loadedVersion;
  private volatile long lastCheck;

  private SynonymFile(Optional<Path> file, Analyzer analyzer, FileTime version) {
    this.file = file;
    this.analyzer = analyzer;
    this.loadedVersion = version;
    this.lastCheck = System.nanoTime();
  }

  /** Queries without synonyms. */
  public static SynonymFile none() {
    return new SynonymFile(Optional.empty(), QueryBuilder.PLAIN, null);
  }

  public static SynonymFile load(Path file) throws InvalidSynonymsException {
    FileTime version = modified(file);
    return new SynonymFile(Optional.of(file), IndexSchema.queryAnalyzer(read(file)), version);
  }

  /** The analyzer for parsing queries, with the file's current synonyms. */
  public Analyzer queryAnalyzer() {
    if (file.isPresent() && System.nanoTime() - lastCheck > CHECK_EVERY_NANOS) {
      reloadIfChanged(file.get());
    }
    return analyzer;
  }

  private synchronized void reloadIfChanged(Path path) {
    lastCheck = System.nanoTime();
    try {
      FileTime version = modified(path);
      if (version.equals(loadedVersion)) {
        return;
      }
      analyzer = IndexSchema.queryAnalyzer(read(path));
      loadedVersion = version;
      LOG.log(System.Logger.Level.INFO, "synonyms reloaded from {0}", path);
    } catch (InvalidSynonymsException e) {
      LOG.log(System.Logger.Level.WARNING, "{0}; keeping the synonyms loaded before", e.getMessage());
      try {
        loadedVersion = modified(path); // do not retry a broken version every second
      } catch (InvalidSynonymsException ignored) {
        // the file is gone; keep what we have
      }
    }
  }

  private static SynonymMap read(Path file) throws InvalidSynonymsException {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return Synonyms.parse(reader);
    } catch (IOException e) {
      throw new InvalidSynonymsException("cannot read synonym file " + file + ": " + e.getMessage());
    } catch (java.text.ParseException | IllegalArgumentException e) {
      throw new InvalidSynonymsException("synonym file " + file + " has an error"
          + (e instanceof java.text.ParseException pe ? " near line " + pe.getErrorOffset() : "") + ": " + e.getMessage());
    }
  }

  private static FileTime modified(Path file) throws InvalidSynonymsException {
    try {
      return Files.getLastModifiedTime(file);
    } catch (IOException e) {
      throw new InvalidSynonymsException("cannot read synonym file " + file + ": " + e.getMessage());
    }
  }

  /** A synonym file that cannot be used. */
  public static final class InvalidSynonymsException extends Exception {
    public InvalidSynonymsException(String message) {
      super(message);
    }
  }
}
