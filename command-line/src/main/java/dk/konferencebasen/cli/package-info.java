/**
 * The {@code kb} command line (picocli): {@code start}, {@code index}, {@code search}, {@code
 * serve} and the measurement commands, with their options, progress bars and messages.
 */
package dk.konferencebasen.cli;
