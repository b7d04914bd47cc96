package dk.konferencebasen.entities;

import java.util.List;

/**
 * The people, organisations and municipalities named in one passage, each list in order of
 * first mention and without duplicates. Municipalities are bare names ("Aalborg", not
 * "Aalborg Kommune").
 */
public record NamedEntities(List<String> people, List<String> organisations, List<String> municipalities) {
  public static final NamedEntities NONE = new NamedEntities(List.of(), List.of(), List.of());

  public NamedEntities {
    people = List.copyOf(people);
    organisations = List.copyOf(organisations);
    municipalities = List.copyOf(municipalities);
  }
}
