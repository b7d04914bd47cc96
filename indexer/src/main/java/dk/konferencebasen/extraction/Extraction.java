package dk.konferencebasen.extraction;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What one file gave: its detected type, its text as paragraphs in reading order, what the
 * extraction itself already removed (an HTML page's navigation, a PDF's running headers) and the
 * metadata the file carries. Chrome that only the text's shape reveals is still in the
 * paragraphs; the report builder removes it.
 */
public record Extraction(
    String mediaType,
    List<String> paragraphs,
    List<RemovedText> removed,
    Optional<String> title,
    Optional<String> author,
    Optional<String> created,
    Optional<String> modified,
    Optional<String> description,
    Optional<String> language,
    OptionalInt pageCount,
    boolean truncated) {

  public Extraction {
    paragraphs = List.copyOf(paragraphs);
    removed = List.copyOf(removed);
  }

  /** Characters of text the file held: what was kept plus what extraction removed. */
  public long extractedChars() {
    return paragraphs.stream().mapToLong(String::length).sum()
        + removed.stream().mapToLong(r -> r.text().length()).sum();
  }
}
