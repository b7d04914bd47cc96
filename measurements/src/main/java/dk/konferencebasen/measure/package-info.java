/**
 * The measurements' command line ({@code kb eval | bench | bench-corpus | soak}, run by ./kb
 * from the measurements' own jar): options in, the measurement packages run, their tables out.
 */
package dk.konferencebasen.measure;
