/**
 * {@code kb cluster}: real OpenSearch nodes on loopback, from the Maven-resolved jars, with the
 * Danish analysis plugin — for trying the cluster mode, and for the tests that need a cluster
 * ({@link dk.konferencebasen.cluster.ClusterProcess} starts one in a JVM of its own).
 */
package dk.konferencebasen.cluster;
