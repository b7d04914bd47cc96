package dk.konferencebasen.search;

/** A completion: the text to offer, what it is, and in how many passages (titles: reports) it occurs. */
public record Suggestion(String text, String kind, long count) {}
