package dk.konferencebasen.schema;

import dk.konferencebasen.schema.NamedEntities;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A passage of a report (one talk of a programme, else normally one paragraph) with its place in
 * the report body ({@code body.substring(start, end)} is {@code text}) and what it names. A talk
 * has its title, its time slot ("09.30–10.15") when the programme gives one, and the people giving
 * it ({@code speakers}, also among {@code entities}' people). {@code aliases}: the other way of
 * writing an organisation it names by acronym or by full name only, where the report defines the
 * pair ("Kommunernes Landsforening" for a passage that says "KL").
 */
public record ReportPassage(String id, int ordinal, int start, int end, String text, NamedEntities entities,
    List<LocalDate> dates, Optional<String> talkTitle, Optional<String> talkTime, List<String> speakers,
    List<String> aliases) {
  public ReportPassage {
    dates = List.copyOf(dates);
    speakers = List.copyOf(speakers);
    aliases = List.copyOf(aliases);
  }

  /** A passage that is not a talk. */
  public ReportPassage(String id, int ordinal, int start, int end, String text, NamedEntities entities, List<LocalDate> dates) {
    this(id, ordinal, start, end, text, entities, dates, Optional.empty(), Optional.empty(), List.of(), List.of());
  }
}
