package dk.konferencebasen.cli;

import dk.konferencebasen.extraction.ExtractionLimits;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "start",
    mixinStandardHelpOptions = true,
    description = "Index corpus/ (only what changed) into data/index and serve it at http://127.0.0.1:7070/.")
final class StartCommand implements Callable<Integer> {
  @Option(names = "--port", paramLabel = "PORT", defaultValue = "${env:KB_PORT:-7070}", description = "Port (default: 7070).")
  int port;

  @Option(names = "--host", paramLabel = "HOST", defaultValue = "${env:KB_HOST:-127.0.0.1}", description = "Address (default: 127.0.0.1).")
  String host;

  @Override
  public Integer call() {
    // a taken port is told before the corpus is read, not after minutes of indexing
    java.util.Optional<String> taken = ServeCommand.portTaken(host, port);
    if (taken.isPresent()) {
      System.err.println("kb start: " + taken.get());
      return Kb.EXIT_FAILED;
    }
    Path corpus = Defaults.corpus();
    Path index = Defaults.index();
    int indexed = IndexCommand.run(corpus, index, false, Runtime.getRuntime().availableProcessors(), ExtractionLimits.DEFAULT);
    if (indexed != 0) {
      return indexed;
    }
    return ServeCommand.serve(index, null, host, port);
  }
}
