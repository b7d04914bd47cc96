package dk.konferencebasen.extraction.programme;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A sheet saved as CSV with a header row, read with Commons CSV, is a programme when it has a
 * title column and a speaker or time column, in Danish or English ("titel", "oplægsholder",
 * "organisation", "tidspunkt", "dato", "lokale", "spor", "beskrivelse" / "title", "speaker",
 * "time", "room", "track", "abstract" …). Danish spreadsheets write ";" between columns, so the
 * delimiter is the header's. Several speakers in one cell are separated by ";" or " og ".
 */
public final class CsvProgramme {
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
  private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
      DateTimeFormatter.ofPattern("d.M.yyyy"), DateTimeFormatter.ofPattern("d/M/yyyy"), DateTimeFormatter.ofPattern("d-M-yyyy"),
      DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.forLanguageTag("da")));

  private CsvProgramme() {}

  /** The programme in the sheet, or empty when its columns are not a programme's. */
  public static Optional<Programme> read(String text) throws IOException {
    String header = text.lines().findFirst().orElse("");
    char delimiter = count(header, ';') > count(header, ',') ? ';' : count(header, '\t') > count(header, ',') ? '\t' : ',';
    String mediaType = delimiter == '\t' ? "text/tab-separated-values" : "text/csv";
    CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
        .setIgnoreEmptyLines(true).setTrim(true).setAllowMissingColumnNames(true).build();
    try (Reader reader = new StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text);
        CSVParser parser = CSVParser.parse(reader, format)) {
      Map<Column, String> columns = columns(parser.getHeaderNames());
      if (!columns.containsKey(Column.TITLE) || !(columns.containsKey(Column.SPEAKERS) || columns.containsKey(Column.TIME))) {
        return Optional.empty();
      }
      List<ProgrammeTalk> talks = new ArrayList<>();
      for (CSVRecord row : parser) {
        String title = cell(row, columns, Column.TITLE);
        if (title.isBlank()) {
          continue;
        }
        Matcher times = TIMES.matcher(cell(row, columns, Column.TIME));
        Optional<LocalTime> start = Optional.empty();
        Optional<LocalTime> end = time(cell(row, columns, Column.END));
        if (times.find()) {
          start = time(times.group(1) + ":" + times.group(2));
          if (times.group(3) != null) {
            end = time(times.group(3) + ":" + times.group(4));
          }
        }
        talks.add(new ProgrammeTalk(title, names(cell(row, columns, Column.SPEAKERS)), organisations(cell(row, columns, Column.ORGANISATION)),
            date(cell(row, columns, Column.DAY)), start, end, cell(row, columns, Column.ROOM), cell(row, columns, Column.TRACK),
            cell(row, columns, Column.DESCRIPTION)));
      }
      return talks.isEmpty() ? Optional.empty() : Optional.of(new Programme(mediaType, Optional.empty(), talks));
    }
  }

  private static Map<Column, String> columns(List<String> headers) {
    Map<Column, String> found = new java.util.EnumMap<>(Column.class);
    for (String header : headers) {
      String name = header.strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} ]", "").strip();
      for (Column column : Column.values()) {
        if (column.names.contains(name) && !found.containsKey(column)) {
          found.put(column, header);
        }
      }
    }
    return found;
  }

  private static String cell(CSVRecord row, Map<Column, String> columns, Column column) {
    String header = columns.get(column);
    return header == null || !row.isMapped(header) || !row.isSet(header) ? "" : row.get(header).strip();
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

  private static long count(String s, char c) {
    return s.chars().filter(ch -> ch == c).count();
  }
}
