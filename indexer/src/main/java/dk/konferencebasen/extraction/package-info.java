/**
 * From a file to its main text and metadata: Apache Tika parses every format (in worker
 * processes, so a file that hangs or exhausts memory costs only its worker), and the text is
 * cleaned of what is not the report — page numbers, running headers and footers, lines broken
 * by the layout — with each removal recorded, so no text disappears without a report.
 */
package dk.konferencebasen.extraction;
