package dk.konferencebasen.search;

import static dk.konferencebasen.schema.IndexSchema.*;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;

/**
 * Which reports hold the same text, as the indexer's grouping pass wrote it: the group key on
 * every document of a report in a group ({@code SAME_TEXT_GROUP}), absent on all others.
 *
 * <p>The members of a group are found by their key in the doc values, not by a term: the key is
 * written as a doc-values update, which indexes no term. The field is sparse (only reports that
 * share their text have it), so the query visits only those documents.
 */
final class SameTextMembers {
  private static final Set<String> FIELDS = Set.of(ID, TITLE, PATH, FORMAT);

  /** A member of a group: its report document and what a hit says about it. */
  record Member(int doc, SameTextReport report) {}

  private SameTextMembers() {}

  /** The group key of a report or passage document (index-wide doc id), if its report shares its text. */
  static OptionalLong key(IndexReader reader, int doc) throws IOException {
    List<LeafReaderContext> leaves = reader.leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    NumericDocValues keys = leaf.reader().getNumericDocValues(SAME_TEXT_GROUP);
    return keys != null && keys.advanceExact(doc - leaf.docBase) ? OptionalLong.of(keys.longValue()) : OptionalLong.empty();
  }

  /** The report documents of these groups: key → members, by path. */
  static Map<Long, List<Member>> of(IndexSearcher searcher, Collection<Long> keys) throws IOException {
    Map<Long, List<Member>> members = new HashMap<>();
    if (keys.isEmpty()) {
      return members;
    }
    Query reports = new BooleanQuery.Builder()
        .add(NumericDocValuesField.newSlowSetQuery(SAME_TEXT_GROUP, keys.stream().mapToLong(Long::longValue).toArray()),
            Occur.FILTER)
        .add(StoredReports.reportsOnly(), Occur.FILTER)
        .build();
    IndexReader reader = searcher.getIndexReader();
    for (ScoreDoc hit : searcher.search(reports, Math.max(1, searcher.count(reports))).scoreDocs) {
      Document r = searcher.storedFields().document(hit.doc, FIELDS);
      long key = key(reader, hit.doc).orElseThrow();
      members.computeIfAbsent(key, k -> new ArrayList<>())
          .add(new Member(hit.doc, new SameTextReport(r.get(ID), r.get(TITLE), r.get(PATH), r.get(FORMAT))));
    }
    members.values().forEach(list -> list.sort(Comparator.comparing((Member m) -> m.report().path())));
    return members;
  }

  /** The other members of a report's group; empty when the report shares its text with none. */
  static List<SameTextReport> others(IndexSearcher searcher, int reportDoc) throws IOException {
    OptionalLong key = key(searcher.getIndexReader(), reportDoc);
    if (key.isEmpty()) {
      return List.of();
    }
    return others(of(searcher, List.of(key.getAsLong())).getOrDefault(key.getAsLong(), List.of()), reportDoc);
  }

  static List<SameTextReport> others(List<Member> group, int reportDoc) {
    return group.stream().filter(m -> m.doc() != reportDoc).map(Member::report).toList();
  }
}
