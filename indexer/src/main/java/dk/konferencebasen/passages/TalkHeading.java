package dk.konferencebasen.passages;

import java.util.List;

/**
 * What a programme says of one talk: its title, the text that names who gives it ("v/ Anne
 * Hansen, Aarhus Kommune", the panel's list), from which the speakers are found, its time slot
 * ("09.30–10.15", "09.30"; empty when the programme gives none), and the names that the words
 * telling of the talk make its givers ("Lars Mejlbyes indlæg", "Karen Hækkerup … talte om"),
 * which no other cue may mark as people.
 */
public record TalkHeading(String title, String speakerText, String time, List<String> givers) {
  public TalkHeading {
    givers = List.copyOf(givers);
  }
}
