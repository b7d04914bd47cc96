package dk.konferencebasen.measure;

import dk.konferencebasen.cli.Kb;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The measurements' command line, which ./kb runs for eval, bench, bench-corpus and soak: the
 * product's jar does not carry them.
 */
@Command(
    name = "kb",
    mixinStandardHelpOptions = true,
    version = "Konferencebasen 0.1.0 measurements",
    description = "Konferencebasen's measurements: quality on judged sets, speed and memory on generated corpora.",
    subcommands = {
      EvalCommand.class,
      BenchCorpusCommand.class,
      BenchCommand.class,
      BenchClusterCommand.class,
      SoakCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Measure implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  public static void main(String[] args) {
    Kb.quietLucene();
    System.exit(new CommandLine(new Measure()).setCaseInsensitiveEnumValuesAllowed(true).execute(args));
  }
}
