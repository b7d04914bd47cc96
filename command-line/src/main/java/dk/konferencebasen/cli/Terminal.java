package dk.konferencebasen.cli;

import java.io.Console;

/** Whether a person is watching: progress bars and colours only then. */
final class Terminal {
  private Terminal() {}

  static boolean isInteractive() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    // From JDK 22 on, System.console() exists even when output is redirected; isTerminal()
    // (absent from the JDK 21 API we compile against) tells the two apart.
    try {
      return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }
}
