package dk.konferencebasen.clusterclient;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The few OpenSearch REST calls the cluster mode makes, over the JDK's HTTP client: a cluster is
 * a service like any other, and its REST API is the contract OpenSearch keeps between versions.
 * Given several nodes ("http://a:9200,http://b:9200"), a node that does not answer is passed over
 * for the next, so a stopped node costs no request. Busy answers (429, 502–504) and dropped
 * connections are retried with growing pauses; anything else is a {@link ClusterException} that
 * says what the cluster answered.
 */
public final class OpenSearchClient {
  private static final int ATTEMPTS = 5;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final List<URI> nodes;
  /** The node asked first; moves on when it stops answering. */
  private final AtomicInteger current = new AtomicInteger();
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  /** @param urls one node's address, or several separated by commas */
  public OpenSearchClient(String urls) {
    List<URI> parsed = new ArrayList<>();
    for (String url : urls.split(",")) {
      parsed.add(node(url.strip()));
    }
    this.nodes = List.copyOf(parsed);
  }

  private static URI node(String url) {
    try {
      URI uri = URI.create(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
      if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
        return uri;
      }
    } catch (IllegalArgumentException e) {
      // said below, as for any other address that is not one
    }
    throw new ClusterException("not a cluster address: '" + url + "' (e.g. http://127.0.0.1:9200)");
  }

  /** The nodes' addresses, as given. */
  public String url() {
    return String.join(",", nodes.stream().map(URI::toString).toList());
  }

  /** A request whose answer must be 2xx; returns the answer's JSON. */
  public JsonNode send(String method, String path, Object body) {
    Answer answer = exchange(method, path, body);
    if (answer.status() / 100 != 2) {
      String reason = reason(answer.json());
      throw new ClusterException(method + " " + answer.node() + path + " answered " + answer.status() + ": " + reason,
          answer.status(), reason);
    }
    return answer.json();
  }

  /** Whether {@code path} exists (HEAD answers 200 or 404). */
  public boolean exists(String path) {
    int status = exchange("HEAD", path, null).status();
    if (status == 200) return true;
    if (status == 404) return false;
    throw new ClusterException("HEAD " + url() + path + " answered " + status);
  }

  /** Newline-delimited JSON for {@code _bulk}, already serialised. */
  public JsonNode bulk(String path, String ndjson) {
    return send("POST", path, new Ndjson(ndjson));
  }

  public static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot write as JSON: " + value, e);
    }
  }

  private record Ndjson(String text) {}

  private record Answer(int status, JsonNode json, URI node) {}

  private Answer exchange(String method, String path, Object body) {
    String text = body == null ? null : body instanceof Ndjson n ? n.text() : json(body);
    IOException lastFailure = null;
    int unreachable = 0;
    for (int attempt = 1; attempt <= ATTEMPTS; ) {
      int asked = current.get();
      URI node = nodes.get(asked % nodes.size());
      HttpRequest request = HttpRequest.newBuilder(URI.create(node + path))
          .timeout(Duration.ofMinutes(2))
          .header("Content-Type", body instanceof Ndjson ? "application/x-ndjson" : "application/json")
          .method(method, text == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(text))
          .build();
      try {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        int status = response.statusCode();
        JsonNode json = response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
        if (!(busy(status) || nodeWentAway(json)) || attempt == ATTEMPTS) {
          return new Answer(status, json, node);
        }
      } catch (ConnectException e) {
        // this node is down: the next one, at once; only when none answers is it the cluster
        current.compareAndSet(asked, asked + 1);
        if (++unreachable >= nodes.size()) {
          throw new ClusterException("no OpenSearch cluster answers at " + url()
              + " (is it running? 'kb cluster' starts a local one)");
        }
        continue;
      } catch (IOException e) {
        // a connection dropped mid-answer (a node stopping, a time-out): ask the next node
        lastFailure = e;
        current.compareAndSet(asked, asked + 1);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new ClusterException("interrupted while waiting for " + node);
      }
      unreachable = 0;
      pause(attempt++);
    }
    throw new ClusterException(method + " " + url() + path + " failed " + ATTEMPTS + " times: " + lastFailure);
  }

  private static boolean busy(int status) {
    return status == 429 || status == 502 || status == 503 || status == 504;
  }

  /**
   * A node holding a shard the request needed stopped while answering: the cluster answers 500
   * (or 404 when the node went between a search's query and fetch phases and took the search's
   * context with it), and the same request, sent again, is served by the shard's other copy.
   * Every request the cluster mode sends is safe to repeat (reads, and writes under fixed ids).
   */
  static boolean nodeWentAway(JsonNode answer) {
    String type = answer.path("error").path("root_cause").path(0).path("type").asText();
    return TRANSIENT.contains(type);
  }

  private static final Set<String> TRANSIENT = Set.of("node_disconnected_exception",
      "node_closed_exception", "node_not_connected_exception", "connect_transport_exception",
      "no_shard_available_action_exception", "send_request_transport_exception", "search_context_missing_exception");

  private static void pause(int attempt) {
    try {
      Thread.sleep(250L << attempt);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The cluster's own words for why it refused: its error's type and reason, else the whole answer. */
  static String reason(JsonNode answer) {
    JsonNode error = answer.path("error");
    // the first shard's refusal says what was wrong; the outer error only that all shards failed
    if (error.path("root_cause").path(0).isObject()) error = error.path("root_cause").path(0);
    if (error.isObject()) {
      String type = error.path("type").asText();
      String reason = error.path("reason").asText();
      return type.isEmpty() ? reason : type + ": " + reason;
    }
    return answer.toString();
  }
}
