package dk.konferencebasen.cluster;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
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
      "Node i answers HTTP on --port + i. Point kb at it with 'kb index --opensearch http://127.0.0.1:9200'."
    })
public final class ClusterCommand implements Callable<Integer> {
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
    System.out.printf("cluster %s: %s, %d node(s)%n", LocalCluster.NAME, health.waitForStatus("green"), nodes);
    for (int i = 0; i < cluster.size(); i++) {
      System.out.printf("  %s  %s%n", LocalCluster.nodeName(i), cluster.url(i));
    }
    System.out.println("Ctrl-C stops the cluster.");
    stopped.await();
    return 0;
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new ClusterCommand()).execute(args));
  }
}
