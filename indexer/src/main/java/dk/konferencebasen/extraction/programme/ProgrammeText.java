package dk.konferencebasen.extraction.programme;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Writes a structured programme as the text of a printed one, so that it is indexed, searched
 * and cut into talks like every other programme: a heading per day, then per talk its time slot
 * and title on one line ("09.30–10.15 Sprog på arbejdspladsen"), a line "ved …" per speaker, the
 * room and track, and the abstract. A talk without a time opens with "Oplæg: ".
 */
public final class ProgrammeText {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d. MMMM yyyy", Locale.forLanguageTag("da"));
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH.mm");

  private ProgrammeText() {}

  public static List<String> paragraphs(Programme programme) {
    List<String> paragraphs = new ArrayList<>();
    programme.name().filter(n -> !n.isBlank()).ifPresent(paragraphs::add);
    Optional<LocalDate> day = Optional.empty();
    for (ProgrammeTalk talk : programme.talks()) {
      if (talk.day().isPresent() && !talk.day().equals(day)) {
        day = talk.day();
        String name = DAY.format(day.get());
        paragraphs.add(Character.toUpperCase(name.charAt(0)) + name.substring(1));
      }
      paragraphs.add(talk(talk));
    }
    return paragraphs;
  }

  private static String talk(ProgrammeTalk talk) {
    StringBuilder text = new StringBuilder();
    String title = talk.title().isEmpty() ? "Uden titel" : talk.title().replaceAll("\\s+", " ");
    if (talk.start().isPresent()) {
      text.append(TIME.format(talk.start().get()));
      talk.end().map(LocalTime::toString).ifPresent(e -> text.append('–').append(TIME.format(talk.end().get())));
      text.append(' ').append(title);
    } else {
      text.append("Oplæg: ").append(title);
    }
    for (int i = 0; i < talk.speakers().size(); i++) {
      text.append("\nved ").append(talk.speakers().get(i));
      if (talk.organisations().size() == talk.speakers().size()) {
        text.append(", ").append(talk.organisations().get(i));
      }
    }
    if (!talk.organisations().isEmpty() && talk.organisations().size() != talk.speakers().size()) {
      text.append('\n').append(String.join(", ", talk.organisations()));
    }
    List<String> place = new ArrayList<>();
    if (!talk.room().isEmpty()) {
      place.add("Lokale: " + talk.room());
    }
    if (!talk.track().isEmpty()) {
      place.add("Spor: " + talk.track());
    }
    if (!place.isEmpty()) {
      text.append('\n').append(String.join(" · ", place));
    }
    if (!talk.description().isEmpty()) {
      text.append('\n').append(talk.description().replaceAll("\\s*\\n\\s*\\n\\s*", "\n").strip());
    }
    return text.toString();
  }
}
