package dk.konferencebasen.evaluation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The judged query set for the seed corpus ({@code evaluation/seed-queries.tsv} on the
 * classpath; its header explains the format and how it was made).
 */
public final class QuerySet {
  public static final String RESOURCE = "/evaluation/seed-queries.tsv";
  /** The categories, in the order tables list them. */
  public static final List<String> CATEGORIES =
      List.of("compound", "irregular", "spelling", "name", "acronym", "misspelling", "topic");

  private final List<JudgedQuery> queries;

  private QuerySet(List<JudgedQuery> queries) {
    this.queries = List.copyOf(queries);
  }

  public List<JudgedQuery> queries() {
    return queries;
  }

  /** The categories that have queries, in {@link #CATEGORIES} order. */
  public List<String> categories() {
    Set<String> used = queries.stream().map(JudgedQuery::category).collect(Collectors.toSet());
    return CATEGORIES.stream().filter(used::contains).toList();
  }

  /** The seed query set from the classpath. */
  public static QuerySet load() {
    try (InputStream in = QuerySet.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the judged query set " + RESOURCE + " is not on the classpath");
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), RESOURCE);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
    }
  }

  /** Reads the TSV format; any malformed line fails with its line number. */
  public static QuerySet parse(String text, String source) {
    List<JudgedQuery> queries = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String where = source + " line " + (i + 1);
      String[] cols = line.split("\t", -1);
      if (cols.length != 4) {
        throw new IllegalArgumentException(where + ": expected 4 TAB-separated fields (id, category, query, relevant), found " + cols.length);
      }
      String id = cols[0].strip();
      String category = cols[1].strip();
      String query = cols[2].strip();
      if (id.isEmpty() || !ids.add(id)) {
        throw new IllegalArgumentException(where + ": empty or repeated id '" + id + "'");
      }
      if (!CATEGORIES.contains(category)) {
        throw new IllegalArgumentException(where + ": unknown category '" + category + "'; categories are " + CATEGORIES);
      }
      if (query.isEmpty()) {
        throw new IllegalArgumentException(where + ": empty query");
      }
      List<JudgedQuery.Relevant> relevant = new ArrayList<>();
      for (String item : cols[3].split(" \\| ")) {
        int hash = item.indexOf('#');
        if (hash <= 0 || hash == item.strip().length() - 1) {
          throw new IllegalArgumentException(where + ": relevant passage '" + item + "' is not FILE#snippet");
        }
        relevant.add(new JudgedQuery.Relevant(item.substring(0, hash).strip(), item.substring(hash + 1).strip()));
      }
      queries.add(new JudgedQuery(id, category, query, relevant));
    }
    return new QuerySet(queries);
  }

  /**
   * Query id → the ids of its relevant passages among {@code passages}. Fails when a file has no
   * passages or a snippet occurs in no passage or in several passages of its file.
   */
  public Map<String, Set<String>> resolve(List<IndexedPassage> passages) {
    Map<String, List<IndexedPassage>> byFile = passages.stream()
        .collect(Collectors.groupingBy(IndexedPassage::file, LinkedHashMap::new, Collectors.toList()));
    Map<String, Set<String>> relevance = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    for (JudgedQuery q : queries) {
      Set<String> ids = new LinkedHashSet<>();
      for (JudgedQuery.Relevant r : q.relevant()) {
        List<IndexedPassage> inFile = byFile.get(r.file());
        if (inFile == null) {
          problems.add(q.id() + ": no passages of file '" + r.file() + "' in the index (files: " + byFile.keySet() + ")");
          continue;
        }
        List<IndexedPassage> matching = inFile.stream().filter(p -> p.text().contains(r.snippet())).toList();
        if (matching.size() != 1) {
          problems.add(q.id() + ": snippet '" + r.snippet() + "' occurs in " + matching.size() + " passages of "
              + r.file() + (matching.isEmpty() ? "" : " " + matching.stream().map(IndexedPassage::id).toList())
              + "; it must occur in exactly one");
          continue;
        }
        ids.add(matching.get(0).id());
      }
      relevance.put(q.id(), ids);
    }
    if (!problems.isEmpty()) {
      throw new IllegalStateException("the judged query set does not fit the indexed passages:\n  "
          + String.join("\n  ", problems));
    }
    return relevance;
  }
}
