package dk.konferencebasen.extraction.programme;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sheet of talks with a header row — saved as CSV ({@link CsvProgramme}) or a spreadsheet
 * ({@link WorkbookProgramme}) — is a programme when it has a title column and a speaker or time
 * column, in Danish or English ("titel", "oplægsholder", "organisation", "tidspunkt", "dato",
 * "lokale", "spor", "beskrivelse" / "title", "speaker", "time", "room", "track", "abstract" …).
 * Several speakers in one cell are separated by ";" or " og ".
 */
final class SheetProgramme {
  private enum Column {
    TITLE("titel", "title", "emne", "oplæg", "overskrift", "session"),
    SPEAKERS("oplægsholder", "oplægsholdere", "taler", "talere", "speaker", "speakers", "ved", "navn", "name"),
    ORGANISATION("organisation", "organisationer", "arbejdsplads", "organization", "affiliation"),
    TIME("tidspunkt", "tid", "kl", "klokken", "start", "starttid", "time", "start time"),
    END("slut", "sluttid", "end", "end time"),
    DAY("dato", "dag", "date", "day"),
    ROOM("lokale", "sal", "rum", "room", "location"),
    TRACK("spor", "track", "tema"),
    DESCRIPTION("beskrivelse", "resumé", "resume", "abstract", "description", "indhold");

    private final List<String> names;

    Column(String... names) {
      this.names = List.of(names);
    }
  }

  private static final Pattern TIMES = Pattern.compile("(\\d{1,2})[.:](\\d{2})(?:\\s*[-–—]\\s*(\\d{1,2})[.:](\\d{2}))?");
  /** A date and time in one cell, as a spreadsheet's date-time cell is read: "2025-03-12 09:30". */
  private static final Pattern ISO_DATE_FIRST = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})[ T]");
  private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
      DateTimeFormatter.ofPattern("d.M.yyyy"), DateTimeFormatter.ofPattern("d/M/yyyy"), DateTimeFormatter.ofPattern("d-M-yyyy"),
      DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.forLanguageTag("da")));

  private SheetProgramme() {}

  /** The talks of a sheet, or empty when its header is not a programme's; rows may be ragged. */
  static Optional<List<ProgrammeTalk>> talks(List<String> header, List<List<String>> rows) {
    Map<Column, Integer> columns = columns(header);
    if (!columns.containsKey(Column.TITLE) || !(columns.containsKey(Column.SPEAKERS) || columns.containsKey(Column.TIME))) {
      return Optional.empty();
    }
    List<ProgrammeTalk> talks = new ArrayList<>();
    for (List<String> row : rows) {
      String title = cell(row, columns, Column.TITLE);
      if (title.isBlank()) {
        continue;
      }
      String when = cell(row, columns, Column.TIME);
      Matcher times = TIMES.matcher(when);
      Optional<LocalTime> start = Optional.empty();
      Optional<LocalTime> end = time(cell(row, columns, Column.END));
      if (times.find()) {
        start = time(times.group(1) + ":" + times.group(2));
        if (times.group(3) != null) {
          end = time(times.group(3) + ":" + times.group(4));
        }
      }
      Optional<LocalDate> day = date(cell(row, columns, Column.DAY));
      Matcher dateFirst = ISO_DATE_FIRST.matcher(when);
      if (day.isEmpty() && dateFirst.find()) {
        day = date(dateFirst.group(1));
      }
      talks.add(new ProgrammeTalk(title, names(cell(row, columns, Column.SPEAKERS)), organisations(cell(row, columns, Column.ORGANISATION)),
          day, start, end, cell(row, columns, Column.ROOM), cell(row, columns, Column.TRACK), cell(row, columns, Column.DESCRIPTION)));
    }
    return Optional.of(talks);
  }

  private static Map<Column, Integer> columns(List<String> header) {
    Map<Column, Integer> found = new EnumMap<>(Column.class);
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i).strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} ]", "").strip();
      for (Column column : Column.values()) {
        if (column.names.contains(name) && !found.containsKey(column)) {
          found.put(column, i);
        }
      }
    }
    return found;
  }

  private static String cell(List<String> row, Map<Column, Integer> columns, Column column) {
    Integer at = columns.get(column);
    return at == null || at >= row.size() || row.get(at) == null ? "" : row.get(at).strip();
  }

  /** "Anne Hansen og Bo Lund", "Anne Hansen; Bo Lund". */
  private static List<String> names(String cell) {
    return cell.isBlank() ? List.of() : Arrays.stream(cell.split("\\s*;\\s*|\\s+og\\s+|\\s*\\n\\s*")).filter(s -> !s.isBlank()).toList();
  }

  /** Only ";" and line breaks: "og" is part of many names ("Social- og Boligstyrelsen"). */
  private static List<String> organisations(String cell) {
    return cell.isBlank() ? List.of() : Arrays.stream(cell.split("\\s*;\\s*|\\s*\\n\\s*")).filter(s -> !s.isBlank()).toList();
  }

  private static Optional<LocalTime> time(String text) {
    Matcher m = TIMES.matcher(text);
    if (!m.find()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
  }

  private static Optional<LocalDate> date(String text) {
    for (DateTimeFormatter f : DATES) {
      try {
        return Optional.of(LocalDate.parse(text.strip(), f));
      } catch (DateTimeParseException e) {
        // try the next way of writing a date
      }
    }
    return Optional.empty();
  }
}
