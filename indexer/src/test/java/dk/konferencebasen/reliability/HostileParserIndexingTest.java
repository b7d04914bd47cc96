package dk.konferencebasen.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dk.konferencebasen.extraction.ExtractionLimits;
import dk.konferencebasen.indexing.IndexRunSummary;
import dk.konferencebasen.indexing.Indexer;
import dk.konferencebasen.indexing.ProgressListener;
import dk.konferencebasen.testing.Corpus;
import dk.konferencebasen.testing.HostileFiles;
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
 */
class HostileParserIndexingTest {
  @TempDir Path tmp;

  @Test
  void aHangingAndAnExhaustingParserCostOneFileEach() throws Exception {
    Path corpus = tmp.resolve("corpus");
    Corpus.copySeed(Corpus.SEED_000, corpus);
    Corpus.copySeed(Corpus.SEED_002, corpus);
    HostileFiles.hanging(corpus, "hang.txt");
    HostileFiles.exhausting(corpus, "oom.txt");
    // The time limit only has to end the hang; it is generous so that the memory-eating parser
    // runs out of memory before it, however busy the machine (a busy 2-core CI machine took more
    // than 2 s to fill the worker's heap). The preemptive timeout is a safety net, not a measure.
    ExtractionLimits limits = new ExtractionLimits(
        ExtractionLimits.DEFAULT.maxFileBytes(), Duration.ofSeconds(20), ExtractionLimits.DEFAULT.maxChars());

    IndexRunSummary summary = assertTimeoutPreemptively(Duration.ofSeconds(600), () -> new Indexer().run(
        new Indexer.Options(corpus, tmp.resolve("index"), false, 2, limits), ProgressListener.SILENT));

    assertEquals(List.of(Corpus.SEED_000, Corpus.SEED_002), summary.indexed());
    Map<String, String> reasons = summary.failed().stream()
        .collect(Collectors.toMap(IndexRunSummary.Failure::path, IndexRunSummary.Failure::reason));
    assertEquals(Map.of(
        "hang.txt", "parsing took longer than the limit of 20 s",
        "oom.txt", "the parser crashed or ran out of memory (exit code 3)"), reasons);
    assertEquals(0, HostileFiles.liveWorkers(), "parse workers outlived the run");
  }
}
