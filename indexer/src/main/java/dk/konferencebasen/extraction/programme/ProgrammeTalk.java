package dk.konferencebasen.extraction.programme;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/** One talk of a structured programme, as its file gives it; blank strings where it says nothing. */
public record ProgrammeTalk(String title, List<String> speakers, List<String> organisations, Optional<LocalDate> day,
    Optional<LocalTime> start, Optional<LocalTime> end, String room, String track, String description) {
  public ProgrammeTalk {
    speakers = speakers.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    organisations = organisations.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    title = title == null ? "" : title.strip();
    room = room == null ? "" : room.strip();
    track = track == null ? "" : track.strip();
    description = description == null ? "" : description.strip();
  }
}
