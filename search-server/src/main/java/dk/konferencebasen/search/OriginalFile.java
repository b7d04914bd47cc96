package dk.konferencebasen.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A report's original file, found where the index says it came from: the corpus folder of the
 * run that indexed it and the report's path in it. Only a regular file inside that folder is
 * ever handed out — a stored path with "..", or a link that leads out of the folder, is not —
 * so the server can offer downloads without serving anything else from the disk.
 */
public record OriginalFile(Path path, String fileName, String mediaType) {
  public static Optional<OriginalFile> find(Optional<Path> corpus, String relativePath, String mediaType) {
    if (corpus.isEmpty() || relativePath == null || relativePath.isEmpty()) {
      return Optional.empty();
    }
    Path root = corpus.get();
    Path file = root.resolve(relativePath).normalize();
    if (!file.startsWith(root)) {
      return Optional.empty();
    }
    try {
      Path real = file.toRealPath();
      if (!real.startsWith(root.toRealPath()) || !Files.isRegularFile(real) || !Files.isReadable(real)) {
        return Optional.empty();
      }
      return Optional.of(new OriginalFile(real, file.getFileName().toString(), mediaType));
    } catch (IOException e) {
      return Optional.empty(); // gone, moved, or the corpus is on another machine
    }
  }
}
