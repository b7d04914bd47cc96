package dk.konferencebasen.entities;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The 98 Danish municipalities ({@code municipalities.txt}), looked up case-insensitively. */
final class MunicipalityGazetteer {
  static final String RESOURCE = "municipalities.txt";

  private final Map<String, String> byLowerCase;

  MunicipalityGazetteer(List<String> names) {
    Map<String, String> map = new LinkedHashMap<>();
    for (String name : names) {
      map.put(name.toLowerCase(Locale.ROOT), name);
    }
    this.byLowerCase = Map.copyOf(map);
  }

  static MunicipalityGazetteer load() {
    return new MunicipalityGazetteer(ResourceLines.read(RESOURCE));
  }

  /**
   * The municipality written as {@code name}, also in the genitive ("Københavns" gives
   * "København", "Aalborgs" gives "Aalborg").
   */
  Optional<String> lookup(String name) {
    String key = name.toLowerCase(Locale.ROOT);
    String found = byLowerCase.get(key);
    if (found == null && key.endsWith("s")) {
      found = byLowerCase.get(key.substring(0, key.length() - 1));
    }
    return Optional.ofNullable(found);
  }

  /**
   * The municipality that the words before "Kommune" name: all of them, or the last ("Den nye
   * Aalborg Kommune"); none when they name no Danish municipality (a foreign "Bergen Kommune",
   * or a capture that glued a name to the one before it).
   */
  String beforeKommune(String words) {
    String last = words.substring(words.lastIndexOf(' ') + 1);
    return lookup(words).or(() -> lookup(last)).orElse(null);
  }

  int size() {
    return byLowerCase.size();
  }
}
