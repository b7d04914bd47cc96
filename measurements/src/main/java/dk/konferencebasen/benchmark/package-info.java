/**
 * {@code kb bench}: indexing and search throughput and latency at growing sizes against raw
 * Lucene and Tika alone, on generated reports of real Danish sentences. Measurement, not
 * product code.
 */
package dk.konferencebasen.benchmark;
