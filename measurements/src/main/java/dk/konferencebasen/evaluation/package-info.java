/**
 * {@code kb eval}: the product's quality measured against its targets — conflation of the DDT
 * word forms by the Danish chain, retrieval on judged queries, extraction on the article
 * benchmark and the Danish dev sets, talks and names on annotated documents. Measurement, not
 * product code.
 */
package dk.konferencebasen.evaluation;
