package dk.konferencebasen.cli;

import java.nio.file.Path;

/**
 * Where things live when no option says otherwise: next to the checkout ./kb runs from (the
 * launcher passes it as KB_HOME), else the working directory.
 */
final class Defaults {
  private Defaults() {}

  static Path home() {
    String home = System.getenv("KB_HOME");
    return Path.of(home == null || home.isBlank() ? "." : home);
  }

  static Path corpus() {
    return home().resolve("corpus");
  }

  static Path index() {
    return home().resolve("data").resolve("index");
  }
}
