package dk.konferencebasen.measure;

import dk.konferencebasen.cli.Defaults;
import dk.konferencebasen.cli.Kb;
import dk.konferencebasen.benchmark.CorpusGenerator;
import dk.konferencebasen.benchmark.DdtSentences;
import dk.konferencebasen.soak.Soak;
import dk.konferencebasen.soak.SoakReport;
import dk.konferencebasen.soak.SoakResult;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "soak",
    // the one line "kb --help" lists; the description below is shown by "kb soak --help"
    header = "Run the server under load while re-indexing, and judge it (not a test).",
    mixinStandardHelpOptions = true,
    description = {
      "Soak under load (not a test; see docs/RELIABILITY.md). Generates a corpus (as bench-corpus), "
          + "indexes it and serves it on 127.0.0.1; --concurrency clients send a query mix (searches with "
          + "filters, phrases, wildcards, fuzzy terms and next pages, suggest, analyze, documents, stats, and "
          + "deliberately bad requests) for --minutes, while a re-index loop keeps rewriting, adding and "
          + "deleting files and committing into the served index. Heap after GC, threads and open files are "
          + "sampled. The report goes to stdout (Markdown), progress to stderr. Exit code 1 on any failed "
          + "request (5xx, no connection, timeout, not JSON), unexpected answer, re-index failure, commits "
          + "the server did not pick up, or a clearly growing heap."
    })
final class SoakCommand implements Callable<Integer> {
  @Option(names = "--minutes", paramLabel = "M", defaultValue = "5", description = "How long the load runs (default: ${DEFAULT-VALUE}).")
  double minutes;

  @Option(names = "--concurrency", paramLabel = "N", defaultValue = "32", description = "Client threads (default: ${DEFAULT-VALUE}).")
  int concurrency;

  @Option(names = "--docs", paramLabel = "N", defaultValue = "500",
      description = "Reports in the generated corpus (default: ${DEFAULT-VALUE}, about 11 000 passages: a re-index round,"
          + " which changes a tenth of it, takes tens of seconds on 2 cores under the load; 3000 took over three minutes).")
  int docs;

  @Option(names = "--formats", paramLabel = "LIST", split = ",", converter = SharedData.FormatConverter.class, defaultValue = "txt,html,docx,pdf",
      description = "Formats of the generated reports, round-robin (default: ${DEFAULT-VALUE}).")
  List<CorpusGenerator.Format> formats;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed of the corpus, its changes and the query mix (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--index-threads", paramLabel = "N", description = "Indexer threads (default: cores = ${DEFAULT-VALUE}).")
  int indexThreads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--sample-seconds", paramLabel = "S", defaultValue = "10",
      description = "Heap, threads and open files are sampled this often (default: ${DEFAULT-VALUE}).")
  double sampleSeconds;

  @Option(names = "--work", paramLabel = "DIR",
      description = "Where the corpus and index go and stay (default: a temporary folder, removed afterwards).")
  Path work;

  @Option(names = "--ddt", paramLabel = "FILE", description = "UD Danish-DDT CoNLL-U file (default: ${DEFAULT-VALUE}).")
  Path ddt = SharedData.ddt();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (!(minutes > 0) || concurrency < 1 || concurrency > 1024 || docs < 10 || indexThreads < 1 || !(sampleSeconds > 0)) {
      System.err.println("kb soak: --minutes, --concurrency (at most 1024), --index-threads and --sample-seconds must be"
          + " positive, --docs at least 10");
      return 2;
    }
    if (SharedData.ddtMissing("soak", ddt)) {
      return Kb.EXIT_FAILED;
    }
    try {
      SoakResult result = new Soak(new Soak.Options(TypedCommand.of(spec, "soak"), new Soak.LoadEnd.After(minutes * 60), concurrency, docs, seed,
          List.copyOf(formats), indexThreads, sampleSeconds, work), DdtSentences.read(ddt), System.err).run();
      SoakReport.print(result, System.out);
      return result.passed() ? 0 : Kb.EXIT_FAILED;
    } catch (Exception e) {
      System.err.println("kb soak: failed: " + e);
      e.printStackTrace(System.err);
      return Kb.EXIT_FAILED;
    }
  }
}
