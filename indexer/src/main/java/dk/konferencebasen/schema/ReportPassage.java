package dk.konferencebasen.schema;

import dk.konferencebasen.entities.NamedEntities;
import java.time.LocalDate;
import java.util.List;

/**
 * A passage of a report (normally one paragraph: one talk or session) with its place in the
 * report body ({@code body.substring(start, end)} is {@code text}) and what it names.
 */
public record ReportPassage(
    String id, int ordinal, int start, int end, String text, NamedEntities entities, List<LocalDate> dates) {
  public ReportPassage {
    dates = List.copyOf(dates);
  }
}
