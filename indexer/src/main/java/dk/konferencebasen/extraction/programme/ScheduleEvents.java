package dk.konferencebasen.extraction.programme;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * What the frab schedule formats (JSON and XML, which pretalx exports too) say of one event,
 * made into a talk: a title and subtitle become "Title: Subtitle", a start and a duration
 * ("00:45") give the end, abstract and description are one text.
 */
final class ScheduleEvents {
  private ScheduleEvents() {}

  static ProgrammeTalk talk(String title, String subtitle, List<String> speakers, Optional<LocalDate> day, String start,
      String duration, String room, String track, String abstractText, String description) {
    Optional<LocalTime> from = time(start);
    Optional<LocalTime> to = from.flatMap(s -> duration(duration).map(s::plus));
    String text = String.join("\n", List.of(abstractText, description).stream().filter(s -> !s.isBlank()).toList());
    return new ProgrammeTalk(subtitle.isBlank() ? title : title + ": " + subtitle, speakers, List.of(), day, from, to,
        room, track, text);
  }

  /** The date of "2024-09-27" or "2024-09-27T11:00:00+02:00". */
  static Optional<LocalDate> date(String text) {
    try {
      return text.length() >= 10 ? Optional.of(LocalDate.parse(text.substring(0, 10))) : Optional.empty();
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  static Optional<LocalTime> time(String text) {
    try {
      return text.isBlank() ? Optional.empty() : Optional.of(LocalTime.parse(text.length() == 4 ? "0" + text : text));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static Optional<Duration> duration(String text) {
    String[] parts = text.split(":");
    try {
      return parts.length >= 2 ? Optional.of(Duration.ofHours(Long.parseLong(parts[0])).plusMinutes(Long.parseLong(parts[1])))
          : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
