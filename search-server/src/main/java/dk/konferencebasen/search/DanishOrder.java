package dk.konferencebasen.search;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;

/**
 * Alphabetical order as a Danish reader expects it: æ, ø and å after z, and "aa" as å (so
 * "Aalborg" comes last), which code-point order gets wrong.
 */
public final class DanishOrder {
  private DanishOrder() {}

  /** Names in Danish order; names that collate alike are kept apart by their code points. */
  public static Comparator<String> names() {
    Collator collator = collator();
    return (a, b) -> {
      int c = collator.compare(a, b);
      return c != 0 ? c : a.compareTo(b);
    };
  }

  /** Ignores case ("Kommune" = "kommune") but not accents; a new instance, as collators are not shared. */
  public static Collator collator() {
    Collator collator = Collator.getInstance(Locale.forLanguageTag("da"));
    collator.setStrength(Collator.SECONDARY);
    return collator;
  }
}
