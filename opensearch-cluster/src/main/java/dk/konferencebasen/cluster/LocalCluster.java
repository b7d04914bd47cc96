package dk.konferencebasen.cluster;

import dk.konferencebasen.opensearch.DanishAnalysisPlugin;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.opensearch.analysis.common.CommonAnalysisModulePlugin;
import org.opensearch.common.settings.Settings;
import org.opensearch.index.reindex.ReindexModulePlugin;
import org.opensearch.node.Node;
import org.opensearch.node.NodeValidationException;
import org.opensearch.plugins.Plugin;
import org.opensearch.transport.Netty4ModulePlugin;

/**
 * OpenSearch nodes on loopback in this JVM, forming one cluster: each node holds data and may
 * become cluster manager, so any one of three can stop and the cluster goes on. Node {@code i}
 * answers HTTP on {@code httpPort + i} and talks to the others on {@code transportPort + i}.
 */
public final class LocalCluster implements AutoCloseable {
  public static final String NAME = "konferencebasen-local";
  /** What every node loads: the modules of a stock installation the cluster mode uses, and our analysis. */
  static final List<Class<? extends Plugin>> PLUGINS = List.of(
      Netty4ModulePlugin.class, CommonAnalysisModulePlugin.class, ReindexModulePlugin.class, DanishAnalysisPlugin.class);

  private final List<Node> nodes = new ArrayList<>();
  private final int httpPort;

  private LocalCluster(int httpPort) {
    this.httpPort = httpPort;
  }

  /**
   * Starts {@code count} nodes under {@code dataFolder} (one folder each) and returns once all
   * run; {@code synonyms} (or null) is the synonym file the {@code konferencebasen} query reads.
   */
  public static LocalCluster start(int count, int httpPort, int transportPort, Path dataFolder, Path synonyms)
      throws NodeValidationException {
    if (count < 1) throw new IllegalArgumentException("a cluster needs at least one node, not " + count);
    LocalCluster cluster = new LocalCluster(httpPort);
    List<String> names = IntStream.range(0, count).mapToObj(LocalCluster::nodeName).toList();
    List<String> seeds = IntStream.range(0, count).mapToObj(i -> "127.0.0.1:" + (transportPort + i)).toList();
    try {
      for (int i = 0; i < count; i++) {
        Settings.Builder settings = Settings.builder()
            .put("cluster.name", NAME)
            .put("node.name", names.get(i))
            .put("path.home", dataFolder.resolve(names.get(i)).toString())
            .put("network.host", "127.0.0.1")
            .put("http.port", httpPort + i)
            .put("transport.port", transportPort + i)
            .putList("discovery.seed_hosts", seeds)
            .putList("cluster.initial_cluster_manager_nodes", names)
            // start() returns at once instead of waiting 30 s for nodes not started yet; callers
            // wait for the cluster's health instead.
            .put("discovery.initial_state_timeout", "0s")
            // A laptop's or CI machine's disk is often fuller than a server's watermarks allow.
            .put("cluster.routing.allocation.disk.threshold_enabled", false);
        if (synonyms != null) settings.put("konferencebasen.synonyms", synonyms.toAbsolutePath().toString());
        Node node = new ClusterNode(settings.build(), PLUGINS);
        cluster.nodes.add(node);
        node.start();
      }
    } catch (NodeValidationException | RuntimeException e) {
      cluster.close();
      throw e;
    }
    return cluster;
  }

  static String nodeName(int i) {
    return "node-" + i;
  }

  public int size() {
    return nodes.size();
  }

  /** The HTTP address of node {@code i}, e.g. {@code http://127.0.0.1:9200}. */
  public String url(int i) {
    return "http://127.0.0.1:" + (httpPort + i);
  }

  /** Stops one node, as a machine failing would; the others go on. */
  public void stopNode(int i) throws IOException {
    nodes.get(i).close();
  }

  @Override
  public void close() {
    // Stopping one node after another, each left warns, with a stack trace, that the ones before
    // no longer answer: expected when the whole cluster stops, and only alarming on Ctrl-C.
    org.apache.logging.log4j.core.config.Configurator.setLevel("org.opensearch", org.apache.logging.log4j.Level.OFF);
    for (Node node : nodes) {
      try {
        node.close();
      } catch (IOException | RuntimeException e) {
        System.err.println("cluster: stopping " + node.settings().get("node.name") + " failed: " + e);
      }
    }
  }
}
