package dk.konferencebasen.passages;

/**
 * What a programme says of one talk: its title, and the text that names who gives it ("v/ Anne
 * Hansen, Aarhus Kommune", the panel's list), from which the speakers are found.
 */
public record TalkHeading(String title, String speakerText) {}
