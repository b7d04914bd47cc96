/**
 * The cluster mode's writing side ({@code kb index --opensearch URL}): the embedded index, once
 * committed, copied into an OpenSearch index laid out by the schema's {@link
 * dk.konferencebasen.schema.ClusterMapping}, over OpenSearch's REST API.
 */
package dk.konferencebasen.clusterindex;
