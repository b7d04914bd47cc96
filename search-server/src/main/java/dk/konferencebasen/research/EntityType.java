package dk.konferencebasen.research;

import dk.konferencebasen.schema.IndexSchema;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The kinds of names the indexer finds in passages. */
public enum EntityType {
  PERSON(IndexSchema.PERSON),
  ORGANISATION(IndexSchema.ORGANISATION),
  MUNICIPALITY(IndexSchema.MUNICIPALITY);

  final String facet;

  EntityType(String facet) {
    this.facet = facet;
  }

  /** The field the names are kept in. */
  public String facet() {
    return facet;
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<EntityType> parse(String label) {
    return Arrays.stream(values()).filter(t -> t.label().equals(label)).findFirst();
  }
}
