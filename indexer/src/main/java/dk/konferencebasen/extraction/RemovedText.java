package dk.konferencebasen.extraction;

/**
 * Text that extraction or chrome removal took out of a document, with the reason in words a user
 * can check ("navigation (nav element)", "running header repeated on 4 pages" …). Kept with the
 * report so that nothing disappears without a trace.
 */
public record RemovedText(String text, String reason) {}
