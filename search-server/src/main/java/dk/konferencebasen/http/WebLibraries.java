package dk.konferencebasen.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Properties;

/**
 * Third-party scripts of the web page, served from their webjars on the class path (so from the
 * server's own origin, never a CDN). Only the pom names a library's version: the page asks for
 * {@code /vendor/chartjs/dist/chart.umd.min.js}, and this class finds the webjar's folder.
 */
final class WebLibraries {
  /** Where the page finds Chart.js: {@code /vendor/chartjs/dist/chart.umd.min.js}. */
  static final String CHART_JS_PATH = "/vendor/chartjs";
  private static final String CHART_JS_POM = "/META-INF/maven/org.webjars.npm/chart.js/pom.properties";

  private WebLibraries() {}

  /**
   * The class-path folder of Chart.js's files, when its webjar is there. (The folder itself, not
   * its dist/: a webjar has no entry for dist/, and Javalin wants to see the folder it serves.)
   */
  static Optional<String> chartJs() {
    return webjarVersion(CHART_JS_POM).map(version -> "META-INF/resources/webjars/chart.js/" + version);
  }

  private static Optional<String> webjarVersion(String pomProperties) {
    try (InputStream in = WebLibraries.class.getResourceAsStream(pomProperties)) {
      if (in == null) {
        return Optional.empty();
      }
      Properties properties = new Properties();
      properties.load(in);
      return Optional.ofNullable(properties.getProperty("version")).map(String::strip).filter(v -> v.matches("[0-9A-Za-z.+-]+"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
