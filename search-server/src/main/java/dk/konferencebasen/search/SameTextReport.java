package dk.konferencebasen.search;

/**
 * Another file with the same text as a report (an export to another format, a saved copy): its
 * report id, title, path in the corpus folder and format. Absent metadata is null.
 */
public record SameTextReport(String id, String title, String path, String format) {}
