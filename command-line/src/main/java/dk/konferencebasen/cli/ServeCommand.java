package dk.konferencebasen.cli;

import dk.konferencebasen.clusterclient.ClusterException;
import dk.konferencebasen.clusterclient.OpenSearchClient;
import dk.konferencebasen.clustersearch.ClusterResearch;
import dk.konferencebasen.clustersearch.ClusterSearch;
import dk.konferencebasen.http.SearchServer;
import dk.konferencebasen.query.SynonymFile;
import dk.konferencebasen.search.IndexNotReadyException;
import dk.konferencebasen.search.Searcher;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serve an index: the Danish search page at / and the JSON API under /api.",
      "With --opensearch URL the search is answered by an OpenSearch cluster that holds a copy of the index "
          + "(kb index --opensearch URL); /api/stats lists what it answers differently."
    })
final class ServeCommand implements Callable<Integer> {
  @Option(names = "--index", paramLabel = "DIR", defaultValue = "${env:KB_INDEX}",
      description = "Index folder (env KB_INDEX; default: data/index beside kb).")
  Path index;

  @Option(names = "--port", paramLabel = "PORT", defaultValue = "${env:KB_PORT:-7070}",
      description = "Port (env KB_PORT; default: 7070; 0 picks a free one).")
  int port;

  @Option(names = "--host", paramLabel = "HOST", defaultValue = "${env:KB_HOST:-127.0.0.1}",
      description = "Address to listen on (env KB_HOST; default: 127.0.0.1, this machine only).")
  String host;

  @Option(names = "--synonyms", paramLabel = "FILE", defaultValue = "${env:KB_SYNONYMS}",
      description = "Synonym file, re-read when it changes (env KB_SYNONYMS; default: config/synonyms.txt beside kb, if there).")
  Path synonyms;

  @Option(names = "--opensearch", paramLabel = "URL", description = "Answer from this OpenSearch cluster instead of the index folder: a node's address, or several separated by commas (a node that does not answer is passed over).")
  String opensearch;

  @Option(names = "--opensearch-index", paramLabel = "NAME", description = "The cluster's index (default: ${DEFAULT-VALUE}).")
  String opensearchIndex = "konferencebasen";

  @Override
  public Integer call() {
    if (opensearch != null) {
      return serveCluster(opensearch, opensearchIndex, synonyms, host, port);
    }
    return serve(index == null ? Defaults.index() : index, synonyms, host, port);
  }

  static int serveCluster(String url, String indexName, Path synonyms, String host, int port) {
    ClusterSearch cluster;
    ClusterResearch research;
    try {
      OpenSearchClient client = new OpenSearchClient(url);
      SynonymFile synonymFile = Defaults.synonyms(synonyms);
      cluster = new ClusterSearch(client, indexName, synonymFile);
      research = new ClusterResearch(cluster);
      cluster.stats(); // answers, and holds the index: said now, not at the first search
    } catch (SynonymFile.InvalidSynonymsException e) {
      System.err.println("kb serve: " + e.getMessage());
      return Kb.EXIT_FAILED;
    } catch (ClusterException e) {
      System.err.println("kb serve: " + e.getMessage()
          + (e.status() == 404 ? " (copy an index there first: kb index --corpus DIR --index DIR --opensearch " + url + ")" : ""));
      return Kb.EXIT_FAILED;
    }
    SearchServer server;
    try {
      server = SearchServer.startCluster(cluster, research, host, port);
    } catch (RuntimeException e) {
      System.err.println("kb serve: " + portTaken(host, port).orElse("cannot listen on " + host + ":" + port + ": " + rootMessage(e)));
      return Kb.EXIT_FAILED;
    }
    System.err.printf("Serving %s/%s at http://%s:%d/ (Ctrl-C stops)%n", url, indexName, host, server.port());
    awaitShutdown(server::close);
    return 0;
  }

  private static void awaitShutdown(Runnable stop) {
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      stop.run();
      stopped.countDown();
    }, "shutdown"));
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  static int serve(Path index, Path synonyms, String host, int port) {
    Searcher searcher;
    try {
      searcher = Searcher.open(index, Defaults.synonyms(synonyms));
    } catch (IndexNotReadyException | SynonymFile.InvalidSynonymsException e) {
      System.err.println("kb serve: " + e.getMessage());
      return Kb.EXIT_FAILED;
    }
    SearchServer server;
    try {
      server = SearchServer.start(searcher, host, port);
    } catch (RuntimeException e) {
      System.err.println("kb serve: " + portTaken(host, port).orElse("cannot listen on " + host + ":" + port + ": " + rootMessage(e)));
      closeQuietly(searcher);
      return Kb.EXIT_FAILED;
    }
    System.err.printf("Serving %s at http://%s:%d/ (Ctrl-C stops)%n", index, host, server.port());
    awaitShutdown(() -> {
      server.close();
      closeQuietly(searcher);
    });
    return 0;
  }

  /**
   * Why the server could not listen on host:port, said with the fix, or empty when it can (port 0,
   * any free port, always can). The probe's socket is closed at once, so the server may bind it.
   */
  static java.util.Optional<String> portTaken(String host, int port) {
    if (port == 0) {
      return java.util.Optional.empty();
    }
    java.net.InetSocketAddress address = new java.net.InetSocketAddress(host, port);
    if (address.isUnresolved()) {
      return java.util.Optional.of("cannot listen on " + host + ": no such address; use --host 127.0.0.1");
    }
    try (java.net.ServerSocket probe = new java.net.ServerSocket()) {
      probe.setReuseAddress(true);
      probe.bind(address);
      return java.util.Optional.empty();
    } catch (IOException e) {
      return java.util.Optional.of("port " + port + " on " + host + " is taken (another kb serve or kb start still running?)."
          + " Stop it, or choose another port: --port " + (port + 1 <= 65535 ? port + 1 : 8080) + " (or KB_PORT)");
    }
  }

  private static String rootMessage(Throwable e) {
    while (e.getCause() != null) e = e.getCause();
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  private static void closeQuietly(Searcher searcher) {
    try {
      searcher.close();
    } catch (IOException ignored) {
      // shutting down anyway
    }
  }
}
