package dk.konferencebasen.cluster;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A local cluster ({@code kb cluster}) in a JVM of its own, for tests of modules whose class path
 * must not meet OpenSearch's: started with this module's classes and the class path its build
 * wrote beside them ({@code cluster-classpath.txt}), ready when it reports its health, stopped as
 * Ctrl-C stops it. JDK classes only, so a test can use it without loading OpenSearch.
 */
public final class ClusterProcess implements AutoCloseable {
  private final Process process;
  private final List<String> urls;
  private final BufferedReader out;

  private ClusterProcess(Process process, List<String> urls, BufferedReader out) {
    this.process = process;
    this.urls = urls;
    this.out = out;
  }

  /**
   * Starts {@code nodes} nodes on free loopback ports with their data under {@code data} and
   * {@code synonyms} (or null) for the {@code konferencebasen} query.
   */
  public static ClusterProcess start(int nodes, Path data, Path synonyms) throws IOException {
    int[] ports = FreePorts.consecutive(2 * nodes);
    String dependencies;
    try (var in = ClusterProcess.class.getResourceAsStream("/cluster-classpath.txt")) {
      if (in == null) throw new IOException("cluster-classpath.txt is missing: build the opensearch-cluster module first");
      dependencies = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    }
    String classPath = ownLocation() + File.pathSeparator + dependencies;
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command = new ArrayList<>(List.of(java.toString(), "-Xmx1g", "-cp", classPath,
        ClusterCommand.class.getName(), "--nodes", String.valueOf(nodes), "--port", String.valueOf(ports[0]),
        "--transport-port", String.valueOf(ports[nodes]), "--data", data.toString()));
    if (synonyms != null) command.addAll(List.of("--synonyms", synonyms.toAbsolutePath().toString()));
    Process process = new ProcessBuilder(command)
        .redirectError(data.resolve("cluster.log").toFile())
        .start();
    BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    List<String> urls = new ArrayList<>();
    for (String line; (line = out.readLine()) != null; ) {
      if (line.startsWith("  node-")) urls.add(line.substring(line.indexOf("http")).strip());
      if (line.startsWith("Ctrl-C")) return new ClusterProcess(process, urls, out);
    }
    process.destroyForcibly();
    throw new IOException("the cluster did not start; its log: " + Files.readString(data.resolve("cluster.log")));
  }

  /** The HTTP address of node {@code i}. */
  public String url(int i) {
    return urls.get(i);
  }

  /** The cluster JVM's process id (for its memory). */
  public long pid() {
    return process.pid();
  }

  /** Every node's HTTP address, comma-separated, as {@code kb index|serve --opensearch} takes them. */
  public String urls() {
    return String.join(",", urls);
  }

  /** Stops node {@code i} as a failing machine would (kb cluster's "stop node-i"); returns once it is down. */
  public void stopNode(int i) throws IOException {
    var in = process.getOutputStream();
    in.write(("stop node-" + i + "\n").getBytes(StandardCharsets.UTF_8));
    in.flush();
    for (String line; (line = out.readLine()) != null; ) {
      if (line.equals("node-" + i + " stopped")) return;
    }
    throw new IOException("the cluster ended before node-" + i + " stopped");
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy(); // SIGTERM, as Ctrl-C: the command's shutdown hook stops the nodes cleanly
    if (!process.waitFor(60, TimeUnit.SECONDS)) process.destroyForcibly();
  }

  private static Path ownLocation() throws IOException {
    try {
      return Path.of(ClusterProcess.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IOException(e);
    }
  }
}
