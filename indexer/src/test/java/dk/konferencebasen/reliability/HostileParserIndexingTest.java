package dk.konferencebasen.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.konferencebasen.extraction.ExtractionLimits;
import dk.konferencebasen.indexing.IndexRunSummary;
import dk.konferencebasen.indexing.Indexer;
import dk.konferencebasen.indexing.ProgressListener;
import dk.konferencebasen.testing.Corpus;
import dk.konferencebasen.testing.HostileFiles;
import dk.konferencebasen.testing.IndexProbe;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A parser that never returns, or one that exhausts its heap, costs the indexer one file
 * each. The run finishes, the good reports are indexed and the bad files are named with reasons.
 *
 * <p>No result depends on how fast the machine is, so the two hostile files meet the indexer in
 * two runs on one index. The good reports and the parser that eats its heap are parsed without a
 * time limit they could reach (filling the worker's heap took a busy 2-core CI machine more than
 * 2 s; it ends by running out of memory however long that takes). Only the parser that never
 * returns gets a short limit: it reaches any limit, so the short one decides nothing by speed —
 * and nothing else is parsed under it (the good reports, already indexed and unchanged, are not
 * parsed again).
 */
class HostileParserIndexingTest {
  @TempDir Path tmp;

  @Test
  void aHangingAndAnExhaustingParserCostOneFileEach() throws Exception {
    Path corpus = tmp.resolve("corpus");
    Path index = tmp.resolve("index");
    Corpus.copySeed(Corpus.SEED_000, corpus);
    Corpus.copySeed(Corpus.SEED_002, corpus);
    Path oom = HostileFiles.exhausting(corpus, "oom.txt");

    ExtractionLimits noLimitReached = new ExtractionLimits(
        ExtractionLimits.DEFAULT.maxFileBytes(), Duration.ofDays(1), ExtractionLimits.DEFAULT.maxChars());
    IndexRunSummary first = new Indexer().run(
        new Indexer.Options(corpus, index, false, 2, noLimitReached), ProgressListener.SILENT);
    assertEquals(List.of(Corpus.SEED_000, Corpus.SEED_002), first.indexed());
    assertEquals(Map.of("oom.txt", "the parser crashed or ran out of memory (exit code 3)"), reasons(first));
    assertEquals(0, HostileFiles.liveWorkers(), "parse workers outlived the first run");

    // the exhausting file has had its run; a run retries failed files, and it must not meet the short limit
    Files.delete(oom);
    HostileFiles.hanging(corpus, "hang.txt");
    ExtractionLimits shortLimit = new ExtractionLimits(
        ExtractionLimits.DEFAULT.maxFileBytes(), Duration.ofSeconds(2), ExtractionLimits.DEFAULT.maxChars());
    IndexRunSummary second = new Indexer().run(
        new Indexer.Options(corpus, index, false, 2, shortLimit), ProgressListener.SILENT);
    assertEquals(List.of(), second.indexed(), "the good reports were unchanged, so nothing was parsed but the hang");
    assertEquals(2, second.unchanged());
    assertEquals(Map.of("hang.txt", "parsing took longer than the limit of 2 s"), reasons(second));
    assertEquals(0, HostileFiles.liveWorkers(), "parse workers outlived the second run");

    try (IndexProbe probe = IndexProbe.open(index)) {
      assertEquals(2, probe.reportCount(), "the good reports, and nothing of the hostile files");
    }
  }

  private static Map<String, String> reasons(IndexRunSummary summary) {
    return summary.failed().stream().collect(Collectors.toMap(IndexRunSummary.Failure::path, IndexRunSummary.Failure::reason));
  }
}
