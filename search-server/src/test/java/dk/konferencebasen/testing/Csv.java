package dk.konferencebasen.testing;

import java.util.ArrayList;
import java.util.List;

/**
 * A strict RFC 4180 reader for the tests, written apart from the server's writer so that a test
 * reads an export the way a spreadsheet or pandas would: quoted fields may hold commas, doubled
 * quotes and line breaks; records end with CRLF.
 */
public final class Csv {
  private Csv() {}

  public static List<List<String>> parse(String text) {
    List<List<String>> records = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int i = 0;
    boolean quoted = false;
    boolean fieldStarted = false;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
            field.append('"');
            i += 2;
            continue;
          }
          quoted = false;
        } else {
          field.append(c);
        }
        i++;
        continue;
      }
      if (c == '"' && !fieldStarted) {
        quoted = true;
        fieldStarted = true;
        i++;
      } else if (c == ',') {
        record.add(field.toString());
        field.setLength(0);
        fieldStarted = false;
        i++;
      } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        record.add(field.toString());
        records.add(record);
        record = new ArrayList<>();
        field.setLength(0);
        fieldStarted = false;
        i += 2;
      } else if (c == '"' || c == '\n' || c == '\r') {
        throw new AssertionError("not RFC 4180 at character " + i + ": " + text.substring(Math.max(0, i - 40), i + 1));
      } else {
        field.append(c);
        fieldStarted = true;
        i++;
      }
    }
    if (quoted) {
      throw new AssertionError("a quoted field is not closed");
    }
    if (fieldStarted || !record.isEmpty()) {
      throw new AssertionError("the last record does not end with CRLF");
    }
    return records;
  }
}
