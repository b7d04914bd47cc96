package dk.konferencebasen.search;

import static dk.konferencebasen.schema.IndexSchema.REPORT_ID;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Reports with the same text are one hit: of a group's members that match a search, the one
 * ranked first stands for the group, and the hit names the others.
 *
 * <p>How: the ranked reports are read in windows as before; a window's reports that belong to a
 * group are looked up, and one search of the same query, in the same order, over just the
 * members of those groups tells which member of each ranks first (its "head"). Every other
 * member is left out of the window. Deciding the head by that search, not by the window, makes
 * the decision the same whichever page or cursor the window starts at, so a group is shown once
 * across all pages: on the page where its head is. Reports that share their text with none (the
 * rule) cost one doc-values look-up each; the top-N search and its block-max skipping stay as
 * they were.
 */
final class SameTextCollapse {
  /**
   * @param heads the window's reports that stand for themselves or their group, in order
   * @param alsoIn for each head that stands for a group (by doc id): the group's other members
   */
  record Collapsed(List<ScoreDoc> heads, Map<Integer, List<SameTextReport>> alsoIn) {}

  private SameTextCollapse() {}

  /**
   * @param reports the ranked query (reports matching through their passages)
   * @param sort the order the window is in, with the report id as the last tie-breaker
   */
  static Collapsed collapse(Snapshot snapshot, Query reports, Sort sort, ScoreDoc[] window) throws IOException {
    long[] keys = new long[window.length];
    boolean[] grouped = new boolean[window.length];
    Set<Long> groups = new LinkedHashSet<>();
    for (int i = 0; i < window.length; i++) {
      OptionalLong key = SameTextMembers.key(snapshot.getIndexReader(), window[i].doc);
      if (key.isPresent()) {
        grouped[i] = true;
        keys[i] = key.getAsLong();
        groups.add(keys[i]);
      }
    }
    if (groups.isEmpty()) {
      return new Collapsed(List.of(window), Map.of());
    }
    Map<Long, List<SameTextMembers.Member>> members = SameTextMembers.of(snapshot, groups);
    Map<Long, Integer> heads = heads(snapshot, reports, sort, members);
    List<ScoreDoc> kept = new ArrayList<>(window.length);
    Map<Integer, List<SameTextReport>> alsoIn = new HashMap<>();
    for (int i = 0; i < window.length; i++) {
      if (!grouped[i]) {
        kept.add(window[i]);
      } else if (heads.getOrDefault(keys[i], -1) == window[i].doc) {
        kept.add(window[i]);
        alsoIn.put(window[i].doc, SameTextMembers.others(members.getOrDefault(keys[i], List.of()), window[i].doc));
      }
    }
    return new Collapsed(kept, alsoIn);
  }

  /** Group key → the doc id of its member that ranks first for the query, among those that match it. */
  private static Map<Long, Integer> heads(Snapshot snapshot, Query reports, Sort sort,
      Map<Long, List<SameTextMembers.Member>> members) throws IOException {
    List<BytesRef> ids = new ArrayList<>();
    members.values().forEach(list -> list.forEach(m -> ids.add(new BytesRef(m.report().id()))));
    Query ofMembers = new BooleanQuery.Builder()
        .add(reports, Occur.MUST)
        .add(new TermInSetQuery(REPORT_ID, ids), Occur.FILTER)
        .build();
    Map<Long, Integer> heads = new HashMap<>();
    for (ScoreDoc hit : snapshot.search(ofMembers, Math.max(1, ids.size()), sort).scoreDocs) {
      OptionalLong key = SameTextMembers.key(snapshot.getIndexReader(), hit.doc);
      if (key.isPresent()) {
        heads.putIfAbsent(key.getAsLong(), hit.doc);
      }
    }
    return heads;
  }
}
