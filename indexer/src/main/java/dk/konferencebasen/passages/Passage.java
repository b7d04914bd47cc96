package dk.konferencebasen.passages;

/** A span of a report body: {@code body.substring(start, end)} is {@code text}. */
public record Passage(int ordinal, int start, int end, String text) {}
