package dk.konferencebasen.schema;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The people, organisations and municipalities named in one passage, each list in order of
 * first mention and without duplicates. Municipalities are bare names ("Aalborg", not
 * "Aalborg Kommune"). {@code acronyms}: the acronyms the passage defines, each with the
 * organisation it abbreviates ("KL" → "Kommunernes Landsforening", from "Kommunernes
 * Landsforening (KL)"); both are among the organisations.
 */
public record NamedEntities(List<String> people, List<String> organisations, List<String> municipalities,
    Map<String, String> acronyms) {
  public static final NamedEntities NONE = new NamedEntities(List.of(), List.of(), List.of());

  public NamedEntities(List<String> people, List<String> organisations, List<String> municipalities) {
    this(people, organisations, municipalities, Map.of());
  }

  public NamedEntities {
    people = List.copyOf(people);
    organisations = List.copyOf(organisations);
    municipalities = List.copyOf(municipalities);
    acronyms = Collections.unmodifiableMap(new LinkedHashMap<>(acronyms));
  }
}
