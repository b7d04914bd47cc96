package dk.konferencebasen.research;

import dk.konferencebasen.search.DanishOrder;
import dk.konferencebasen.search.FacetValues;
import dk.konferencebasen.search.MatchingPassages;
import dk.konferencebasen.search.ReportBlocks;
import dk.konferencebasen.search.Snapshot;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Query;

/**
 * Who and what the matching passages name. A first walk counts, for every name, the passages
 * and reports naming it (exact; memory grows only with the number of different names). A second
 * walk counts pairs named in one passage, among the most frequent names only, so the pair table
 * stays small however many names there are.
 */
final class EntityCounts {
  /** Pairs are counted among this many of the most frequent names. */
  static final int PAIR_CANDIDATES = 200;
  /** Names of one passage considered for pairs; a list of fifty speakers would make 1 225 pairs. */
  static final int NAMES_PER_PASSAGE = 30;
  static final int MAX_PAIR_PASSAGES = 100_000;

  private EntityCounts() {}

  private static final class Count {
    long passages;
    long reports;
    int lastReport = -1;
  }

  static EntitiesResult count(Snapshot snapshot, Query passages, EntityType type, int limit, int pairLimit)
      throws IOException {
    FacetValues names = new FacetValues(type.facet);
    Map<String, Count> counts = new HashMap<>();
    long[] withNames = {0};
    ReportBlocks blocks = new ReportBlocks(Set.of());
    long matching = MatchingPassages.forEach(snapshot, passages, new MatchingPassages.Visitor() {
      private FacetValues.Leaf values;

      @Override
      public void leaf(LeafReaderContext leaf) throws IOException {
        values = names.leaf(leaf);
        blocks.leaf(leaf);
      }

      @Override
      public boolean passage(int doc) throws IOException {
        List<String> found = values.of(doc);
        if (!found.isEmpty()) {
          withNames[0]++;
          int report = blocks.reportOf(doc);
          for (String name : found) {
            Count count = counts.computeIfAbsent(name, n -> new Count());
            count.passages++;
            if (count.lastReport != report) { // a report's passages come together
              count.reports++;
              count.lastReport = report;
            }
          }
        }
        return true;
      }
    });

    Comparator<String> alphabetical = DanishOrder.names();
    List<String> ranked = new ArrayList<>(counts.keySet());
    ranked.sort(Comparator.<String>comparingLong(n -> -counts.get(n).passages).thenComparing(alphabetical));
    List<EntitiesResult.Entity> top = ranked.stream().limit(limit)
        .map(n -> new EntitiesResult.Entity(n, counts.get(n).passages, counts.get(n).reports)).toList();

    Set<String> candidates = new HashSet<>(ranked.subList(0, Math.min(PAIR_CANDIDATES, ranked.size())));
    Map<List<String>, long[]> pairs = new HashMap<>();
    long[] scanned = {0};
    boolean[] truncated = {false};
    if (pairLimit > 0 && candidates.size() > 1) {
      MatchingPassages.forEach(snapshot, passages, new MatchingPassages.Visitor() {
        private FacetValues.Leaf values;

        @Override
        public void leaf(LeafReaderContext leaf) throws IOException {
          values = names.leaf(leaf);
        }

        @Override
        public boolean passage(int doc) throws IOException {
          if (scanned[0] == MAX_PAIR_PASSAGES) {
            truncated[0] = true;
            return false;
          }
          scanned[0]++;
          List<String> here = new ArrayList<>();
          for (String name : values.of(doc)) {
            if (candidates.contains(name) && here.size() < NAMES_PER_PASSAGE) {
              here.add(name);
            }
          }
          here.sort(alphabetical);
          for (int i = 0; i < here.size(); i++) {
            for (int j = i + 1; j < here.size(); j++) {
              pairs.computeIfAbsent(List.of(here.get(i), here.get(j)), p -> new long[1])[0]++;
            }
          }
          return true;
        }
      });
    }
    List<EntitiesResult.Pair> topPairs = pairs.entrySet().stream()
        .sorted(Comparator.<Map.Entry<List<String>, long[]>>comparingLong(e -> -e.getValue()[0])
            .thenComparing(e -> e.getKey().get(0), alphabetical)
            .thenComparing(e -> e.getKey().get(1), alphabetical))
        .limit(pairLimit)
        .map(e -> new EntitiesResult.Pair(e.getKey().get(0), e.getKey().get(1), e.getValue()[0]))
        .toList();
    return new EntitiesResult(type.label(), matching, withNames[0], counts.size(), top, topPairs, scanned[0],
        truncated[0], snapshot.commit());
  }
}
