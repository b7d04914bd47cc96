/**
 * What the search box offers while a user types, drawn from one index commit: report titles, the
 * names of people, organisations and municipalities, and the frequent words. Shared by the
 * embedded server, which reads them from its own index, and the cluster mode, whose index copy
 * carries the same entries, so both offer the same completions.
 */
package dk.konferencebasen.completion;
