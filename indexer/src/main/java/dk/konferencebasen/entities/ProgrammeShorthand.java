package dk.konferencebasen.entities;

import java.util.regex.Pattern;

/**
 * Programmes write "v/", "v./" and "v." for "ved", and "Moderator: Anne Hansen" for "moderator
 * Anne Hansen". Their full stops, slashes and colons would end a sentence between the cue and
 * the name, so the shorthand is written out before the text is cut into sentences.
 */
final class ProgrammeShorthand {
  /**
   * "v/", "V/", "v./" and "v. " as a word of their own; not "V." (a middle initial, "Hans V.
   * Nielsen").
   */
  private static final Pattern VED = Pattern.compile("(?U)(?<![\\w.])(v\\s?\\.\\s?/|[vV]\\s?/|v\\.(?=\\s+\\w))");
  /** An event role followed by a colon: the colon joins the role to the name. */
  private static final Pattern ROLE_COLON = Pattern.compile(
      "(?iU)\\b(moderator|ordstyrer|konferencier|oplægsholdere?|facilitator|paneldeltagere?|debattører?|vært)\\s*:");

  private ProgrammeShorthand() {}

  static String expand(String text) {
    // the patterns are tried at every character, so they run only where their marks are
    String expanded = text;
    if (text.indexOf('/') >= 0 || text.contains("v.")) {
      // "v/" is a programme's cue only, so it stays marked ("ved/"); "v." may also end a sentence
      expanded = VED.matcher(expanded).replaceAll(m -> m.group().contains("/") ? "ved/ " : "ved ");
    }
    if (expanded.indexOf(':') >= 0) {
      expanded = ROLE_COLON.matcher(expanded).replaceAll("$1");
    }
    return expanded;
  }
}
