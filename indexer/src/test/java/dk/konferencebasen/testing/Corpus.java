package dk.konferencebasen.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The repository's starting corpus (the two seed reports), found from any module folder. */
public final class Corpus {
  public static final String SEED_000 = "000_3539d106741d8920.txt";
  public static final String SEED_002 = "002_83ba2612006fa3f2.txt";

  private Corpus() {}

  public static Path folder() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path corpus = dir.resolve("corpus");
      if (Files.isRegularFile(corpus.resolve(SEED_000))) {
        return corpus;
      }
    }
    throw new IllegalStateException("cannot find the repository's corpus/ folder above " + Path.of("").toAbsolutePath());
  }

  public static Path seed(String name) {
    return folder().resolve(name);
  }

  /** Copies a seed (and its sidecar) into {@code dir}, as a corpus of its own for a test. */
  public static Path copySeed(String name, Path dir) throws IOException {
    Files.createDirectories(dir);
    Path copy = Files.copy(seed(name), dir.resolve(name));
    Path sidecar = folder().resolve(name.replace(".txt", ".meta.json"));
    if (Files.exists(sidecar)) {
      Files.copy(sidecar, dir.resolve(sidecar.getFileName()));
    }
    return copy;
  }
}
