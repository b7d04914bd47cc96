package dk.konferencebasen.http;

import io.javalin.http.Handler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** A file from the classpath served at a path of its own (/docs, /openapi.json). */
final class StaticResources {
  private StaticResources() {}

  static Handler serve(String resource, String contentType) {
    return ctx -> ctx.contentType(contentType).result(read(resource));
  }

  private static byte[] read(String resource) {
    try (InputStream in = StaticResources.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new NotFoundException("this build has no " + resource);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
