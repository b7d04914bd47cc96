package dk.konferencebasen.clustersearch;

import com.fasterxml.jackson.databind.JsonNode;
import dk.konferencebasen.query.Filters;
import dk.konferencebasen.query.InvalidQueryException;
import dk.konferencebasen.research.Concordance;
import dk.konferencebasen.research.ConcordanceRequest;
import dk.konferencebasen.research.ConcordanceResult;
import dk.konferencebasen.research.ConcordanceSort;
import dk.konferencebasen.research.DistinctiveWords;
import dk.konferencebasen.research.EntitiesResult;
import dk.konferencebasen.research.EntityType;
import dk.konferencebasen.research.ExportField;
import dk.konferencebasen.research.ExportSink;
import dk.konferencebasen.research.RelatedResult;
import dk.konferencebasen.research.ResearchBackend;
import dk.konferencebasen.research.TrendDimension;
import dk.konferencebasen.research.TrendsResult;
import dk.konferencebasen.schema.IndexSchema;
import dk.konferencebasen.schema.StoredPassage;
import dk.konferencebasen.search.DanishOrder;
import dk.konferencebasen.search.Match;
import dk.konferencebasen.search.PassageSelection;
import java.io.IOException;
import java.text.CollationKey;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;

/**
 * The researchers' counts answered by a cluster's aggregations over the same passages a search
 * matches: trends per year, conference or organiser, and the names most named with the pairs
 * named together, the export of every matching passage, the concordance and related passages.
 *
 * <p>Counts of passages are exact; counts of reports are OpenSearch's cardinality, exact below
 * {@value ClusterSearch#EXACT_REPORTS} reports. Name pairs are counted over every matching
 * passage (the embedded index stops at 100 000 and at 30 names a passage).
 */
public final class ClusterResearch implements ResearchBackend {
  /** Values of one dimension asked for at once: every conference, year or name of a corpus. */
  private static final int ALL_VALUES = 65_536;
  /** As the embedded index: pairs among this many of the most frequent names. */
  private static final int PAIR_CANDIDATES = 200;

  private final ClusterSearch search;
  private final ClusterIndex index;

  /** The researchers' calls on the copy {@code search} answers from, its queries read as it reads them. */
  public ClusterResearch(ClusterSearch search) {
    this.search = search;
    this.index = search.index();
  }

  @Override
  public TrendsResult trends(PassageSelection selection, TrendDimension by) throws InvalidQueryException {
    Tally hits = tally(selection.query(), selection.filters(), by);
    Tally all = tally("", selection.filters(), by);
    List<String> values = new ArrayList<>(all.perValue.keySet());
    values.sort(by.order());
    List<TrendsResult.Bucket> buckets = new ArrayList<>();
    for (String value : values) {
      buckets.add(bucket(value, hits.perValue.getOrDefault(value, new long[2]), all.perValue.get(value)));
    }
    return new TrendsResult(by.label(), hits.passages, hits.reports, all.passages, all.reports, buckets,
        bucket(null, hits.without, all.without), index.commit());
  }

  private record Tally(long passages, long reports, Map<String, long[]> perValue, long[] without) {}

  private Tally tally(String query, Filters filters, TrendDimension by) throws InvalidQueryException {
    Map<String, Object> reports = Map.of("cardinality", reportCardinality());
    JsonNode answer = aggregate(query, filters, Map.of(
        "reports", reports,
        "values", Map.of("terms", Map.of("field", by.facet(), "size", ALL_VALUES), "aggs", Map.of("reports", reports)),
        "without", Map.of("missing", Map.of("field", by.facet()), "aggs", Map.of("reports", reports))));
    JsonNode aggs = answer.path("aggregations");
    Map<String, long[]> perValue = new LinkedHashMap<>();
    aggs.path("values").path("buckets").forEach(b -> perValue.put(b.path("key").asText(),
        new long[] {b.path("doc_count").asLong(), b.path("reports").path("value").asLong()}));
    JsonNode without = aggs.path("without");
    return new Tally(answer.path("hits").path("total").path("value").asLong(), aggs.path("reports").path("value").asLong(),
        perValue, new long[] {without.path("doc_count").asLong(), without.path("reports").path("value").asLong()});
  }

  private static TrendsResult.Bucket bucket(String value, long[] hits, long[] all) {
    return new TrendsResult.Bucket(value, hits[0], hits[1], all[0], all[1], share(hits[0], all[0]), share(hits[1], all[1]));
  }

