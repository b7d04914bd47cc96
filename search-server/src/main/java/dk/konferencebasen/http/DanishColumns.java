package dk.konferencebasen.http;

import dk.konferencebasen.research.ExportField;
import java.util.EnumMap;
import java.util.Map;

/** The column names of an export for Excel, in Danish, for the practitioners who open it there. */
final class DanishColumns {
  private static final Map<ExportField, String> NAMES = new EnumMap<>(ExportField.class);

  static {
    NAMES.put(ExportField.ID, "afsnit-id");
    NAMES.put(ExportField.REPORT_ID, "rapport-id");
    NAMES.put(ExportField.ORDINAL, "afsnit nr.");
    NAMES.put(ExportField.TITLE, "rapport");
    NAMES.put(ExportField.CONFERENCE, "konference");
    NAMES.put(ExportField.DATE, "dato");
    NAMES.put(ExportField.YEAR, "år");
    NAMES.put(ExportField.ORGANISER, "arrangør");
    NAMES.put(ExportField.PLACE, "sted");
    NAMES.put(ExportField.PUBLISHER, "udgiver");
    NAMES.put(ExportField.FORMAT, "filformat");
    NAMES.put(ExportField.LANGUAGE, "sprog");
    NAMES.put(ExportField.PATH, "fil");
    NAMES.put(ExportField.URL, "webadresse");
    NAMES.put(ExportField.SOURCE, "kilde");
    NAMES.put(ExportField.TALK_TITLE, "oplæg");
    NAMES.put(ExportField.TALK_TIME, "tidspunkt");
    NAMES.put(ExportField.SPEAKERS, "oplægsholdere");
    NAMES.put(ExportField.PEOPLE, "personer");
    NAMES.put(ExportField.ORGANISATIONS, "organisationer");
    NAMES.put(ExportField.MUNICIPALITIES, "kommuner");
    NAMES.put(ExportField.DATES, "datoer i teksten");
    NAMES.put(ExportField.START, "start i teksten");
    NAMES.put(ExportField.END, "slut i teksten");
    NAMES.put(ExportField.TEXT, "tekst");
    NAMES.put(ExportField.INDEX_COMMIT, "indeks-commit");
    NAMES.put(ExportField.SAME_TEXT_GROUP, "samme tekst som");
  }

  private DanishColumns() {}

  /** The Danish name; a field added without one keeps its API name rather than failing the export. */
  static String of(ExportField field) {
    return NAMES.getOrDefault(field, field.label());
  }
}
