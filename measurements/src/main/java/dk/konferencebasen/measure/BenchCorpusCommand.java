package dk.konferencebasen.measure;

import dk.konferencebasen.cli.Defaults;
import dk.konferencebasen.cli.Kb;
import dk.konferencebasen.benchmark.CorpusGenerator;
import dk.konferencebasen.benchmark.DdtSentences;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "bench-corpus",
    // the one line "kb --help" lists; the description below is shown by "kb bench-corpus --help"
    header = "Write a benchmark corpus of generated Danish conference reports.",
    mixinStandardHelpOptions = true,
    description = {
      "Write a benchmark corpus of Danish conference reports: sentences sampled from UD Danish-DDT, "
          + "paragraphs of 3-8 sentences, reports of 5-40 paragraphs, people, organisations, conferences "
          + "and years in the text and in a NAME.meta.json sidecar. The same seed gives the same output."
    })
final class BenchCorpusCommand implements Callable<Integer> {
  @Option(names = "--out", paramLabel = "DIR", required = true, description = "Folder to write the reports into.")
  Path out;

  @Option(names = "--docs", paramLabel = "N", required = true, description = "Number of reports.")
  int docs;

  @Option(names = "--formats", paramLabel = "LIST", split = ",", converter = SharedData.FormatConverter.class, defaultValue = "txt,html,docx,pdf",
      description = "Formats, spread round-robin over the reports (default: ${DEFAULT-VALUE}).")
  List<CorpusGenerator.Format> formats;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--ddt", paramLabel = "FILE",
      description = "UD Danish-DDT CoNLL-U file to sample sentences from (default: ${DEFAULT-VALUE}).")
  Path ddt = SharedData.ddt();

  @Override
  public Integer call() {
    if (docs < 1) {
      System.err.println("kb bench-corpus: --docs must be at least 1");
      return 2;
    }
    if (SharedData.ddtMissing("bench-corpus", ddt)) {
      return Kb.EXIT_FAILED;
    }
    try {
      CorpusGenerator.Summary s = new CorpusGenerator(DdtSentences.read(ddt), seed).generate(out, docs, formats);
      System.out.printf(Locale.ROOT, "%d reports, %d passages (paragraphs), %d sentences, %.1f MB written to %s%n",
          s.reports(), s.passages(), s.sentences(), s.megabytes(), out);
      return 0;
    } catch (IOException e) {
      System.err.println("kb bench-corpus: " + e.getMessage());
      return Kb.EXIT_FAILED;
    }
  }
}
