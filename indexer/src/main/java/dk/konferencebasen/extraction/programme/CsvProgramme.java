package dk.konferencebasen.extraction.programme;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A sheet of talks saved as CSV or TSV, read with Commons CSV ({@link SheetProgramme} says which
 * columns make a programme). Danish spreadsheets write ";" between columns, so the delimiter is
 * the header's.
 */
public final class CsvProgramme {
  private CsvProgramme() {}

  /** The programme in the sheet, or empty when its columns are not a programme's. */
  public static Optional<Programme> read(String text) throws IOException {
    String header = text.lines().findFirst().orElse("");
    char delimiter = count(header, ';') > count(header, ',') ? ';' : count(header, '\t') > count(header, ',') ? '\t' : ',';
    String mediaType = delimiter == '\t' ? "text/tab-separated-values" : "text/csv";
    CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter)
        .setIgnoreEmptyLines(true).setTrim(true).build();
    try (Reader reader = new StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text);
        CSVParser parser = CSVParser.parse(reader, format)) {
      List<List<String>> rows = new ArrayList<>();
      for (CSVRecord record : parser) {
        rows.add(record.toList());
      }
      if (rows.isEmpty()) {
        return Optional.empty();
      }
      return SheetProgramme.talks(rows.get(0), rows.subList(1, rows.size()))
          .filter(talks -> !talks.isEmpty())
          .map(talks -> new Programme(mediaType, Optional.empty(), talks));
    }
  }

  private static long count(String s, char c) {
    return s.chars().filter(ch -> ch == c).count();
  }
}
