/**
 * The Danish analysis chain inside OpenSearch: an analysis plugin whose filters and analyzers are
 * the embedded index's own ({@link dk.konferencebasen.opensearch.DanishAnalysisPlugin}).
 */
package dk.konferencebasen.opensearch;
