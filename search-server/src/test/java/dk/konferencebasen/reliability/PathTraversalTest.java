package dk.konferencebasen.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.konferencebasen.testing.RawHttp;
import dk.konferencebasen.testing.TestIndex;
import dk.konferencebasen.testing.TestServer;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No request reads a file outside what the server serves. A secret file lies beside the
 * index (and the module's pom.xml, /etc/passwd and the server's own class files are on the same
 * disk); requests try to reach them through /api/documents/{id} and through the static files:
 * "..", "%2e%2e", encoded slashes and backslashes, overlong UTF-8, ";" path parameters, absolute
 * paths as ids. Every answer must be a 4xx and carry none of those files' content.
 */
class PathTraversalTest {
  /** What would show that a file outside the served resources came back. */
  private static final String PASSWD = "root:x:0:0";
  private static final String POM = "<modelVersion>";
  private static final byte[] CLASS_FILE = {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE};

  @TempDir Path tmp;

  @Test
  void noTraversalReachesAFileOutsideTheServedResources() throws Exception {
    Path index = tmp.resolve("index");
    TestIndex.index(TestIndex.copyOfCorpus(tmp), index);
    String marker = "HEMMELIGT-" + UUID.randomUUID(); // in the content only, never in a name
    Path secret = Files.writeString(tmp.resolve("secret.txt"), marker + "\n");
    Files.writeString(index.resolve("secret-in-index.txt"), marker + "\n");

    List<String> failures = new ArrayList<>();
    List<String> closedWithoutAnswer = new ArrayList<>();
    int tried = 0;
    try (TestServer server = TestServer.start(index)) {
      int port = URI.create(server.base()).getPort();
      // the server answers an ordinary request, so a 4xx below is a refusal, not a broken server
      assertEquals(200, RawHttp.get(port, "/app.js").status());
      for (String target : targets(secret, index)) {
        tried++;
        RawHttp.Answer answer = RawHttp.get(port, target);
        if (answer.status() == 0) {
          // Closed without a byte: once in a CI run on a busy machine, not reproducible in 20 000
          // tries since. It shows nothing, so it is no traversal; asked again, it must be a 4xx.
          closedWithoutAnswer.add(target);
          answer = RawHttp.get(port, target);
        }
        String text = new String(answer.body(), StandardCharsets.ISO_8859_1);
        if (answer.status() < 400 || answer.status() >= 500) {
          failures.add(answer.status() + " for " + target);
        }
        if (text.contains(marker) || text.contains(PASSWD) || text.contains(POM) || startsWith(answer.body(), CLASS_FILE)) {
          failures.add("file content came back for " + target + ": " + text.substring(0, Math.min(200, text.length())));
        }
      }
    }
    System.out.printf("path traversal: %d requests, %d problems, %d closed without an answer (asked again)%n",
        tried, failures.size(), closedWithoutAnswer.size());
    failures.forEach(f -> System.out.println("  " + f));
    assertTrue(failures.isEmpty(), failures.size() + " problems, first: " + (failures.isEmpty() ? "" : failures.get(0)));
  }

  private static List<String> targets(Path secret, Path index) {
    List<String> targets = new ArrayList<>();
    // The static files come from the classpath (target/classes/web or a jar): climbing out of it
    // by one to eight levels reaches the module's pom.xml, the class files, the file system root.
    String relativeSecret = secret.toAbsolutePath().toString().substring(1);
    List<String> files = List.of("pom.xml", "etc/passwd", relativeSecret, "dk/konferencebasen/http/SearchServer.class",
        "index/secret-in-index.txt");
    List<String> ups = List.of("../", "..%2f", "..%2F", "%2e%2e/", "%2e%2e%2f", ".%2e/", "..%5c", "..\\", "..;/",
        "%252e%252e%252f", "%c0%ae%c0%ae/", "....//");
    for (String prefix : List.of("/", "/web/", "/app.js/", "/docs/", "/openapi.json/", "/api/", "/api/documents/x/",
        "/api/documents/x/file/")) {
      for (String up : ups) {
        for (int depth : new int[] {1, 2, 3, 4, 8}) {
          for (String file : files) {
            targets.add(prefix + up.repeat(depth) + file);
          }
        }
      }
    }
    // Ids that are paths: absolute, relative, encoded, as a URI.
    for (String id : List.of(secret.toAbsolutePath().toString(), "../secret.txt", "../../etc/passwd", "/etc/passwd",
        "file:" + secret.toAbsolutePath(), "file:///etc/passwd", index.resolve("secret-in-index.txt").toString(),
        "secret-in-index.txt", "..\\secret.txt", "C:\\Windows\\win.ini")) {
      targets.add("/api/documents/" + URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20"));
      targets.add("/api/documents/" + URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20").replace("%2F", "/"));
      // the original-file route reads from the disk: the same ids there
      targets.add("/api/documents/" + URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20") + "/file");
      targets.add("/api/documents/" + URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20").replace("%2F", "/") + "/file");
    }
    targets.add("/web/../api/openapi.json"); // a classpath resource outside /web, reached from it
    targets.add("/web/../logback.xml");
    targets.add("//etc/passwd");
    targets.add("/%2Fetc%2Fpasswd");
    return targets;
  }

  private static boolean startsWith(byte[] body, byte[] prefix) {
    if (body.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (body[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
