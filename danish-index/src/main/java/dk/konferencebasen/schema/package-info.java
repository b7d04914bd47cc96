/**
 * The index schema, shared by the indexer that writes it and the server that reads it: field
 * names and the commit data ({@link dk.konferencebasen.schema.IndexSchema}), a report and its
 * passages as the indexer hands them over ({@link dk.konferencebasen.schema.Report}), and how they
 * become one block of Lucene documents, passages first and the report last ({@link
 * dk.konferencebasen.schema.ReportDocuments}).
 */
package dk.konferencebasen.schema;
