package dk.konferencebasen.corpus;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Lists the documents under a corpus folder, recursively, following links but not loops.
 * Hidden files and folders and sidecars are not documents. Places that cannot be read are
 * reported to {@code problems} and the walk goes on.
 */
public final class CorpusWalker {
  private CorpusWalker() {}

  public static List<CorpusFile> walk(Path root, BiConsumer<String, String> problems) throws IOException {
    Path base = root.toAbsolutePath().normalize();
    List<CorpusFile> files = new ArrayList<>();
    Files.walkFileTree(base, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            return !dir.equals(base) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (attrs.isRegularFile() && !isHidden(file) && !Sidecar.isSidecar(file)) {
              files.add(new CorpusFile(file, relative(base, file), attrs.size()));
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            if (file.equals(base)) {
              return FileVisitResult.TERMINATE;
            }
            String reason = e instanceof FileSystemLoopException
                ? "symbolic link loop, not followed"
                : "cannot read: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage());
            problems.accept(relative(base, file), reason);
            return FileVisitResult.CONTINUE;
          }
        });
    files.sort((a, b) -> a.relativePath().compareTo(b.relativePath()));
    return files;
  }

  private static boolean isHidden(Path path) {
    Path name = path.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  private static String relative(Path base, Path file) {
    return base.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
  }
}
