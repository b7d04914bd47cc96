package dk.konferencebasen.search;

import java.util.List;

/** Completions for a prefix, and the index commit they were drawn from. */
public record Suggestions(List<Suggestion> suggestions, String indexCommit) {}
