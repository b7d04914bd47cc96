package dk.konferencebasen.cli;

import dk.konferencebasen.benchmark.CorpusGenerator;
import dk.konferencebasen.query.SynonymFile;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;

/**
 * Where things live when no option says otherwise: next to the checkout ./kb runs from (the
 * launcher passes it as KB_HOME), else the working directory.
 */
final class Defaults {
  private Defaults() {}

  static Path home() {
    String home = System.getenv("KB_HOME");
    return Path.of(home == null || home.isBlank() ? "." : home);
  }

  static Path corpus() {
    return home().resolve("corpus");
  }

  static Path index() {
    return home().resolve("data").resolve("index");
  }

  /**
   * The DDT dev split in the shared data: in KB_SHARED when set, else in ../shared beside the
   * checkout, where every developer machine and CI have it.
   */
  static Path ddt() {
    String shared = System.getenv("KB_SHARED");
    Path root = shared == null || shared.isBlank() ? home().resolve("..").resolve("shared") : Path.of(shared);
    return root.resolve("data").resolve("ud-danish-ddt").resolve("da_ddt-ud-dev.conllu").normalize();
  }

  /** The synonym file people edit; queries go without synonyms when it is not there. */
  static Path synonyms() {
    return home().resolve("config").resolve("synonyms.txt");
  }

  /** The synonyms to search with: the given file (which must exist), else the default if present. */
  static SynonymFile synonyms(Path given) throws SynonymFile.InvalidSynonymsException {
    if (given != null) {
      return SynonymFile.load(given);
    }
    return Files.isRegularFile(synonyms()) ? SynonymFile.load(synonyms()) : SynonymFile.none();
  }

  /** Says on stderr what to do when the DDT sentence file is not there; true when it is missing. */
  static boolean ddtMissing(String command, Path ddt) {
    if (Files.isRegularFile(ddt)) {
      return false;
    }
    System.err.println("kb " + command + ": the DDT file " + ddt.toAbsolutePath().normalize()
        + " does not exist; pass --ddt FILE (a CoNLL-U file such as da_ddt-ud-dev.conllu)");
    return true;
  }

  /** Reads --formats values (txt, html, docx, pdf) for the commands that generate corpora. */
  static final class FormatConverter implements CommandLine.ITypeConverter<CorpusGenerator.Format> {
    @Override
    public CorpusGenerator.Format convert(String value) {
      return CorpusGenerator.Format.parse(value);
    }
  }
}