  private static double share(long part, long whole) {
    return whole == 0 ? 0 : (double) part / whole;
  }

  @Override
  public EntitiesResult entities(PassageSelection selection, EntityType type, int limit, int pairLimit)
      throws InvalidQueryException {
    Map<String, Object> reports = Map.of("cardinality", reportCardinality());
    JsonNode answer = aggregate(selection.query(), selection.filters(), Map.of(
        "named", Map.of("filter", Map.of("exists", Map.of("field", type.facet()))),
        "names", Map.of("terms", Map.of("field", type.facet(), "size", ALL_VALUES), "aggs", Map.of("reports", reports)),
        "pairs", Map.of("terms", Map.of("field", type.facet(), "size", PAIR_CANDIDATES),
            "aggs", Map.of("with", Map.of("terms", Map.of("field", type.facet(), "size", PAIR_CANDIDATES))))));
    JsonNode aggs = answer.path("aggregations");
    Comparator<String> alphabetical = DanishOrder.names();
    Map<String, long[]> counts = new HashMap<>();
    aggs.path("names").path("buckets").forEach(b -> counts.put(b.path("key").asText(),
        new long[] {b.path("doc_count").asLong(), b.path("reports").path("value").asLong()}));
    List<String> ranked = new ArrayList<>(counts.keySet());
    ranked.sort(Comparator.<String>comparingLong(n -> -counts.get(n)[0]).thenComparing(alphabetical));
    List<EntitiesResult.Entity> top = ranked.stream().limit(limit)
        .map(n -> new EntitiesResult.Entity(n, counts.get(n)[0], counts.get(n)[1])).toList();

    Map<List<String>, Long> pairs = new HashMap<>();
    if (pairLimit > 0) {
      for (JsonNode a : aggs.path("pairs").path("buckets")) {
        for (JsonNode b : a.path("with").path("buckets")) {
          String first = a.path("key").asText();
          String second = b.path("key").asText();
          if (alphabetical.compare(first, second) < 0) pairs.put(List.of(first, second), b.path("doc_count").asLong());
        }
      }
    }
    List<EntitiesResult.Pair> topPairs = pairs.entrySet().stream()
        .sorted(Comparator.<Map.Entry<List<String>, Long>>comparingLong(e -> -e.getValue())
            .thenComparing(e -> e.getKey().get(0), alphabetical)
            .thenComparing(e -> e.getKey().get(1), alphabetical))
        .limit(pairLimit)
        .map(e -> new EntitiesResult.Pair(e.getKey().get(0), e.getKey().get(1), e.getValue()))
        .toList();
    long matching = answer.path("hits").path("total").path("value").asLong();
    return new EntitiesResult(type.label(), matching, aggs.path("named").path("doc_count").asLong(), counts.size(), top,
        topPairs, pairLimit > 0 && counts.size() > 1 ? matching : 0, false, index.commit());
  }

  /** Passages asked of the cluster at once when every matching passage is read. */
  private static final int PAGE = 1_000;

  /**
   * Every matching passage with its report's fields (read by {@link #eachPage}). The
   * order is by report id, then passage: each report's passages together, as in the embedded
   * export, but not the embedded index's order of reports.
   */
  @Override
  public long export(PassageSelection selection, List<ExportField> fields, ExportSink sink)
      throws InvalidQueryException, IOException {
    search.validate(selection.query());
    boolean needsReport = fields.stream().anyMatch(ExportField::fromReport);
    String commit = index.commit();
    sink.begin(commit);
    long[] rows = {0};
    eachPage(selection, Map.of(), answer -> {
      JsonNode hits = answer.path("hits").path("hits");
      Map<String, Document> reports = needsReport ? reports(hits) : Map.of();
      for (JsonNode hit : hits) {
        Document passage = ClusterIndex.stored(hit.path("_source"));
        Document report = reports.get(hit.path("_source").path(IndexSchema.REPORT_ID).asText());
        List<Object> row = new ArrayList<>(fields.size());
        for (ExportField field : fields) {
          row.add(field.value(passage, report, commit, null)); // same-text groups are not in the cluster
        }
        sink.row(row);
        rows[0]++;
      }
      return true;
    });
    return rows[0];
  }

  /** What is done with one page of matching passages; false stops the reading. */
  private interface Page {
    boolean read(JsonNode answer) throws IOException;
  }

