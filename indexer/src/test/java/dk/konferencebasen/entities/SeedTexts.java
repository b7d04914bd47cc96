package dk.konferencebasen.entities;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import dk.konferencebasen.testing.Corpus;

/** The real seed reports, read from the repository's {@code corpus/} folder. */
final class SeedTexts {
  static final String SEED_000 = "000_3539d106741d8920.txt";
  static final String SEED_002 = "002_83ba2612006fa3f2.txt";

  private SeedTexts() {}

  /** The seeds as the repository's corpus/ holds them (copied unchanged from shared/seeds). */
  static Path seedsDirectory() {
    return Corpus.folder();
  }

  static String read(String fileName) {
    Path file = seedsDirectory().resolve(fileName);
    if (!Files.isRegularFile(file)) {
      throw new AssertionError("Seed file missing: " + file);
    }
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The paragraphs of a seed: text split on blank lines, trimmed, empty ones dropped. */
  static List<String> paragraphs(String fileName) {
    return Arrays.stream(read(fileName).split("\\R[ \\t]*\\R"))
        .map(String::strip)
        .filter(p -> !p.isEmpty())
        .toList();
  }

  /** The one paragraph starting with {@code prefix}. */
  static String paragraphStartingWith(String fileName, String prefix) {
    List<String> matches = paragraphs(fileName).stream().filter(p -> p.startsWith(prefix)).toList();
    if (matches.size() != 1) {
      throw new AssertionError(
          "Expected one paragraph of " + fileName + " starting with '" + prefix + "', found " + matches.size());
    }
    return matches.get(0);
  }
}
