package dk.konferencebasen.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.konferencebasen.http.SearchServer;
import dk.konferencebasen.search.Searcher;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** A real server on a random loopback port over a real index, and a small HTTP client for it. */
public final class TestServer implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();
  private final Searcher searcher;
  private final SearchServer server;

  private TestServer(Searcher searcher, SearchServer server) {
    this.searcher = searcher;
    this.server = server;
  }

  public static TestServer start(Path index) throws Exception {
    return start(Searcher.open(index));
  }

  /** What a test adds to its copy of the repository corpus before it is indexed. */
  @FunctionalInterface
  public interface CorpusAdditions {
    void addTo(Path corpus) throws Exception;
  }

  /**
   * A server over the repository corpus plus what {@code additions} writes into it, indexed
   * into {@code dir}/index.
   */
  public static TestServer overCorpusWith(Path dir, CorpusAdditions additions) throws Exception {
    Path corpus = TestIndex.copyOfCorpus(dir);
    additions.addTo(corpus);
    Path index = dir.resolve("index");
    TestIndex.index(corpus, index);
    return start(index);
  }

  public static TestServer start(Searcher searcher) {
    return new TestServer(searcher, SearchServer.start(searcher, "127.0.0.1", 0));
  }

  /** A server in cluster mode, answering from {@code cluster}. */
  public static TestServer startCluster(dk.konferencebasen.search.SearchBackend cluster,
      dk.konferencebasen.research.ResearchBackend research) {
    return new TestServer(null, SearchServer.startCluster(cluster, research, "127.0.0.1", 0));
  }

  /** The GET paths the server registered. */
  public java.util.List<String> routes() {
    return server.routes();
  }

  public String base() {
    return "http://127.0.0.1:" + server.port();
  }

  public HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create(base() + pathAndQuery)).build(), HttpResponse.BodyHandlers.ofString());
  }

  /** GET with the body as bytes, for files whose first bytes matter (a byte order mark). */
  public HttpResponse<byte[]> getBytes(String pathAndQuery) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create(base() + pathAndQuery)).build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  /** GET that must answer {@code status} with JSON; returns the parsed body. */
  public JsonNode json(String pathAndQuery, int status) throws IOException, InterruptedException {
    HttpResponse<String> response = get(pathAndQuery);
    if (response.statusCode() != status) {
      throw new AssertionError("GET " + shorten(pathAndQuery) + " answered " + response.statusCode() + ", expected " + status
          + ": " + shorten(response.body()));
    }
    String type = response.headers().firstValue("content-type").orElse("");
    if (!type.startsWith("application/json")) {
      throw new AssertionError("GET " + shorten(pathAndQuery) + " answered " + type + ", not JSON: " + shorten(response.body()));
    }
    return JSON.readTree(response.body());
  }

  /**
   * GET {@code pathAndQuery} (JSON with an {@code index_commit}, status 200) until the answer
   * names another commit than {@code commit}, and returns that answer. The server looks for a
   * new commit every second; this waits for the change itself, however long a busy machine takes,
   * with no deadline (a server that never picks it up is stopped by the test run's own limit).
   */
  public JsonNode jsonOnceTheCommitIsNot(String commit, String pathAndQuery) throws IOException, InterruptedException {
    while (true) {
      JsonNode answer = json(pathAndQuery, 200);
      if (!answer.get("index_commit").asText().equals(commit)) {
        return answer;
      }
      Thread.sleep(100); // back-off between asks, not a time limit
    }
  }

  private static String shorten(String s) {
    return s.length() > 300 ? s.substring(0, 300) + "…" : s;
  }

  public static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  @Override
  public void close() throws IOException {
    server.close();
    if (searcher != null) searcher.close();
  }
}
