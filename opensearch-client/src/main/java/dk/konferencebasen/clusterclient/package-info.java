/**
 * The cluster mode's side of OpenSearch's REST API, shared by the writer ({@code kb index
 * --opensearch}) and the server ({@code kb serve --opensearch}): requests with retries on busy
 * answers, and errors that say what the cluster answered.
 */
package dk.konferencebasen.clusterclient;
