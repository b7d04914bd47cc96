package dk.konferencebasen.search;

import java.util.List;

/** A passage that matched, with where in its text the query matched and what it names. */
public record PassageHit(
    String id,
    int ordinal,
    float score,
    String text,
    List<Match> matches,
    List<String> people,
    List<String> organisations,
    List<String> municipalities) {}
