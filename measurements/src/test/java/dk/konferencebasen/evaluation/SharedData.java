package dk.konferencebasen.evaluation;

import dk.konferencebasen.testing.TestIndex;
import java.nio.file.Files;
import java.nio.file.Path;

/** The shared data beside the checkout (or in KB_SHARED), which the evaluations read in place. */
final class SharedData {
  private SharedData() {}

  static Path root() {
    String shared = System.getenv("KB_SHARED");
    Path root = shared == null || shared.isBlank()
        ? TestIndex.repositoryCorpus().getParent().resolveSibling("shared") : Path.of(shared);
    if (!Files.isDirectory(root.resolve("data"))) {
      throw new AssertionError("the shared data is not at " + root
          + ": put shared/ beside the checkout, or set KB_SHARED to where it is");
    }
    return root;
  }
}
