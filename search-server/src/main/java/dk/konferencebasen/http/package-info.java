/**
 * The HTTP layer: the Javalin server ({@link dk.konferencebasen.http.SearchServer}), one handler
 * per endpoint that reads the request's parameters, asks the search layer and writes JSON (or
 * CSV), the error answers, and the web page's static files.
 */
package dk.konferencebasen.http;
