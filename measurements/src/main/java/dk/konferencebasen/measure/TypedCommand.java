package dk.konferencebasen.measure;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;

/** The command as it was typed, for the record at the top of a measurement's output. */
final class TypedCommand {
  private TypedCommand() {}

  static String of(CommandSpec spec, String name) {
    List<String> args = spec == null || spec.commandLine().getParseResult() == null
        ? List.of() : spec.commandLine().getParseResult().originalArgs();
    List<String> words = new ArrayList<>(List.of("./kb"));
    if (args.isEmpty() || !args.get(0).equals(name)) {
      words.add(name); // picocli gives the whole command line, from the command on, when run through kb
    }
    words.addAll(args);
    return String.join(" ", words);
  }
}
