package dk.konferencebasen.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.konferencebasen.testing.TestIndex;
import dk.konferencebasen.testing.TestServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The examples in docs/RESEARCH.md run as written, with Debian's packages
 * (curl; python3-requests and python3-pandas; r-base-core, r-cran-httr2 and r-cran-jsonlite),
 * against a real server over the seed corpus — only the address is the test server's. The
 * Python blocks run as one script and the R blocks as another, as a researcher works through
 * the page in one session (later blocks use what earlier ones made: {@code BASE}, the export's
 * data frame); every shell line runs on its own.
 */
class ResearchExamplesTest {
  private static final Path RESEARCH = Path.of("..", "docs", "RESEARCH.md");
  private static final Pattern BLOCK = Pattern.compile("(?ms)^```(sh|python|r)\\n(.*?)^```");
  private static final String DOCUMENTED_BASE = "http://localhost:7070";
  /** Debian's interpreters, which the packages above install into (not a pyenv or conda one). */
  private static final String PYTHON = "/usr/bin/python3";
  private static final String RSCRIPT = "/usr/bin/Rscript";

  @TempDir static Path tmp;
  private static TestServer server;
  private static Map<String, List<String>> blocks;

  @BeforeAll
  static void start() throws Exception {
    Path index = tmp.resolve("index");
    TestIndex.index(TestIndex.copyOfCorpus(tmp), index);
    server = TestServer.start(index);
    blocks = new LinkedHashMap<>();
    Matcher m = BLOCK.matcher(Files.readString(RESEARCH));
    while (m.find()) {
      blocks.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(m.group(2));
    }
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  @Test
  void theShellExamplesAnswer() throws Exception {
    List<String> lines = new ArrayList<>();
    for (String block : blocks.getOrDefault("sh", List.of())) {
      block.lines().filter(l -> !l.isBlank()).forEach(lines::add);
    }
    assertTrue(lines.size() >= 10, "shell examples found: " + lines);
    for (String line : lines) {
      Run run = run(List.of("bash", "-o", "pipefail", "-c", "curl() { command curl --fail-with-body \"$@\"; }; " + here(line)),
          "sh");
      assertEquals(0, run.status(), line + "\n" + run);
      boolean writesAFile = line.contains(" -o ");
      assertTrue(writesAFile || !run.out().isBlank(), "no answer from: " + line);
    }
  }

  @Test
  void thePythonExamplesRunAsOneScript() throws Exception {
    List<String> python = blocks.getOrDefault("python", List.of());
    assertTrue(python.size() >= 5, "python examples found: " + python.size());
    Run run = run(List.of(PYTHON, "-c", here(String.join("\n", python))), "python");
    assertEquals(0, run.status(), run.toString());
    assertFalse(run.err().contains("Traceback"), run.toString());
    assertTrue(run.out().contains("passages from index commit"), run.toString());
  }

  @Test
  void theRExamplesRunAsOneScript() throws Exception {
    List<String> r = blocks.getOrDefault("r", List.of());
    assertTrue(r.size() >= 5, "R examples found: " + r.size());
    Path script = tmp.resolve("examples.R");
    Files.writeString(script, here(String.join("\n", r)));
    Run run = run(List.of(RSCRIPT, "--vanilla", script.toString()), "r");
    assertEquals(0, run.status(), run.toString());
    assertFalse(run.err().contains("Error"), run.toString());
  }

  private static String here(String code) {
    return code.replace(DOCUMENTED_BASE, server.base()).replace("http://127.0.0.1:7070", server.base());
  }

  record Run(int status, String out, String err) {
    @Override
    public String toString() {
      return "exit " + status + "\n--- stdout\n" + tail(out) + "\n--- stderr\n" + tail(err);
    }

    private static String tail(String s) {
      return s.length() > 3_000 ? "…" + s.substring(s.length() - 3_000) : s;
    }
  }

  private static Run run(List<String> command, String name) throws IOException, InterruptedException {
    Path dir = Files.createDirectories(tmp.resolve("run-" + name));
    Path out = dir.resolve("stdout.txt");
    Path err = dir.resolve("stderr.txt");
    Process process = new ProcessBuilder(command).directory(dir.toFile())
        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    // waited for as long as it runs: a script that hangs is stopped by the test run's own limit
    process.waitFor();
    return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }
}
