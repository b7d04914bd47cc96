package dk.konferencebasen.extraction.programme;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Which files are structured programmes, by their detected type: iCalendar always; JSON and XML
 * when they are a frab/pretalx schedule; CSV and spreadsheets (.xlsx, .xls) when their columns are a
 * programme's. Anything else, and a JSON or
 * CSV file that is not a programme, is read as text as before.
 *
 * <p>Tika detects by content, and by content a CSV sheet or a JSON file is plain text; for plain
 * text the file's extension says which reader to try. The reader still decides by the content.
 */
public final class ProgrammeFiles {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ProgrammeFiles() {}

  public static Optional<Programme> read(Path file, String mediaType) throws IOException, ProgrammeException {
    switch (mediaType.equals("text/plain") ? byExtension(file) : mediaType) {
      case "text/calendar" -> {
        try (InputStream in = Files.newInputStream(file)) {
          return Optional.of(IcsProgramme.read(in));
        }
      }
      case "application/json" -> {
        JsonNode root;
        try {
          root = JSON.readTree(file.toFile());
        } catch (JsonProcessingException e) {
          return Optional.empty(); // not JSON after all: Tika reads it as text
        }
        return ScheduleJsonProgramme.isSchedule(root) ? Optional.of(ScheduleJsonProgramme.read(root)) : Optional.empty();
      }
      case "text/csv", "text/tab-separated-values" -> {
        try {
          return CsvProgramme.read(Files.readString(file, StandardCharsets.UTF_8));
        } catch (java.nio.charset.MalformedInputException | java.io.UncheckedIOException | IllegalArgumentException e) {
          return Optional.empty(); // not a well-formed UTF-8 sheet (a stray quote, Latin-1): Tika reads it as text
        }
      }
      case "application/xml", "text/xml" -> {
        try (InputStream in = Files.newInputStream(file)) {
          return ScheduleXmlProgramme.read(in, mediaType);
        }
      }
      case "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/vnd.ms-excel" -> {
        return WorkbookProgramme.read(file, mediaType);
      }
      default -> {
        return Optional.empty();
      }
    }
  }

  private static String byExtension(Path file) {
    String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    if (name.endsWith(".csv")) {
      return "text/csv";
    }
    if (name.endsWith(".tsv") || name.endsWith(".tab")) {
      return "text/tab-separated-values";
    }
    return name.endsWith(".json") ? "application/json" : "text/plain";
  }
}
