package dk.konferencebasen.soak;

import dk.konferencebasen.benchmark.CorpusGenerator;
import dk.konferencebasen.corpus.Sidecar;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes the soak's corpus and changes it between re-index rounds, the way a shared folder
 * changes: each round rewrites some reports with other text, adds new ones and deletes some,
 * so the corpus keeps about its size while every round gives the indexer real work (new
 * extraction, replaced and removed reports). Seeded: the same seed makes the same changes.
 */
final class CorpusChurn {
  /** Share of the corpus touched per round: half rewritten, a quarter added, a quarter deleted. */
  static final double SHARE_PER_ROUND = 0.10;

  /** What one round changed. */
  record Changes(int modified, int added, int deleted) {
    int total() {
      return modified + added + deleted;
    }
  }

  private final CorpusGenerator generator;
  private final Path folder;
  private final Random random;
  private final List<CorpusGenerator.Format> formats;
  private final List<Path> files = new ArrayList<>();
  private int nextReport;

  CorpusChurn(CorpusGenerator generator, Path folder, long seed, List<CorpusGenerator.Format> formats) {
    this.generator = generator;
    this.folder = folder;
    this.random = new Random(seed);
    this.formats = List.copyOf(formats);
  }

  /** Writes the first {@code docs} reports (formats round-robin). */
  CorpusGenerator.Summary create(int docs) throws IOException {
    CorpusGenerator.Summary summary = generator.generate(folder, docs, formats);
    for (int i = 0; i < docs; i++) {
      CorpusGenerator.Report r = generator.report(i, formats.get(i % formats.size()));
      files.add(folder.resolve(r.baseName() + "." + r.format().extension()));
    }
    nextReport = docs;
    return summary;
  }

  int size() {
    return files.size();
  }

  Changes change() throws IOException {
    int touch = Math.max(4, (int) Math.round(files.size() * SHARE_PER_ROUND));
    int modify = touch / 2;
    int add = touch / 4;
    int delete = Math.min(touch - modify - add, files.size() - modify - 1);
    for (int i = 0; i < modify; i++) {
      // another report's text under the same file name: the indexer must replace it
      Path file = files.get(random.nextInt(files.size()));
      CorpusGenerator.Report r = generator.report(nextReport++, formatOf(file));
      CorpusGenerator.write(r, file);
      Files.writeString(Sidecar.pathFor(file), CorpusGenerator.sidecarJson(r), StandardCharsets.UTF_8);
    }
    for (int i = 0; i < add; i++) {
      CorpusGenerator.Report r = generator.report(nextReport++, formats.get(random.nextInt(formats.size())));
      Path file = folder.resolve(r.baseName() + "." + r.format().extension());
      CorpusGenerator.write(r, file);
      Files.writeString(Sidecar.pathFor(file), CorpusGenerator.sidecarJson(r), StandardCharsets.UTF_8);
      files.add(file);
    }
    for (int i = 0; i < delete; i++) {
      Path file = files.remove(random.nextInt(files.size()));
      Files.deleteIfExists(file);
      Files.deleteIfExists(Sidecar.pathFor(file));
    }
    return new Changes(modify, add, Math.max(0, delete));
  }

  private static CorpusGenerator.Format formatOf(Path file) {
    String name = file.getFileName().toString();
    return CorpusGenerator.Format.parse(name.substring(name.lastIndexOf('.') + 1));
  }
}
