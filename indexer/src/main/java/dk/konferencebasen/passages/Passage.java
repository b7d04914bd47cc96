package dk.konferencebasen.passages;

import java.util.Optional;

/**
 * A span of a report body: {@code body.substring(start, end)} is {@code text}; a talk of a
 * programme carries its heading.
 */
public record Passage(int ordinal, int start, int end, String text, Optional<TalkHeading> talk) {
  public Passage(int ordinal, int start, int end, String text) {
    this(ordinal, start, end, text, Optional.empty());
  }
}
