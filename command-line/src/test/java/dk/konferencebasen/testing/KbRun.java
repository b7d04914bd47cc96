package dk.konferencebasen.testing;

import dk.konferencebasen.cli.Kb;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** The kb command line run in-process as a person runs it: arguments in, exit code and text out. */
public record KbRun(int exit, String out, String err) {

  public static KbRun kb(String... args) {
    return run(new Kb(), args);
  }

  /** @param command the picocli command to run: the product's {@link Kb}, or the measurements' */
  public static KbRun run(Object command, String... args) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      int exit = new CommandLine(command).execute(args);
      return new KbRun(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }
}
