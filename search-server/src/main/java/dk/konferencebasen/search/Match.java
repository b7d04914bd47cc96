package dk.konferencebasen.search;

/** Where a query term matched in a passage's text: [start, end) in characters. */
public record Match(int start, int end) {}
