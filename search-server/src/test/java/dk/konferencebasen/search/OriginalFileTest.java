package dk.konferencebasen.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Only a regular file inside the corpus folder is ever an original file. */
class OriginalFileTest {
  @TempDir Path tmp;

  @Test
  void aFileInsideTheCorpusIsFoundAndNothingOutsideItIs() throws Exception {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    Files.writeString(Files.createDirectories(corpus.resolve("2019")).resolve("rapport.txt"), "tekst");
    Files.writeString(tmp.resolve("hemmelig.txt"), "hemmeligt");
    Files.createSymbolicLink(corpus.resolve("genvej.txt"), tmp.resolve("hemmelig.txt"));
    Files.createSymbolicLink(corpus.resolve("mappe"), tmp);
    Optional<Path> root = Optional.of(corpus);

    OriginalFile found = OriginalFile.find(root, "2019/rapport.txt", "text/plain").orElseThrow();
    assertEquals("rapport.txt", found.fileName());
    assertEquals("tekst", Files.readString(found.path()));

    for (String path : new String[] {"../hemmelig.txt", "2019/../../hemmelig.txt", tmp.resolve("hemmelig.txt").toString(),
        "genvej.txt", "mappe/hemmelig.txt", "2019", "findes-ikke.txt", ""}) {
      assertTrue(OriginalFile.find(root, path, "text/plain").isEmpty(), path);
    }
    assertTrue(OriginalFile.find(Optional.empty(), "2019/rapport.txt", "text/plain").isEmpty(), "no corpus recorded");
  }
}
