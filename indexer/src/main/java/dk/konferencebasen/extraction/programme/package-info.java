/**
 * Conference programmes in structured formats (iCalendar, CSV, spreadsheets, schedule JSON and
 * XML) read as talks: title, time, speakers, so that each talk becomes a passage of its own.
 */
package dk.konferencebasen.extraction.programme;