  /**
   * Every passage the selection matches, a page at a time ({@code search_after} on report and
   * passage order, so the pages stay consistent however long the reading takes); {@code more}
   * adds to each request (the fields, a highlight).
   */
  private void eachPage(PassageSelection selection, Map<String, Object> more, Page page)
      throws InvalidQueryException, IOException {
    List<Object> after = null;
    boolean first = true;
    while (true) {
      Map<String, Object> body = new LinkedHashMap<>(more);
      body.put("size", PAGE);
      body.put("track_total_hits", first);
      body.put("query", ClusterQueries.passages(selection.query(), selection.filters()));
      body.put("sort", List.of(Map.of(IndexSchema.REPORT_ID, "asc"), Map.of(IndexSchema.ORDINAL, "asc")));
      if (after != null) body.put("search_after", after);
      JsonNode answer = index.search(body, false);
      JsonNode hits = answer.path("hits").path("hits");
      if (!page.read(answer) || hits.size() < PAGE) return;
      JsonNode last = hits.get(hits.size() - 1).path("sort");
      after = List.of(last.get(0).asText(), last.get(1).asLong());
      first = false;
    }
  }

  /** The reports of a page of passages, read back as stored fields. */
  private Map<String, Document> reports(JsonNode hits) {
    Set<String> ids = new LinkedHashSet<>();
    hits.forEach(hit -> ids.add(hit.path("_source").path(IndexSchema.REPORT_ID).asText()));
    Map<String, Document> reports = new HashMap<>();
    index.sources(ids).forEach((id, source) -> reports.put(id, ClusterIndex.stored(source)));
    return reports;
  }

  /**
   * Keyword in context as the embedded index finds it: the matches the plugin's highlighter finds
   * in each matching passage (read a page at a time, up to {@link Concordance#MAX_PASSAGES}),
   * sorted by the words around them, the page's lines cut from the passages' text. In report
   * order the reports come by id, not in the embedded index's order.
   */
  @Override
  public ConcordanceResult concordance(ConcordanceRequest request) throws InvalidQueryException, IOException {
    PassageSelection selection = request.selection();
    search.validate(selection.query());
    Collator collator = DanishOrder.collator();
    boolean sorted = request.sort() != ConcordanceSort.REPORT;
    List<Occurrence> found = new ArrayList<>();
    long[] counts = {-1, 0, 0}; // matching passages, passages read, passages with occurrences
    boolean[] full = {false};
    Map<String, Object> more = Map.of("_source", List.of(IndexSchema.ID, IndexSchema.REPORT_ID, IndexSchema.ORDINAL,
        IndexSchema.TITLE, IndexSchema.CONFERENCE, IndexSchema.DATE, IndexSchema.YEAR, IndexSchema.TEXT),
        "highlight", ClusterQueries.MATCHES_IN_TEXT);
    eachPage(selection, more, answer -> {
      if (counts[0] < 0) counts[0] = answer.path("hits").path("total").path("value").asLong();
      for (JsonNode hit : answer.path("hits").path("hits")) {
        if (counts[1] == Concordance.MAX_PASSAGES || found.size() >= Concordance.MAX_OCCURRENCES) {
          full[0] = true;
          return false;
        }
        counts[1]++;
        String text = hit.path("_source").path(IndexSchema.TEXT).asText();
        List<Match> spans = Offsets.read(hit.path("highlight").path(IndexSchema.TEXT).path(0).asText(""), text);
        if (spans.isEmpty()) continue; // matched through the report title only
        counts[2]++;
        for (Match span : spans) {
          found.add(new Occurrence(hit.path("_source"), span.start(), span.end(),
              sorted ? Concordance.key(text, span, request.sort(), collator) : new CollationKey[0]));
        }
      }
      return true;
    });
    if (sorted) {
      found.sort((a, b) -> Concordance.compare(a.key(), b.key())); // stable: equal keys stay in text order
    }
    int from = Math.min(request.offset(), found.size());
    int to = Math.min(from + request.limit(), found.size());
    List<ConcordanceResult.Line> lines = new ArrayList<>(to - from);
    for (Occurrence o : found.subList(from, to)) {
      JsonNode p = o.passage();
      JsonNode year = p.path(IndexSchema.YEAR);
      lines.add(Concordance.line(p.path(IndexSchema.ID).asText(), p.path(IndexSchema.REPORT_ID).asText(),
          p.path(IndexSchema.ORDINAL).asInt(), ClusterIndex.text(p, IndexSchema.TITLE), ClusterIndex.text(p, IndexSchema.CONFERENCE),
          ClusterIndex.text(p, IndexSchema.DATE), year.isMissingNode() || year.isNull() ? null : year.asInt(),
          p.path(IndexSchema.TEXT).asText(), o.start(), o.end(), request.width()));
    }
    return new ConcordanceResult(Math.max(0, counts[0]), counts[1], counts[2], found.size(), full[0], lines,
        index.commit());
  }

