package dk.konferencebasen.search;

import static dk.konferencebasen.schema.IndexSchema.REPORT_ID;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
 * ranked first (its "head") stands for the group, and the hit names the others.
 *
 * <p>One collapse serves one search, whose ranked reports it is handed window by window, in
 * order. A search read from the top knows each group's head as the first member it meets,
 * since nothing ranks before the first window: that costs one doc-values look-up per report.
 * A search that starts after a cursor cannot know whether a better member came before the
 * cursor, so for the groups of each window it asks: one search of the same query, in the same
 * order, over just the members of those groups. Both give the same head, as both rank by the
 * same scores (or dates) and report ids, so a group is shown once across all pages, whether
 * they are read by offset or by cursor: on the page where its head is.
 */
final class SameTextCollapse {
  private final Snapshot snapshot;
  private final Query reports;
  private final Sort sort;
  private final boolean fromTop;
  /** Group key → the doc id of its head, for every group met so far. */
  private final Map<Long, Integer> heads = new HashMap<>();

  /**
   * @param reports the ranked query (reports matching through their passages)
   * @param sort the order of the windows, with the report id as the last tie-breaker
   * @param fromTop whether the first window starts at the first report (no cursor)
   */
  SameTextCollapse(Snapshot snapshot, Query reports, Sort sort, boolean fromTop) {
    this.snapshot = snapshot;
    this.reports = reports;
    this.sort = sort;
    this.fromTop = fromTop;
  }

  /** The reports of the next window that stand for themselves or their group, in order. */
  List<ScoreDoc> heads(ScoreDoc[] window) throws IOException {
    if (snapshot.sameText().isEmpty()) {
      return List.of(window); // the rule: no report shares its text
    }
    long[] keys = new long[window.length];
    boolean[] grouped = new boolean[window.length];
    int[] docs = new int[window.length];
    for (int i = 0; i < window.length; i++) {
      docs[i] = window[i].doc;
    }
    SameTextMembers.keys(snapshot, docs, keys, grouped);
    Set<Long> unknown = new LinkedHashSet<>();
    for (int i = 0; i < window.length; i++) {
      if (grouped[i] && !heads.containsKey(keys[i])) {
        if (fromTop) {
          heads.put(keys[i], window[i].doc);
        } else {
          unknown.add(keys[i]);
        }
      }
    }
    if (!unknown.isEmpty()) {
      findHeads(unknown);
    }
    List<ScoreDoc> kept = new ArrayList<>(window.length);
    for (int i = 0; i < window.length; i++) {
      if (!grouped[i] || heads.getOrDefault(keys[i], -1) == window[i].doc) {
        kept.add(window[i]);
      }
    }
    return kept;
  }

  /** For the hits of a page: each head's other members (by doc id), for the hits that stand for a group. */
  Map<Integer, List<SameTextReport>> alsoIn(ScoreDoc[] page) throws IOException {
    long[] keys = new long[page.length];
    boolean[] grouped = new boolean[page.length];
    int[] docs = new int[page.length];
    for (int i = 0; i < page.length; i++) {
      docs[i] = page[i].doc;
    }
    SameTextMembers.keys(snapshot, docs, keys, grouped);
    Set<Long> groups = new LinkedHashSet<>();
    for (int i = 0; i < page.length; i++) {
      if (grouped[i]) {
        groups.add(keys[i]);
      }
    }
    Map<Integer, List<SameTextReport>> alsoIn = new HashMap<>();
    if (groups.isEmpty()) {
      return alsoIn;
    }
    Map<Long, List<SameTextMembers.Member>> members = SameTextMembers.of(snapshot, groups);
    for (int i = 0; i < page.length; i++) {
      if (grouped[i]) {
        alsoIn.put(docs[i], SameTextMembers.others(members.getOrDefault(keys[i], List.of()), docs[i]));
      }
    }
    return alsoIn;
  }

  /**
   * The head of each of these groups: the first member, in the search's order, of those that
   * match. It may rank before the cursor; then no member of its group is shown after the cursor,
   * which is right, since the group was shown on an earlier page.
   */
  private void findHeads(Set<Long> groups) throws IOException {
    List<BytesRef> ids = new ArrayList<>();
    SameTextMembers.of(snapshot, groups).values()
        .forEach(list -> list.forEach(m -> ids.add(new BytesRef(m.report().id()))));
    Query ofMembers = new BooleanQuery.Builder()
        .add(reports, Occur.MUST)
        .add(new TermInSetQuery(REPORT_ID, ids), Occur.FILTER)
        .build();
    ScoreDoc[] ranked = snapshot.search(ofMembers, Math.max(1, ids.size()), sort).scoreDocs;
    int[] docs = new int[ranked.length];
    for (int i = 0; i < ranked.length; i++) {
      docs[i] = ranked[i].doc;
    }
    long[] keys = new long[ranked.length];
    boolean[] grouped = new boolean[ranked.length];
    SameTextMembers.keys(snapshot, docs, keys, grouped);
    for (int i = 0; i < ranked.length; i++) {
      if (grouped[i]) {
        heads.putIfAbsent(keys[i], ranked[i].doc);
      }
    }
    for (long group : groups) {
      heads.putIfAbsent(group, -1); // no member matched (cannot be: a window has one); ask once only
    }
  }
}
