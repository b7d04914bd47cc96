package dk.konferencebasen.measure;

import dk.konferencebasen.cli.Defaults;
import dk.konferencebasen.cli.Kb;
import dk.konferencebasen.evaluation.Evaluation;
import dk.konferencebasen.evaluation.ExtractionEvaluation;
import dk.konferencebasen.evaluation.TalkEvaluation;
import dk.konferencebasen.indexing.IndexerException;
import dk.konferencebasen.query.SynonymFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "eval",
    // the one line "kb --help" lists; the description below is shown by "kb eval --help"
    header = "Measure language quality, retrieval, extraction, talks and names against their targets.",
    mixinStandardHelpOptions = true,
    description = {
      "Measure the Danish analysis; print the tables of docs/EVALUATION.md:",
      "  1. conflation of word forms on the DDT dev split (pairwise P, R, F1);",
      "  2. retrieval on the seed corpus with the judged query set: success@1,",
      "     MRR, nDCG@10 per category, and the queries (c) misses;",
      "  3. cost: analysis throughput against Lucene's DanishAnalyzer, and the",
      "     heap the dictionaries hold;",
      "  4. extraction: the article-extraction benchmark and the Danish dev set,",
      "     indexed by the product and scored on the text it stores;",
      "  5. talks and names: people, organisations, municipalities and talk",
      "     starts found in judged Danish conference documents.",
      "(a) = Lucene StandardAnalyzer, (b) = Lucene DanishAnalyzer, (c) = ours.",
      "Says PASS or MISS for each target. Takes about a minute;",
      "progress goes to stderr, the tables to stdout."
    })
final class EvalCommand implements Callable<Integer> {
  @Option(names = "--ddt", paramLabel = "FILE",
      description = "UD Danish-DDT dev split in CoNLL-U (default: ${DEFAULT-VALUE}).")
  Path ddt = SharedData.ddt();

  @Option(names = "--corpus", paramLabel = "DIR",
      description = "The seed corpus the judged queries are written for (default: ${DEFAULT-VALUE}).")
  Path corpus = Defaults.corpus();

  @Option(names = "--synonyms", paramLabel = "FILE",
      description = "Synonym file for (c)'s queries, as ./kb search uses it (default: config/synonyms.txt beside kb, if there).")
  Path synonyms;

  @Option(names = "--cost-seconds", paramLabel = "SECONDS",
      description = "About how long each chain analyses text in the throughput measurement (default: ${DEFAULT-VALUE}).")
  double costSeconds = 2.0;

  @Option(names = "--extraction-benchmark", paramLabel = "DIR",
      description = "The article-extraction benchmark (html/, ground-truth.json) for the extraction part (default: ${DEFAULT-VALUE}).")
  Path extractionBenchmark = SharedData.ddt().getParent().resolveSibling("article-extraction-benchmark");

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (!Files.isRegularFile(ddt)) {
      System.err.println("kb eval: the DDT file " + ddt.toAbsolutePath().normalize()
          + " does not exist; pass --ddt FILE (the dev split da_ddt-ud-dev.conllu)");
      return Kb.EXIT_FAILED;
    }
    if (!Files.isDirectory(corpus)) {
      System.err.println("kb eval: the corpus folder " + corpus.toAbsolutePath().normalize()
          + " does not exist; pass --corpus DIR");
      return Kb.EXIT_FAILED;
    }
    if (!(costSeconds > 0 && costSeconds <= 600)) {
      System.err.println("kb eval: --cost-seconds must be more than 0 and at most 600");
      return 2;
    }
    SynonymFile synonymFile;
    try {
      synonymFile = Defaults.synonyms(synonyms);
    } catch (SynonymFile.InvalidSynonymsException e) {
      System.err.println("kb eval: " + e.getMessage());
      return Kb.EXIT_FAILED;
    }
    Path synonymPath = synonyms != null ? synonyms : Files.isRegularFile(Defaults.synonyms()) ? Defaults.synonyms() : null;
    String synonymNote = synonymPath == null ? "none (no " + Defaults.synonyms() + ")" : synonymPath.toAbsolutePath().normalize().toString();
    try {
      new Evaluation(new Evaluation.Options(TypedCommand.of(spec, "eval"), ddt, corpus, Duration.ofMillis(Math.round(costSeconds * 1000)),
          synonymFile, synonymNote), System.out, System.err).run();
      Path work = Files.createTempDirectory("kb-eval-extraction");
      try {
        ExtractionEvaluation.print(extractionBenchmark, work, System.out, System.err);
        TalkEvaluation.print(work, System.out, System.err);
      } finally {
        deleteQuietly(work);
      }
      return 0;
    } catch (IOException | IndexerException | IllegalStateException e) {
      System.err.println("kb eval: " + e.getMessage());
      return Kb.EXIT_FAILED;
    }
  }

  private static void deleteQuietly(Path root) {
    try (var paths = Files.walk(root)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary folder left behind is no reason to fail the evaluation
    }
  }
}