  private record Occurrence(JsonNode passage, int start, int end, CollationKey[] key) {}

  /**
   * As the embedded index: the same distinctive words (their frequencies counted by the cluster),
   * the same query, scored with the statistics of the whole index. Another file with the same
   * text is not left out: the cluster does not know which files share their text.
   */
  @Override
  public Optional<RelatedResult> related(String id, Filters filters, int limit) throws IOException {
    JsonNode origin = index.get(id);
    if (origin == null) {
      return Optional.empty();
    }
    String reportId = origin.path(IndexSchema.REPORT_ID).asText();
    // a passage, or a whole report
    String text = Optional.ofNullable(ClusterIndex.text(origin, IndexSchema.TEXT))
        .or(() -> Optional.ofNullable(ClusterIndex.text(origin, IndexSchema.BODY))).orElse("");
    DistinctiveWords words = DistinctiveWords.of(text, frequencies());
    if (words.terms().isEmpty()) {
      return Optional.of(new RelatedResult(id, reportId, List.of(), List.of(), 0, List.of(), index.commit()));
    }
    List<Object> like = new ArrayList<>();
    words.terms().forEach(t -> like.add(Map.of("term", Map.of(IndexSchema.TEXT, t))));
    Map<String, Object> others = Map.of("bool", Map.of(
        "must", List.of(ClusterQueries.passagesMatching(Map.of("bool", Map.of("should", like)), filters)),
        "must_not", List.of(Map.of("term", Map.of(IndexSchema.REPORT_ID, reportId)))));
    JsonNode answer = index.browseScored(Map.of("size", limit, "track_total_hits", true, "query", others));
    List<RelatedResult.Hit> hits = new ArrayList<>();
    for (JsonNode hit : answer.path("hits").path("hits")) {
      JsonNode source = hit.path("_source");
      hits.add(RelatedResult.hit(new StoredPassage(ClusterIndex.stored(source)), ClusterIndex.text(source, IndexSchema.TITLE),
          (float) hit.path("_score").asDouble(), words));
    }
    return Optional.of(new RelatedResult(id, reportId, words.terms(), words.asWritten(words.terms()),
        answer.path("hits").path("total").path("value").asLong(), hits, index.commit()));
  }

  /** Word frequencies as the cluster counts them: documents of the whole index, passages per word in one request. */
  private DistinctiveWords.Frequencies frequencies() {
    return new DistinctiveWords.Frequencies() {
      @Override
      public long documents() {
        return index.count(Map.of("match_all", Map.of()));
      }

      @Override
      public Map<String, Long> passagesWith(Collection<String> words) {
        Map<String, Object> each = new LinkedHashMap<>();
        words.forEach(w -> each.put(w, Map.of("term", Map.of(IndexSchema.TEXT, w))));
        JsonNode buckets = index.browse(Map.of("size", 0, "track_total_hits", false,
            "aggs", Map.of("passages", Map.of("filters", Map.of("filters", each)))))
            .path("aggregations").path("passages").path("buckets");
        Map<String, Long> passages = new HashMap<>();
        words.forEach(w -> passages.put(w, buckets.path(w).path("doc_count").asLong()));
        return passages;
      }
    };
  }

  private static Map<String, Object> reportCardinality() {
    return Map.of("field", IndexSchema.REPORT_ID, "precision_threshold", ClusterSearch.EXACT_REPORTS);
  }

  /** Counts over the passages a search with this query and these filters matches. */
  private JsonNode aggregate(String query, Filters filters, Map<String, Object> aggs) throws InvalidQueryException {
    search.validate(query);
    return index.search(Map.of("size", 0, "track_total_hits", true, "query", ClusterQueries.passages(query, filters),
        "aggs", aggs), false);
  }
}
