package dk.konferencebasen.indexing;

import dk.konferencebasen.schema.NamedEntities;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A report names a person in full once and shorter elsewhere: "Jørn Henrik Pedersen" and "Jørn
 * Henrik", "Christian Jensen" and "Chr. Jensen", "Børge Reiersen Lund" and "B.R. Lund", "Dorte R.
 * Sørensen" and "Dorte Sørensen". The shorter form is that person, named again, and the fullest form
 * the report gives is the one to store and count. Where two fuller names fit ("Anne Marie" of "Anne
 * Marie Holm" and of "Anne Marie Jensen"), the short one is left out rather than guessed.
 */
final class FullerNames {
  /** Each shorter form and the one fuller name it stands for; a shorter form that fits several maps to empty. */
  private final Map<String, Optional<String>> fuller;

  private FullerNames(Map<String, Optional<String>> fuller) {
    this.fuller = fuller;
  }

  static FullerNames of(List<NamedEntities> found) {
    Set<String> everyone = new LinkedHashSet<>();
    found.forEach(named -> everyone.addAll(named.people()));
    Map<String, Optional<String>> fuller = new HashMap<>();
    for (String person : everyone) {
      List<String> fits = everyone.stream().filter(other -> isShorterFormOf(person, other)).toList();
      if (!fits.isEmpty()) {
        fuller.put(person, fits.size() == 1 ? Optional.of(fits.get(0)) : Optional.empty());
      }
    }
    return new FullerNames(fuller);
  }

  /** The passages' names with every shorter form replaced by its fuller one, or left out. */
  List<NamedEntities> applyTo(List<NamedEntities> found) {
    if (fuller.isEmpty()) {
      return found;
    }
    return found.stream().map(named -> new NamedEntities(people(named.people()), named.organisations(),
        named.municipalities(), named.acronyms())).toList();
  }

  /** The names in their fullest forms, each once, in their order. */
  List<String> people(List<String> names) {
    Set<String> out = new LinkedHashSet<>();
    for (String name : names) {
      Optional<String> full = fuller.getOrDefault(name, Optional.of(name));
      full.ifPresent(out::add);
    }
    return new ArrayList<>(out);
  }

  static boolean isShorterFormOf(String shortName, String fullName) {
    return fullName.startsWith(shortName + " ") || abbreviates(shortName, fullName) || leavesOutMiddleNames(shortName, fullName);
  }

  /** "Dorte Sørensen" of "Dorte R. Sørensen", "Jens Hansen" of "Jens Peter Hansen": the first and last name, nothing between. */
  static boolean leavesOutMiddleNames(String shortName, String fullName) {
    String[] shortWords = shortName.split("\\s+");
    String[] fullWords = fullName.split("\\s+");
    return shortWords.length == 2 && fullWords.length > 2 && shortWords[0].equals(fullWords[0])
        && shortWords[1].equals(fullWords[fullWords.length - 1]);
  }

  /** "B.R. Lund" of "Børge Reiersen Lund", "Chr. Jensen" of "Christian Jensen": the same surname, first names cut short. */
  static boolean abbreviates(String shortName, String fullName) {
    String[] shortWords = shortName.split("\\s+");
    String[] fullWords = fullName.split("\\s+");
    if (shortWords.length < 2 || shortName.equals(fullName) || !shortWords[shortWords.length - 1].equals(fullWords[fullWords.length - 1])) {
      return false;
    }
    int next = 0;
    for (int i = 0; i < shortWords.length - 1; i++) {
      if (!shortWords[i].endsWith(".")) {
        return false;
      }
      for (String cut : shortWords[i].split("(?<=\\.)")) {
        String stem = cut.substring(0, cut.length() - 1);
        while (next < fullWords.length - 1 && !(fullWords[next].startsWith(stem) && fullWords[next].length() > stem.length())) {
          next++;
        }
        if (next == fullWords.length - 1 || stem.isEmpty()) {
          return false;
        }
        next++;
      }
    }
    return true;
  }
}
