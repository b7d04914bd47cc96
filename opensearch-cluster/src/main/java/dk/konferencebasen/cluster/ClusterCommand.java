package dk.konferencebasen.cluster;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kb cluster}: a local OpenSearch cluster for trying the cluster mode, until Ctrl-C. */
@Command(
    name = "kb cluster",
    mixinStandardHelpOptions = true,
    description = {
      "Starts a local OpenSearch cluster on 127.0.0.1 with the Danish analysis"
          + " plugin loaded, and stops it cleanly on Ctrl-C.",
      "Node i answers HTTP on --port + i. Point kb at it with 'kb index --opensearch http://127.0.0.1:9200'.",
      "Type 'stop node-1' (and Enter) to stop one node, as a failing machine would, and watch the others carry on."
    })
public final class ClusterCommand implements Callable<Integer> {
  private static final Pattern STOP = Pattern.compile("stop node-(\\d+)");

  @Option(names = "--nodes", defaultValue = "3", description = "How many nodes (default: ${DEFAULT-VALUE}).")
  int nodes;

  @Option(names = "--port", defaultValue = "9200", description = "HTTP port of the first node (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--transport-port", defaultValue = "9300",
      description = "Transport port of the first node (default: ${DEFAULT-VALUE}).")
  int transportPort;

  @Option(names = "--synonyms", paramLabel = "FILE",
      description = "Synonym file for the konferencebasen query, as kb serve --synonyms (default: none).")
  Path synonyms;

  @Option(names = "--data", description = "Folder for the nodes' data (default: a new temporary folder, removed on exit).")
  Path data;

  @Override
  public Integer call() throws Exception {
    boolean temporary = data == null;
    Path folder = temporary ? Files.createTempDirectory("kb-cluster-") : data;
    System.err.printf("cluster: starting %d node(s) in %s ...%n", nodes, folder);
    LocalCluster cluster = LocalCluster.start(nodes, port, transportPort, folder, synonyms);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      System.err.println("cluster: stopping ...");
      cluster.close();
      if (temporary) Folders.deleteQuietly(folder);
      System.err.println("cluster: stopped");
      stopped.countDown();
    }));
    ClusterHealth health = new ClusterHealth(cluster.url(0));
    // yellow: every primary shard is there, so it answers; a single node holding an index with
    // replicas (--data of an earlier three-node run) would never be green
    health.waitForStatus("yellow");
    System.out.printf("cluster %s: %s, %d node(s)%n", LocalCluster.NAME, health.status(), nodes);
    for (int i = 0; i < cluster.size(); i++) {
      System.out.printf("  %s  %s%n", LocalCluster.nodeName(i), cluster.url(i));
    }
    System.out.println("Ctrl-C stops the cluster.");
    System.out.flush();
    Thread console = new Thread(() -> stopNodesAsTold(cluster), "console");
    console.setDaemon(true);
    console.start();
    stopped.await();
    return 0;
  }

  /** "stop node-N" on standard input stops that node; anything else is answered with what is understood. */
  private static void stopNodesAsTold(LocalCluster cluster) {
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    try {
      for (String line; (line = in.readLine()) != null; ) {
        Matcher stop = STOP.matcher(line.strip());
        if (stop.matches() && Integer.parseInt(stop.group(1)) < cluster.size()) {
          cluster.stopNode(Integer.parseInt(stop.group(1)));
          System.out.println("node-" + stop.group(1) + " stopped");
        } else if (!line.isBlank()) {
          System.out.println("type 'stop node-N' (N from 0 to " + (cluster.size() - 1) + ") to stop a node, Ctrl-C to stop all");
        }
        System.out.flush();
      }
    } catch (IOException e) {
      System.err.println("cluster: " + e.getMessage());
    }
  }

  public static void main(String[] args) {
    // Lucene announces its vector support through java.util.logging at INFO; sent to log4j, it
    // follows OpenSearch's levels like every other line the nodes log.
    System.setProperty("java.util.logging.manager", "org.apache.logging.log4j.jul.LogManager");
    System.exit(new CommandLine(new ClusterCommand()).execute(args));
  }
}
