package dk.konferencebasen.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the small UTF-8 word-list files that live next to this package's classes. '#' starts a
 * comment; blank lines are skipped; entries are trimmed but keep their case.
 */
final class ResourceLines {
  private ResourceLines() {}

  static List<String> read(String resourceName) {
    try (InputStream in = ResourceLines.class.getResourceAsStream(resourceName)) {
      if (in == null) {
        throw new IllegalStateException(
            "Missing resource " + resourceName + " in package " + ResourceLines.class.getPackageName());
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String> lines = new ArrayList<>();
      for (String line; (line = reader.readLine()) != null; ) {
        int comment = line.indexOf('#');
        String entry = (comment >= 0 ? line.substring(0, comment) : line).strip();
        if (!entry.isEmpty()) {
          lines.add(entry);
        }
      }
      return List.copyOf(lines);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read resource " + resourceName, e);
    }
  }
}
