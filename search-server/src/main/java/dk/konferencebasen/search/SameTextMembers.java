package dk.konferencebasen.search;

import static dk.konferencebasen.schema.IndexSchema.*;

import dk.konferencebasen.schema.StoredReport;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BitSet;

/**
 * Which reports hold the same text, as the indexer's grouping pass wrote it: the group key on
 * the report document of a report in a group ({@code SAME_TEXT_GROUP}), absent on all others.
 *
 * <p>The members of a group are found by their key in the doc values, not by a term: the key is
 * written as a doc-values update, which indexes no term. The snapshot keeps the few reports that
 * have a key in a table ({@link SameTextReports}).
 */
public final class SameTextMembers {
  private static final Set<String> FIELDS = Set.of(ID, TITLE, PATH, FORMAT);

  /** A member of a group: its report document and what a hit says about it. */
  public record Member(int doc, SameTextReport report) {}

  private SameTextMembers() {}

  /**
   * The group key of a report, by its report document or one of its passages (index-wide doc
   * id), if it shares its text with others.
   */
  public static OptionalLong key(IndexReader reader, int doc) throws IOException {
    List<LeafReaderContext> leaves = reader.leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    NumericDocValues keys = leaf.reader().getNumericDocValues(SAME_TEXT_GROUP);
    BitSet reports = StoredReports.REPORT_DOCS.getBitSet(leaf);
    if (keys == null || reports == null) {
      return OptionalLong.empty();
    }
    int report = reports.nextSetBit(doc - leaf.docBase); // the document itself when it is a report
    return report != DocIdSetIterator.NO_MORE_DOCS && keys.advanceExact(report)
        ? OptionalLong.of(keys.longValue()) : OptionalLong.empty();
  }

  /**
   * The group keys of many report documents at once (index-wide doc ids): {@code grouped[i]}
   * says whether {@code docs[i]} has one, {@code keys[i]} which.
   */
  public static void keys(Snapshot snapshot, int[] docs, long[] keys, boolean[] grouped) throws IOException {
    SameTextReports table = snapshot.sameText();
    for (int i = 0; i < docs.length; i++) {
      int at = table.isEmpty() ? -1 : table.indexOfReport(docs[i]);
      grouped[i] = at >= 0;
      keys[i] = grouped[i] ? table.key(at) : 0;
    }
  }

  /** The report documents of these groups: key → members, by path. */
  public static Map<Long, List<Member>> of(Snapshot snapshot, Collection<Long> keys) throws IOException {
    Map<Long, List<Member>> members = new HashMap<>();
    Set<Long> wanted = new HashSet<>(keys);
    SameTextReports table = snapshot.sameText();
    for (int i = 0; i < table.size(); i++) {
      if (wanted.contains(table.key(i))) {
        StoredReport r = new StoredReport(snapshot.storedFields().document(table.report(i), FIELDS));
        members.computeIfAbsent(table.key(i), k -> new ArrayList<>()).add(new Member(table.report(i),
            new SameTextReport(r.id(), r.title(), r.path(), r.format())));
      }
    }
    members.values().forEach(list -> list.sort(Comparator.comparing((Member m) -> m.report().path())));
    return members;
  }

  /** The other members of a report's group; empty when the report shares its text with none. */
  public static List<SameTextReport> others(Snapshot snapshot, int reportDoc) throws IOException {
    OptionalLong key = key(snapshot.getIndexReader(), reportDoc);
    if (key.isEmpty()) {
      return List.of();
    }
    return others(of(snapshot, List.of(key.getAsLong())).getOrDefault(key.getAsLong(), List.of()), reportDoc);
  }

  public static List<SameTextReport> others(List<Member> group, int reportDoc) {
    return group.stream().filter(m -> m.doc() != reportDoc).map(Member::report).toList();
  }
}
