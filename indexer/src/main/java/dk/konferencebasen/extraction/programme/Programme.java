package dk.konferencebasen.extraction.programme;

import java.util.List;
import java.util.Optional;

/**
 * A conference programme read from a structured file: the file's media type ("text/calendar",
 * "application/json", "text/csv" …), the programme's name if the file gives one, and its talks.
 */
public record Programme(String mediaType, Optional<String> name, List<ProgrammeTalk> talks) {
  public Programme {
    talks = List.copyOf(talks);
  }
}
