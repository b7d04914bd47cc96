package dk.konferencebasen.entities;

/**
 * Whether an acronym abbreviates a name, by the test of Schwartz and Hearst ("A simple algorithm
 * for identifying abbreviation definitions in biomedical text", PSB 2003): read right to left,
 * each letter or digit of the acronym is found in the name in order, and its first letter starts
 * a word of the name. "KL" abbreviates "Kommunernes Landsforening", "UIM" "Udlændinge- og
 * Integrationsministeriet" (its M inside the compound), "LO" "Landsorganisationen i Danmark";
 * "SM" does not abbreviate "Socialstyrelsen", so "(SM)" after it is no pair.
 */
final class AcronymDefinition {
  private AcronymDefinition() {}

  static boolean abbreviates(String acronym, String name) {
    String shortForm = acronym.toLowerCase(java.util.Locale.ROOT);
    String longForm = name.toLowerCase(java.util.Locale.ROOT);
    if (shortForm.isEmpty() || longForm.length() <= shortForm.length()) {
      return false;
    }
    int s = shortForm.length() - 1;
    int l = longForm.length() - 1;
    for (; s >= 0; s--) {
      char c = shortForm.charAt(s);
      if (!Character.isLetterOrDigit(c)) {
        continue;
      }
      while (l >= 0 && (longForm.charAt(l) != c
          || (s == 0 && l > 0 && Character.isLetterOrDigit(longForm.charAt(l - 1))))) {
        l--;
      }
      if (l < 0) {
        return false;
      }
      l--;
    }
    return true;
  }
}
