package dk.konferencebasen.cli;

import dk.konferencebasen.query.SynonymFile;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where things live when no option says otherwise: next to the checkout ./kb runs from (the
 * launcher passes it as KB_HOME), else the working directory.
 */
public final class Defaults {
  private Defaults() {}

  public static Path home() {
    String home = System.getenv("KB_HOME");
    return Path.of(home == null || home.isBlank() ? "." : home);
  }

  public static Path corpus() {
    return home().resolve("corpus");
  }

  public static Path index() {
    return home().resolve("data").resolve("index");
  }

  /** The synonym file people edit; queries go without synonyms when it is not there. */
  public static Path synonyms() {
    return home().resolve("config").resolve("synonyms.txt");
  }

  /** The synonyms to search with: the given file (which must exist), else the default if present. */
  public static SynonymFile synonyms(Path given) throws SynonymFile.InvalidSynonymsException {
    if (given != null) {
      return SynonymFile.load(given);
    }
    return Files.isRegularFile(synonyms()) ? SynonymFile.load(synonyms()) : SynonymFile.none();
  }
}
