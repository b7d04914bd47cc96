package dk.konferencebasen.soak;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Sends one request of the mix and judges the answer ({@link Outcome}); from good answers it
 * harvests ids, cursors and the index commit for later requests. One instance is shared by
 * all client threads (HttpClient is thread-safe).
 */
final class SoakClient {
  static final Duration TIMEOUT = Duration.ofSeconds(30);
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The outcome of one request, with what went wrong when it did. */
  record Result(Outcome outcome, String detail) {}

  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(TIMEOUT).build();
  private final String base;
  private final Harvest harvest;

  SoakClient(int port, Harvest harvest) {
    this.base = "http://127.0.0.1:" + port;
    this.harvest = harvest;
  }

  Result send(SoakRequest request) throws InterruptedException {
    HttpResponse<String> response;
    try {
      response = http.send(HttpRequest.newBuilder(URI.create(base + request.target())).timeout(TIMEOUT).GET().build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) { // refused or reset connection, timeout (HttpTimeoutException is an IOException)
      return new Result(Outcome.FAILED, e.getClass().getSimpleName() + ": " + e.getMessage());
    }
    int status = response.statusCode();
    JsonNode body;
    try {
      String type = response.headers().firstValue("content-type").orElse("");
      if (!type.startsWith("application/json")) {
        return new Result(Outcome.FAILED, status + " answered " + (type.isEmpty() ? "no content type" : type) + ", not JSON");
      }
      body = JSON.readTree(response.body());
    } catch (IOException e) {
      return new Result(Outcome.FAILED, status + " with a body that is not JSON: " + e.getMessage());
    }
    if (status >= 500 || status < 200 || (status >= 300 && status < 400)) {
      return new Result(Outcome.FAILED, status + " " + body);
    }
    boolean ok = status < 300;
    return switch (request.expect()) {
      case ANSWER -> ok ? answered(request, body) : unexpected(status, body);
      case REFUSAL -> ok ? unexpected(status, body) : new Result(Outcome.REFUSED_AS_EXPECTED, "");
      case ANSWER_OR_GONE -> ok ? answered(request, body)
          : status == 404 ? new Result(Outcome.GONE, "") : unexpected(status, body);
    };
  }

  private Result answered(SoakRequest request, JsonNode body) {
    JsonNode commit = body.get("index_commit");
    if (commit != null && commit.isTextual()) {
      harvest.commit(commit.asText());
    }
    JsonNode hits = body.get("hits");
    if (hits != null) {
      for (JsonNode hit : hits) {
        harvest.id(hit.path("id").asText());
        JsonNode passages = hit.path("passages");
        if (passages.size() > 0) {
          harvest.id(passages.get(0).path("id").asText());
        }
      }
      JsonNode cursor = body.get("next_cursor");
      if (cursor != null && cursor.isTextual()) {
        String target = request.target();
        String search = target.substring(target.indexOf('?') + 1).replaceAll("&cursor=[^&]*", "");
        harvest.page(search, cursor.asText());
      }
    }
    return new Result(Outcome.ANSWERED, "");
  }

  private static Result unexpected(int status, JsonNode body) {
    return new Result(Outcome.UNEXPECTED, status + " " + body.path("message").asText(body.toString()));
  }
}
