package dk.konferencebasen.extraction.programme;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

/**
 * An iCalendar file (.ics) as a programme, read with ical4j: one event a talk. The title is the
 * event's SUMMARY, the speakers its ATTENDEEs' names (CN), the room its LOCATION, the track its
 * CATEGORIES, the abstract its DESCRIPTION; the calendar's X-WR-CALNAME names the conference.
 * Times are read as the file writes them (local or UTC), without converting time zones: a
 * programme is read in its own time.
 */
public final class IcsProgramme {
  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
  private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

  private IcsProgramme() {}

  public static Programme read(InputStream in) throws IOException, ProgrammeException {
    Calendar calendar;
    try {
      calendar = new CalendarBuilder().build(in);
    } catch (ParserException e) {
      throw new ProgrammeException("not a valid iCalendar file: " + e.getMessage(), e);
    }
    List<ProgrammeTalk> talks = new ArrayList<>();
    for (VEvent event : calendar.<VEvent>getComponents(Component.VEVENT)) {
      Optional<LocalDateTime> start = time(event, Property.DTSTART);
      Optional<LocalDateTime> end = time(event, Property.DTEND);
      List<String> speakers = new ArrayList<>();
      for (Property attendee : event.<Property>getProperties(Property.ATTENDEE)) {
        attendee.<Parameter>getParameter(Parameter.CN).map(Parameter::getValue).ifPresent(speakers::add);
      }
      talks.add(new ProgrammeTalk(text(event, Property.SUMMARY), speakers, List.of(),
          start.map(LocalDateTime::toLocalDate), start.map(LocalDateTime::toLocalTime).filter(t -> !t.equals(LocalTime.MIDNIGHT)),
          end.map(LocalDateTime::toLocalTime).filter(t -> !t.equals(LocalTime.MIDNIGHT)),
          text(event, Property.LOCATION), text(event, Property.CATEGORIES), text(event, Property.DESCRIPTION)));
    }
    if (talks.isEmpty()) {
      throw new ProgrammeException("the iCalendar file has no events");
    }
    talks.sort(Comparator.comparing((ProgrammeTalk t) -> t.day().orElse(LocalDate.MAX))
        .thenComparing(t -> t.start().orElse(LocalTime.MAX)));
    Optional<String> name = calendar.<Property>getProperty("X-WR-CALNAME").map(Property::getValue).filter(v -> !v.isBlank());
    return new Programme("text/calendar", name, talks);
  }

  private static String text(VEvent event, String property) {
    return event.<Property>getProperty(property).map(Property::getValue).orElse("");
  }

  private static Optional<LocalDateTime> time(VEvent event, String property) {
    Optional<String> value = event.<Property>getProperty(property).map(Property::getValue).map(v -> v.replace("Z", ""));
    if (value.isEmpty()) {
      return Optional.empty();
    }
    try {
      String v = value.get();
      return Optional.of(v.contains("T") ? LocalDateTime.parse(v, DATE_TIME) : LocalDate.parse(v, DATE).atStartOfDay());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
