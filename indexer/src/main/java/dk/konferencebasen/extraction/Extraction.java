package dk.konferencebasen.extraction;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What Tika found in one file: its detected type, its text as paragraphs in reading order, and
 * the document metadata the file itself carries. Page chrome is still in the paragraphs.
 */
public record Extraction(
    String mediaType,
    List<String> paragraphs,
    Optional<String> title,
    Optional<String> author,
    Optional<String> created,
    Optional<String> modified,
    OptionalInt pageCount,
    boolean truncated) {

  public Extraction {
    paragraphs = List.copyOf(paragraphs);
  }
}
