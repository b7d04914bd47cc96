package dk.konferencebasen.passages;

/**
 * What a programme says of one talk: its title, the text that names who gives it ("v/ Anne
 * Hansen, Aarhus Kommune", the panel's list), from which the speakers are found, and its time
 * slot ("09.30–10.15", "09.30"; empty when the programme gives none).
 */
public record TalkHeading(String title, String speakerText, String time) {}
