package dk.konferencebasen.measure;

import dk.konferencebasen.benchmark.CorpusGenerator;
import dk.konferencebasen.cli.Defaults;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;

/** What the measurements read when no option says otherwise: the shared data beside the checkout. */
final class SharedData {
  private SharedData() {}

  /**
   * The DDT dev split in the shared data: in KB_SHARED when set, else in ../shared beside the
   * checkout, where every developer machine and CI have it.
   */
  static Path ddt() {
    String shared = System.getenv("KB_SHARED");
    Path root = shared == null || shared.isBlank() ? Defaults.home().resolve("..").resolve("shared") : Path.of(shared);
    return root.resolve("data").resolve("ud-danish-ddt").resolve("da_ddt-ud-dev.conllu").normalize();
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
