/**
 * Named entities and dates in Danish conference reports.
 *
 * <p>{@link dk.konferencebasen.entities.EntityFinder} finds the people, organisations and
 * municipalities named in a passage with transparent, rule-based Danish patterns (no statistical
 * model): capitalised runs inside sentences are the candidates; titles, organisation head words,
 * acronyms, verbs of saying and patterns between neighbouring names decide what they are; a
 * gazetteer of the 98 municipalities tags place names. Every word list is generic Danish vocabulary
 * in a small documented resource file next to these classes:
 *
 * <ul>
 *   <li>{@code titles.txt}, {@code title-modifiers.txt}, {@code degrees.txt}: titles that mark people;
 *   <li>{@code organisation-heads.txt}, {@code organisation-leads.txt},
 *       {@code acronyms-not-organisations.txt}: what makes an organisation;
 *   <li>{@code speech-verbs.txt}: verbs of saying;
 *   <li>{@code sentence-starters.txt}, {@code name-particles.txt}, {@code abbreviations.txt}: for
 *       sentences and runs;
 *   <li>{@code municipalities.txt}: the gazetteer.
 * </ul>
 *
 * <p>{@link dk.konferencebasen.entities.DateFinder} finds dates written the Danish ways.
 */
package dk.konferencebasen.entities;
