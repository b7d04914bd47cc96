package dk.konferencebasen.research;

import java.util.List;

/**
 * The names of one kind in the matching passages: how many passages (and reports) name each,
 * most first, and which two names are named in the same passage most often.
 * {@code distinctValues} is the number of different names before the top was taken.
 * {@code pairsTruncated} says the pairs were counted on the first {@code pairsPassagesScanned}
 * passages only; the entity counts are always exact.
 */
public record EntitiesResult(
    String type,
    long matchingPassages,
    long passagesWithEntities,
    int distinctValues,
    List<Entity> entities,
    List<Pair> pairs,
    long pairsPassagesScanned,
    boolean pairsTruncated,
    String indexCommit) {

  public record Entity(String value, long passages, long reports) {}

  /** {@code a} sorts before {@code b}; passages naming both. */
  public record Pair(String a, String b, long passages) {}
}
