package dk.konferencebasen.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code kb serve} in a JVM of its own, started the way an operator starts it. Gives what the
 * in-process measurements cannot: start-up from a cold JVM to the first answered search (JVM
 * start, class loading, opening the index, the first query), latency under load from a server
 * whose JVM has done nothing but serve (the bench JVM has just generated corpora and indexed a
 * million passages, and runs the load generator too), and the memory of the server alone after
 * the load.
 */
final class ServerProcess {
  /** The heap the server gets: the memory target, so passing the load shows it is enough. */
  static final String MAX_HEAP = "-Xmx1g";

  private static final Pattern LISTENING = Pattern.compile("at http://[^:/]+:(\\d+)/");
  private static final Pattern HEAP_USED = Pattern.compile("used (\\d+)K");
  private static final Duration START_LIMIT = Duration.ofMinutes(5);

  record Figures(long startupMs, LoadRunner.Result load, long rssBytes, long heapUsedAfterGcBytes) {}

  private ServerProcess() {}

  /**
   * Starts the server on {@code index}, times it to the first 200 answer of {@code query(0)},
   * then sends {@code query(k)} with {@code runner} at {@code concurrency} (any answer but 200
   * counts as an error), and reads the server's RSS and its heap after a full GC.
   */
  static Figures measure(Path index, Path home, IntFunction<String> query, LoadRunner runner, int concurrency)
      throws IOException, InterruptedException {
    return measure(List.of("--index", index.toString()), home, query, runner, concurrency);
  }

  /** The same, for {@code kb serve} with these arguments (an index folder, or a cluster's addresses). */
  static Figures measure(List<String> serveArgs, Path home, IntFunction<String> query, LoadRunner runner, int concurrency)
      throws IOException, InterruptedException {
    Files.createDirectories(home); // an empty KB_HOME: no synonym file, as in the in-process searches
    // ./kb keeps a class-data archive per command, written by its first run: one start writes it
    // here, and the start measured is one that maps it, as every start after an operator's first
    ProcessBuilder builder = serve(serveArgs, home, home.resolve("kb-serve.jsa"));
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5)).build();
    Process first = builder.start();
    try {
      firstAnswer(first, http, query, System.nanoTime());
    } finally {
      stop(first);
    }
    long began = System.nanoTime();
    Process server = builder.start();
    try {
      URI base = firstAnswer(server, http, query, began);
      long startupMs = (System.nanoTime() - began) / 1_000_000;

      LoadRunner.Result load = runner.run(concurrency, k -> {
        int status = status(http, base.resolve(query.apply(k)));
        if (status != 200) {
          throw new IOException("HTTP " + status);
        }
      });
      return new Figures(startupMs, load, Machine.rssBytes(server.pid()), heapUsedAfterGc(server.pid()));
    } finally {
      stop(server);
    }
  }

  /** {@code kb serve} on any free port with the JVM options ./kb gives it. */
  private static ProcessBuilder serve(List<String> serveArgs, Path home, Path archive) {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command = new java.util.ArrayList<>(List.of(java.toString(), MAX_HEAP, "--enable-native-access=ALL-UNNAMED",
        "--add-modules", "jdk.incubator.vector", "-XX:+AutoCreateSharedArchive", "-XX:SharedArchiveFile=" + archive,
        "-Xlog:cds=off,cds+dynamic=off", "-cp", System.getProperty("java.class.path"),
        "dk.konferencebasen.cli.Kb", "serve", "--port", "0"));
    command.addAll(serveArgs);
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("KB_HOME", home.toString());
    builder.environment().remove("KB_SYNONYMS");
    builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
    return builder;
  }

  /** Waits for the server's first 200 answer to {@code query(0)}; the server's address. */
  private static URI firstAnswer(Process server, HttpClient http, IntFunction<String> query, long began)
      throws IOException, InterruptedException {
    int port = portFrom(server);
    URI base = URI.create("http://127.0.0.1:" + port);
    while (status(http, base.resolve(query.apply(0))) != 200) {
      if (System.nanoTime() - began > START_LIMIT.toNanos()) {
        throw new IOException("kb serve answered no search within " + START_LIMIT.toMinutes() + " min");
      }
      Thread.sleep(5);
    }
    return base;
  }

  /** SIGTERM, the server's own graceful stop (the JVM writes its class-data archive then). */
  private static void stop(Process server) throws InterruptedException {
    server.destroy();
    if (!server.waitFor(60, TimeUnit.SECONDS)) {
      server.destroyForcibly();
    }
  }

  /** Reads the server's stderr until it says where it listens; keeps draining it afterwards. */
  private static int portFrom(Process server) throws IOException {
    BufferedReader err = new BufferedReader(new InputStreamReader(server.getErrorStream(), StandardCharsets.UTF_8));
    StringBuilder said = new StringBuilder();
    for (String line = err.readLine(); line != null; line = err.readLine()) {
      said.append(line).append('\n');
      Matcher m = LISTENING.matcher(line);
      if (m.find()) {
        Thread.ofPlatform().daemon().start(() -> drain(err));
        return Integer.parseInt(m.group(1));
      }
    }
    throw new IOException("kb serve stopped before listening:\n" + said);
  }

  private static void drain(BufferedReader err) {
    try {
      while (err.readLine() != null) {
        // the server's log is not part of the measurement
      }
    } catch (IOException closed) {
      // the server has stopped
    }
  }

  private static int status(HttpClient http, URI uri) {
    try {
      return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET().build(),
          HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  /** Heap in use after a full GC, as the JDK's jcmd reports it; -1 when jcmd is not there. */
  static long heapUsedAfterGc(long pid) throws InterruptedException {
    Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
    if (!Files.isExecutable(jcmd)) {
      return -1;
    }
    try {
      run(jcmd, pid, "GC.run");
      Matcher used = HEAP_USED.matcher(run(jcmd, pid, "GC.heap_info"));
      return used.find() ? Long.parseLong(used.group(1)) * 1024 : -1;
    } catch (IOException e) {
      return -1;
    }
  }

  private static String run(Path jcmd, long pid, String command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(jcmd.toString(), Long.toString(pid), command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor(30, TimeUnit.SECONDS);
    return out;
  }
}
