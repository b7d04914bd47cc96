package dk.konferencebasen.evaluation;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The expected quality figures of {@code evaluation/expected-figures.tsv}, and the check a run's
 * figures must pass: within the tolerance of what the file records, neither below (a regression)
 * nor above (the file and docs/EVALUATION.md no longer say what the product does).
 */
final class ExpectedFigures {
  record Expected(double value, double tolerance) {}

  private final Map<String, Expected> figures;
  private final List<String> failures = new ArrayList<>();

  private ExpectedFigures(Map<String, Expected> figures) {
    this.figures = figures;
  }

  static ExpectedFigures load() throws IOException {
    Map<String, Expected> figures = new LinkedHashMap<>();
    try (InputStream in = ExpectedFigures.class.getResourceAsStream("/evaluation/expected-figures.tsv")) {
      assertNotNull(in, "evaluation/expected-figures.tsv is missing");
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t");
        figures.put(cells[0], new Expected(Double.parseDouble(cells[1]), Double.parseDouble(cells[2])));
      }
    }
    return new ExpectedFigures(figures);
  }

  /** Notes a figure of this run; {@link #failures()} lists the ones out of bounds. */
  void measured(String figure, double value) {
    Expected expected = figures.get(figure);
    System.out.printf(Locale.ROOT, "%s: measured %s, expected %s%n", figure, format(value),
        expected == null ? "(none)" : format(expected.value()) + " ± " + format(expected.tolerance()));
    if (expected == null) {
      failures.add(figure + " is not in expected-figures.tsv (measured " + format(value) + ")");
    } else if (value < expected.value() - expected.tolerance()) {
      failures.add(figure + " fell to " + format(value) + " (expected " + format(expected.value()) + " ± "
          + format(expected.tolerance()) + ")");
    } else if (value > expected.value() + expected.tolerance()) {
      failures.add(figure + " rose to " + format(value) + " (expected " + format(expected.value())
          + "): record it in expected-figures.tsv and docs/EVALUATION.md");
    }
  }

  List<String> failures() {
    return failures;
  }

  /** The figures whose names start with this prefix, for a test to check it measured them all. */
  List<String> named(String prefix) {
    return figures.keySet().stream().filter(name -> name.startsWith(prefix)).toList();
  }

  private static String format(double value) {
    return String.format(Locale.ROOT, "%.4f", value);
  }
}
