package dk.konferencebasen.schema;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Acronyms and the organisations they abbreviate, as the text defines them ("Kommunernes
 * Landsforening (KL)"): with them an organisation named both ways is one organisation, under its
 * full name, and each way of writing it can find the other.
 */
public final class AcronymPairs {
  public static final AcronymPairs NONE = new AcronymPairs(Map.of());
  /** How a pair is written in a stored field: "KL = Kommunernes Landsforening". */
  private static final String SEPARATOR = " = ";

  private final Map<String, String> names;

  private AcronymPairs(Map<String, String> names) {
    this.names = Collections.unmodifiableMap(new LinkedHashMap<>(names));
  }

  /**
   * The pairs the passages of one document define, in their order; an acronym defined twice
   * keeps its first name, as a reader would.
   */
  public static AcronymPairs definedIn(List<NamedEntities> passages) {
    Map<String, String> names = new LinkedHashMap<>();
    for (NamedEntities named : passages) {
      named.acronyms().forEach(names::putIfAbsent);
    }
    return new AcronymPairs(names);
  }

  /** The pairs as {@link #stored()} wrote them. */
  public static AcronymPairs fromStored(List<String> stored) {
    Map<String, String> names = new LinkedHashMap<>();
    fromEach(stored, names::putIfAbsent);
    return new AcronymPairs(names);
  }

  /** Each stored "KL = Kommunernes Landsforening" as acronym and name. */
  private static void fromEach(java.util.Collection<String> stored, java.util.function.BiConsumer<String, String> pair) {
    for (String written : stored) {
      int at = written.indexOf(SEPARATOR);
      if (at > 0) {
        pair.accept(written.substring(0, at), written.substring(at + SEPARATOR.length()));
      }
    }
  }

  /**
   * The corpus's pairs, from the pairs its reports store as defined. An acronym the corpus defines
   * in two ways is left out: which one a report that does not say means is not known.
   */
  public static AcronymPairs corpusWide(java.util.Collection<String> storedPairs) {
    Map<String, String> names = new java.util.TreeMap<>();
    Set<String> ambiguous = new java.util.HashSet<>();
    fromEach(storedPairs, (acronym, name) -> {
      String before = names.putIfAbsent(acronym, name);
      if (before != null && !before.equals(name)) {
        ambiguous.add(acronym);
      }
    });
    names.keySet().removeAll(ambiguous);
    return new AcronymPairs(names);
  }

  /**
   * The pairs of this (corpus-wide) set that a document which defines {@code ownAcronyms} itself
   * and names {@code organisations} uses without defining: either form named, acronym not its own.
   */
  public AcronymPairs usedBy(java.util.Collection<String> organisations, Set<String> ownAcronyms) {
    Set<String> named = Set.copyOf(organisations);
    Map<String, String> used = new LinkedHashMap<>();
    names.forEach((acronym, name) -> {
      if (!ownAcronyms.contains(acronym) && (named.contains(acronym) || named.contains(name))) {
        used.put(acronym, name);
      }
    });
    return new AcronymPairs(used);
  }

  /** These pairs, then those of {@code more} whose acronym is not among them. */
  public AcronymPairs plus(AcronymPairs more) {
    Map<String, String> all = new LinkedHashMap<>(names);
    more.names.forEach(all::putIfAbsent);
    return new AcronymPairs(all);
  }

  /** Acronym → full name, in order of definition. */
  public Map<String, String> names() {
    return names;
  }

  /** The organisations with each defined acronym written as its full name, without duplicates. */
  public NamedEntities canonical(NamedEntities named) {
    if (names.isEmpty()) {
      return named;
    }
    Set<String> organisations = new LinkedHashSet<>();
    for (String organisation : named.organisations()) {
      organisations.add(names.getOrDefault(organisation, organisation));
    }
    return new NamedEntities(named.people(), List.copyOf(organisations), named.municipalities(), named.acronyms());
  }

  /**
   * The other way of writing each paired organisation the passage names in one way only: the
   * full name where it says "KL", "KL" where it says "Kommunernes Landsforening". Indexed beside
   * the text, so a search for either finds both.
   */
  public List<String> aliases(NamedEntities named) {
    List<String> aliases = new ArrayList<>();
    Set<String> mentioned = Set.copyOf(named.organisations());
    names.forEach((acronym, name) -> {
      if (mentioned.contains(acronym) && !mentioned.contains(name)) {
        aliases.add(name);
      } else if (mentioned.contains(name) && !mentioned.contains(acronym)) {
        aliases.add(acronym);
      }
    });
    return aliases;
  }

  /** Each pair as stored: "KL = Kommunernes Landsforening". */
  public List<String> stored() {
    return names.entrySet().stream().map(e -> e.getKey() + SEPARATOR + e.getValue()).toList();
  }
}
