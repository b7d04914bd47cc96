/**
 * A report's text cut into passages, the unit that is searched and counted: one talk each where
 * the text is a programme or a report of talks ({@link dk.konferencebasen.passages.TalkFinder}),
 * else along its paragraphs, a heading opening the passage under it ({@link
 * dk.konferencebasen.passages.PassageSplitter}).
 */
package dk.konferencebasen.passages;
