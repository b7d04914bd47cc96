package dk.konferencebasen.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dk.konferencebasen.research.ExportField;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The file formats of an export: how one row of values is written. */
enum ExportRows {
  CSV("csv", "text/csv; charset=utf-8; header=present"),
  /** CSV as Danish Excel opens it with a double click: BOM, semicolons, Danish column names. */
  EXCEL("csv", "text/csv; charset=utf-8; header=present"),
  JSONL("jsonl", "application/x-ndjson; charset=utf-8");

  /** Between the values of a multi-valued field in CSV, where a cell holds one string. */
  static final String LIST_SEPARATOR = "; ";

  final String extension;
  final String contentType;

  ExportRows(String extension, String contentType) {
    this.extension = extension;
    this.contentType = contentType;
  }

  String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  static Optional<ExportRows> parse(String label) {
    for (ExportRows rows : values()) {
      if (rows.label().equals(label)) {
        return Optional.of(rows);
      }
    }
    return Optional.empty();
  }

  RowWriter open(Writer out, List<ExportField> fields) throws IOException {
    return switch (this) {
      case CSV -> new Csv(out, fields, false);
      case EXCEL -> new Csv(out, fields, true);
      case JSONL -> new JsonLines(out, fields);
    };
  }

  /** One row at a time. */
  abstract static class RowWriter {
    abstract void row(List<Object> values) throws IOException;

    abstract void finish() throws IOException;
  }

  /**
   * RFC 4180: a header row, every field in double quotes with inner quotes doubled (so commas,
   * quotes and line breaks in passage text are safe), CRLF between records, UTF-8. A missing
   * value is an empty field; several values share one field, separated by "; ".
   */
  private static final class Csv extends RowWriter {
    private final Writer out;
    private final char delimiter;
    private final boolean forExcel;

    Csv(Writer out, List<ExportField> fields, boolean forExcel) throws IOException {
      this.out = out;
      this.delimiter = forExcel ? ';' : ','; // Danish Excel splits columns at ";", "," is its decimal mark
      this.forExcel = forExcel;
      if (forExcel) {
        out.write('\uFEFF'); // without the byte order mark Excel reads UTF-8 as Windows-1252: "Ã¦" for "æ"
      }
      line(fields.stream().map(f -> (Object) (forExcel ? DanishColumns.of(f) : f.label())).toList());
    }

    @Override
    void row(List<Object> values) throws IOException {
      line(values);
    }

    private void line(List<Object> values) throws IOException {
      for (int i = 0; i < values.size(); i++) {
        if (i > 0) {
          out.write(delimiter);
        }
        String text = text(values.get(i));
        // a cell that starts like a formula ("- Vi er glade", "=SUM(…)") is text to Excel, not a
        // formula: Excel would show "#NAVN?" or run it (OWASP's CSV injection advice)
        if (forExcel && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
          text = "'" + text;
        }
        out.write('"');
        out.write(text.replace("\"", "\"\""));
        out.write('"');
      }
      out.write("\r\n");
    }

    private static String text(Object value) {
      if (value == null) {
        return "";
      }
      if (value instanceof List<?> list) {
        return String.join(LIST_SEPARATOR, list.stream().map(String::valueOf).toList());
      }
      return value.toString();
    }

    @Override
    void finish() throws IOException {
      out.flush();
    }
  }

  /** One JSON object per line; numbers as numbers, lists as arrays, a missing value as null. */
  private static final class JsonLines extends RowWriter {
    private final List<ExportField> fields;
    private final JsonGenerator json;

    JsonLines(Writer out, List<ExportField> fields) throws IOException {
      this.fields = fields;
      this.json = new JsonFactory().createGenerator(out);
      json.setRootValueSeparator(null); // lines are separated by the newline written after each
    }

    @Override
    void row(List<Object> values) throws IOException {
      json.writeStartObject();
      for (int i = 0; i < fields.size(); i++) {
        json.writeFieldName(fields.get(i).label());
        Object value = values.get(i);
        if (value == null) {
          json.writeNull();
        } else if (value instanceof Integer n) {
          json.writeNumber(n);
        } else if (value instanceof List<?> list) {
          json.writeStartArray();
          for (Object item : list) {
            json.writeString(String.valueOf(item));
          }
          json.writeEndArray();
        } else {
          json.writeString(value.toString());
        }
      }
      json.writeEndObject();
      json.writeRaw('\n');
    }

    @Override
    void finish() throws IOException {
      json.flush();
    }
  }
}
