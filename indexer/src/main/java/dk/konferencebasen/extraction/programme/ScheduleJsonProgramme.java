package dk.konferencebasen.extraction.programme;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The schedule JSON that frab writes and pretalx exports ({@code schedule.json}: {@code
 * schedule.conference.days[].rooms{name: [event …]}}), read with Jackson: one event a talk, with
 * its title (and subtitle), {@code persons[].public_name} (or {@code name}) as speakers, start
 * and duration, room, track, abstract and description.
 */
public final class ScheduleJsonProgramme {
  private ScheduleJsonProgramme() {}

  /** Whether the JSON is meant as such a schedule (it has a top-level "schedule" object). */
  public static boolean isSchedule(JsonNode root) {
    return root.path("schedule").isObject();
  }

  public static Programme read(JsonNode root) throws ProgrammeException {
    JsonNode conference = root.path("schedule").path("conference");
    if (!conference.isObject()) {
      throw new ProgrammeException("schedule JSON without schedule.conference (frab/pretalx format expected)");
    }
    JsonNode days = conference.path("days");
    if (!days.isArray()) {
      throw new ProgrammeException("schedule JSON without schedule.conference.days");
    }
    List<ProgrammeTalk> talks = new ArrayList<>();
    for (JsonNode day : days) {
      Optional<LocalDate> date = ScheduleEvents.date(day.path("date").asText(""));
      Iterator<Map.Entry<String, JsonNode>> rooms = day.path("rooms").fields();
      List<ProgrammeTalk> ofDay = new ArrayList<>();
      while (rooms.hasNext()) {
        Map.Entry<String, JsonNode> room = rooms.next();
        if (!room.getValue().isArray()) {
          throw new ProgrammeException("schedule JSON: room \"" + room.getKey() + "\" is not a list of events");
        }
        for (JsonNode event : room.getValue()) {
          ofDay.add(talk(event, room.getKey(), date));
        }
      }
      ofDay.sort(java.util.Comparator.comparing((ProgrammeTalk t) -> t.start().orElse(LocalTime.MAX)));
      talks.addAll(ofDay);
    }
    if (talks.isEmpty()) {
      throw new ProgrammeException("the schedule JSON has no events");
    }
    String title = conference.path("title").asText("");
    return new Programme("application/json", title.isBlank() ? Optional.empty() : Optional.of(title), talks);
  }

  private static ProgrammeTalk talk(JsonNode event, String room, Optional<LocalDate> day) throws ProgrammeException {
    String title = event.path("title").asText("");
    if (title.isBlank()) {
      throw new ProgrammeException("schedule JSON: an event in room \"" + room + "\" has no title");
    }
    String subtitle = event.path("subtitle").asText("");
    List<String> speakers = new ArrayList<>();
    for (JsonNode person : event.path("persons")) {
      String name = person.isTextual() ? person.asText() : person.path("public_name").asText(person.path("name").asText(""));
      speakers.add(name);
    }
    return ScheduleEvents.talk(title, subtitle, speakers, day, event.path("start").asText(""), event.path("duration").asText(""),
        event.path("room").asText(room), event.path("track").asText(""), event.path("abstract").asText(""),
        event.path("description").asText(""));
  }
}
