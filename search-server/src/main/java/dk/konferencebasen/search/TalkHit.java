package dk.konferencebasen.search;

import java.util.List;

/**
 * One talk of a programme: its passage (id, text, where the query matched), title, time slot,
 * speakers and what it names, and the report and conference it comes from. {@code date} is the
 * first date the talk's own text gives, else its report's; absent values are null.
 */
public record TalkHit(
    String id,
    String reportId,
    int ordinal,
    float score,
    String title,
    String time,
    String date,
    List<String> speakers,
    List<String> organisations,
    List<String> municipalities,
    String text,
    List<Match> matches,
    String reportTitle,
    String conference,
    Integer year,
    String place,
    String format,
    String url) {}
