package dk.konferencebasen.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dk.konferencebasen.testing.TestIndex;
import dk.konferencebasen.testing.TestServer;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ArrayList;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The indexer commits while the server answers: nothing fails, and the new report shows up. The
 * clients search from before the first commit until the server shows the second one: the overlap
 * comes from that order of events, not from how fast this machine is.
 */
class ReindexWhileServingTest {
  @TempDir Path tmp;

  @Test
  void newReportBecomesSearchableWithoutRestartAndNoSearchFails() throws Exception {
    Path corpus = TestIndex.copyOfCorpus(tmp);
    Path index = tmp.resolve("index");
    TestIndex.index(corpus, index);
    try (TestServer server = TestServer.start(index)) {
      assertEquals(0, server.json("/api/search?q=mentorordningerne", 200).get("total").asInt());

      AtomicBoolean running = new AtomicBoolean(true);
      AtomicInteger answered = new AtomicInteger();
      Queue<String> failures = new ConcurrentLinkedQueue<>();
      ExecutorService clients = Executors.newFixedThreadPool(4);
      CountDownLatch everyClientHasSearched = new CountDownLatch(4);
      List<Future<?>> searching = new ArrayList<>();
      List<String> queries = List.of("integration", "frivillige&sort=date", "kommune&municipality=Aalborg", "mentorordningerne", "flygtninge&year=2019");
      for (int c = 0; c < 4; c++) {
        int client = c;
        searching.add(clients.submit(() -> {
          for (int i = 0; running.get(); i++) {
            String q = queries.get((client + i) % queries.size());
            try {
              HttpResponse<String> response = server.get("/api/search?q=" + q);
              if (response.statusCode() != 200) {
                failures.add(q + " → " + response.statusCode() + " " + response.body());
              }
              answered.incrementAndGet();
            } catch (Exception e) {
              failures.add(q + " → " + e);
            }
            if (i == 0) {
              everyClientHasSearched.countDown();
            }
          }
          return null;
        }));
      }
      everyClientHasSearched.await(); // the load is on before the first commit

      // Two commits while the clients search: one adds a report, one changes it.
      Files.writeString(corpus.resolve("mentor.txt"), """
          Mentorordninger i Vejle

          Vejle Kommune fortalte om mentorordningerne for nyankomne kvinder.
          """);
      TestIndex.index(corpus, index);
      Files.writeString(corpus.resolve("mentor.txt"), """
          Mentorordninger i Vejle

          Vejle Kommune fortalte om mentorordningerne for nyankomne kvinder og mænd.
          """);
      TestIndex.index(corpus, index);

      // the server looks for new commits every second: asked until it shows the second one, with
      // no deadline (one that never does is stopped by the test run's own limit)
      JsonNode found;
      while (true) {
        found = server.json("/api/search?q=mentorordningerne", 200);
        if (found.get("total").asInt() == 1 && found.get("hits").get(0).get("passages").get(0).get("text").asText().contains("mænd")) {
          break;
        }
        Thread.sleep(50); // back-off between asks
      }
      running.set(false);
      for (Future<?> client : searching) {
        client.get(); // each ends after the search it has in flight
      }
      clients.shutdown();

      assertEquals(1, found.get("total").asInt(), "the new report is found without a restart");
      assertTrue(found.get("hits").get(0).get("passages").get(0).get("text").asText().contains("mænd"),
          "and its changed text replaced the old one");
      assertEquals(List.of(), List.copyOf(failures), "no search failed during the commits");
      assertTrue(answered.get() > 0);
      assertEquals(3, server.json("/api/stats", 200).get("reports").asInt());
    }
  }
}
