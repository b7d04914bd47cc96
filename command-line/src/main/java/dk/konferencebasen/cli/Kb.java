package dk.konferencebasen.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The kb command line: index a corpus, search it, serve it. */
@Command(
    name = "kb",
    mixinStandardHelpOptions = true,
    version = "Konferencebasen 0.1.0",
    description = "Konferencebasen: a searchable knowledge base of Danish conference reports.",
    footer = {
      "",
      "Cluster mode: kb cluster --nodes 3 starts local OpenSearch nodes (kb cluster --help).",
      "Measurements (not part of the product): kb eval | bench | bench-corpus | soak; kb eval --help and so on."
    },
    subcommands = {
      StartCommand.class,
      IndexCommand.class,
      SearchCommand.class,
      ServeCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Kb implements Runnable {
  /** Exit code when the run as a whole could not happen (bad corpus folder, locked index …). */
  public static final int EXIT_FAILED = 1;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  /**
   * Lucene reports at start-up, through java.util.logging, which CPU features it uses: useful
   * when profiling, noise in a terminal. Held in a field because JUL keeps loggers weakly.
   */
  public static void quietLucene() {
    LUCENE_LOG.setLevel(java.util.logging.Level.WARNING);
  }

  private static final java.util.logging.Logger LUCENE_LOG = java.util.logging.Logger.getLogger("org.apache.lucene");

  public static void main(String[] args) {
    quietLucene();
    System.exit(new CommandLine(new Kb()).setCaseInsensitiveEnumValuesAllowed(true).execute(args));
  }
}
