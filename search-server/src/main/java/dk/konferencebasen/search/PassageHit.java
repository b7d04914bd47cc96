package dk.konferencebasen.search;

import java.util.List;

/**
 * A passage that matched, with where in its text the query matched and what it names; a talk has
 * its title and time slot (else null) and speakers.
 */
public record PassageHit(
    String id,
    int ordinal,
    float score,
    String text,
    List<Match> matches,
    String talkTitle,
    String talkTime,
    List<String> speakers,
    List<String> people,
    List<String> organisations,
    List<String> municipalities) {}
