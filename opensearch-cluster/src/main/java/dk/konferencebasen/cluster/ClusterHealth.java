package dk.konferencebasen.cluster;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Asks a node how the cluster is ({@code GET /_cluster/health}) over the HTTP users use too. */
public final class ClusterHealth {
  private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"(\\w+)\"");
  private final HttpClient http = HttpClient.newHttpClient();
  private final String url;

  public ClusterHealth(String url) {
    this.url = url;
  }

  /**
   * Waits until the cluster reports {@code status} (green, yellow) or better — as long as that
   * takes: a busy machine starts nodes slowly, and a time limit here would make that a failure —
   * and returns the status it then has.
   */
  public String waitForStatus(String status) throws IOException, InterruptedException {
    while (true) {
      String now = get("/_cluster/health?wait_for_status=" + status + "&timeout=30s");
      if (now.equals(status) || now.equals("green")) return now;
    }
  }

  /** The status now: green, yellow or red. */
  public String status() throws IOException, InterruptedException {
    return get("/_cluster/health");
  }

  private String get(String path) throws IOException, InterruptedException {
    HttpResponse<String> response =
        http.send(HttpRequest.newBuilder(URI.create(url + path)).build(), HttpResponse.BodyHandlers.ofString());
    Matcher status = STATUS.matcher(response.body());
    if (!status.find()) throw new IOException("no cluster status in " + response.statusCode() + " " + response.body());
    return status.group(1);
  }
}
