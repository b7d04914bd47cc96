package dk.konferencebasen.extraction.programme;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * A spreadsheet of talks (Excel's .xlsx or .xls), read with Apache POI, the library Tika reads
 * spreadsheets with: each sheet whose first row is a programme's header ({@link SheetProgramme})
 * gives its talks, so a programme with a sheet per day is one programme. A workbook without such
 * a sheet is no programme and is read as text.
 *
 * <p>Why POI and not Tika's text of the sheet: a time or date cell is a number to which Excel
 * gives a display format (the Danish "9:30" or the US "9:30 AM"); read as a value it is exact.
 */
final class WorkbookProgramme {
  private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  private WorkbookProgramme() {}

  static Optional<Programme> read(Path file, String mediaType) throws IOException {
    DataFormatter formatter = new DataFormatter(Locale.forLanguageTag("da"));
    formatter.setUseCachedValuesForFormulaCells(true);
    List<ProgrammeTalk> talks = new ArrayList<>();
    boolean programme = false;
    try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
      for (Sheet sheet : workbook) {
        List<List<String>> rows = new ArrayList<>();
        for (Row row : sheet) {
          rows.add(cells(row, formatter));
        }
        rows.removeIf(r -> r.stream().allMatch(String::isBlank));
        if (rows.isEmpty()) {
          continue;
        }
        Optional<List<ProgrammeTalk>> found = SheetProgramme.talks(rows.get(0), rows.subList(1, rows.size()));
        if (found.isPresent()) {
          programme = true;
          talks.addAll(found.get());
        }
      }
    }
    return programme && !talks.isEmpty() ? Optional.of(new Programme(mediaType, Optional.empty(), talks)) : Optional.empty();
  }

  private static List<String> cells(Row row, DataFormatter formatter) {
    List<String> cells = new ArrayList<>();
    for (int i = 0; i < Math.max(0, row.getLastCellNum()); i++) {
      Cell cell = row.getCell(i);
      cells.add(cell == null ? "" : text(cell, formatter));
    }
    return cells;
  }

  /** A date or time cell as "2025-03-12", "09:30" or "2025-03-12 09:30"; anything else as shown. */
  private static String text(Cell cell, DataFormatter formatter) {
    CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
    if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
      double value = cell.getNumericCellValue();
      LocalDateTime at = cell.getLocalDateTimeCellValue();
      if (value < 1) {
        return at.format(TIME);
      }
      return value == Math.floor(value) ? at.format(DATE) : at.format(DATE) + " " + at.format(TIME);
    }
    return formatter.formatCellValue(cell).strip();
  }
}
