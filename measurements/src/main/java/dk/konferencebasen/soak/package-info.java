/**
 * {@code kb soak}: the server under a mixed load of real requests while the corpus changes and is
 * re-indexed, judged on errors, latency over time, heap growth and whether answers name the
 * commits the re-indexing made. Measurement, not product code.
 */
package dk.konferencebasen.soak;
