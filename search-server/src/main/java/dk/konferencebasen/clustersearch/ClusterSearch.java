package dk.konferencebasen.clustersearch;

import com.fasterxml.jackson.databind.JsonNode;
import dk.konferencebasen.analysis.AnalyzedToken;
import dk.konferencebasen.clusterclient.OpenSearchClient;
import dk.konferencebasen.query.InvalidQueryException;
import dk.konferencebasen.query.QueryBuilder;
import dk.konferencebasen.query.SynonymFile;
import dk.konferencebasen.schema.IndexSchema;
import dk.konferencebasen.schema.ReportIds;
import dk.konferencebasen.schema.StoredPassage;
import dk.konferencebasen.schema.StoredReport;
import dk.konferencebasen.search.Completions;
import dk.konferencebasen.search.IndexContents;
import dk.konferencebasen.search.IndexStats;
import dk.konferencebasen.search.Match;
import dk.konferencebasen.search.OriginalFile;
import dk.konferencebasen.search.PassageHit;
import dk.konferencebasen.search.ReportDocument;
import dk.konferencebasen.search.ReportHit;
import dk.konferencebasen.search.SearchBackend;
import dk.konferencebasen.search.SearchRequest;
import dk.konferencebasen.search.SearchResult;
import dk.konferencebasen.search.SortOrder;
import dk.konferencebasen.search.Suggestions;
import dk.konferencebasen.search.TalkHit;
import dk.konferencebasen.search.TalkRequest;
import dk.konferencebasen.search.TalksResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;

/**
 * /api/search answered by an OpenSearch cluster that holds a copy of the index ({@code kb index
 * --opensearch}): the typed query is the plugin's {@code konferencebasen} query (the product's
 * query builder inside each shard), searched with the shards' statistics shared
 * ({@code dfs_query_then_fetch}, so scores are those of one index), passages collapse into their
 * report, the best three of each with the matches the plugin's highlighter finds, facets are
 * terms aggregations.
 *
 * <p>What differs from the embedded index, and the API says so ({@code differences} in /api/stats):
 * reports with the same text are separate hits (no {@code also_in}); no spelling suggestion; paging
 * by offset only; report and passage totals are OpenSearch's (the report count an estimate past
 * {@value #EXACT_REPORTS} reports); facet counts may be estimates on very broad queries.
 */
public final class ClusterSearch implements SearchBackend {
  static final int PASSAGES_PER_REPORT = 3;
  static final int TOP_VALUES = 20;
  static final int EXACT_PASSAGES = 10_000;
  static final int EXACT_REPORTS = 40_000;
  public static final List<String> DIFFERENCES = List.of(
      "reports with the same text are separate hits (also_in is empty)",
      "no spelling suggestion",
      "paging by offset only, no cursor",
      "the report total is an estimate past " + EXACT_REPORTS + " reports; facet counts are estimates when a query matches very many passages",
      "original files are served only where the server's machine has the corpus folder the index was copied from",
      "name pairs (/api/entities) are counted over every matching passage, not the first 100 000",
      "the export lists reports by id (each report's passages together, in order), not in the embedded index's order;"
          + " its same_text_group column is empty",
      "talks: a programme held in several files with the same text gives its talks once per file",
      "the concordance in report order lists reports by id",
      "related passages may come from another file with the same text");

  private static final List<String> PASSAGE_FIELDS = List.of(IndexSchema.ID, IndexSchema.REPORT_ID, IndexSchema.ORDINAL,
      IndexSchema.TEXT, IndexSchema.TALK_TITLE, IndexSchema.TALK_TIME, IndexSchema.SPEAKER, IndexSchema.PERSON,
      IndexSchema.ORGANISATION, IndexSchema.MUNICIPALITY);

  private final ClusterIndex index;
  /** The synonyms the cluster's nodes read too: for /api/analyze, and to read each query before it is sent. */
  private final SynonymFile synonyms;
  /** Reads each query before it is sent, so a malformed one is refused here as the embedded index refuses it. */
  private final QueryBuilder queries;
  private final Analyzer indexAnalyzer = IndexSchema.analyzer();
  private CommitCompletions completions;

  public ClusterSearch(OpenSearchClient cluster, String index, SynonymFile synonyms) {
    this.index = new ClusterIndex(cluster, index);
    this.synonyms = synonyms;
    this.queries = new QueryBuilder(synonyms);
  }

  /** The report with this id, or the report a passage id belongs to; null when there is none. */
  private JsonNode reportOf(String id) {
    JsonNode found = index.get(id);
    if (found == null) {
      found = index.get(ReportIds.reportIdOf(id)); // a passage's id names its report
    }
    if (found != null && !IndexSchema.TYPE_REPORT.equals(found.path(IndexSchema.TYPE).asText())) {
      found = index.get(found.path(IndexSchema.REPORT_ID).asText());
    }
    return found;
  }

  @Override
  public Optional<ReportDocument> document(String id) {
    JsonNode found = reportOf(id);
    if (found == null) return Optional.empty();
    StoredReport report = new StoredReport(ClusterIndex.stored(found));
    Map<String, Object> passagesOfReport = Map.of("size", EXACT_PASSAGES, "track_total_hits", true,
        "query", Map.of("bool", Map.of("filter", List.of(
            Map.of("term", Map.of(IndexSchema.TYPE, IndexSchema.TYPE_PASSAGE)),
            Map.of("term", Map.of(IndexSchema.REPORT_ID, report.id()))))),
        "sort", List.of(Map.of(IndexSchema.ORDINAL, "asc")));
    List<StoredPassage> passages = new ArrayList<>();
    for (JsonNode hit : index.browse(passagesOfReport).path("hits").path("hits")) {
      passages.add(new StoredPassage(ClusterIndex.stored(hit.path("_source"))));
    }
    String file = originalFile(found).isPresent() ? "/api/documents/" + report.id() + "/file" : null;
    // no same-text members (see DIFFERENCES)
    return Optional.of(IndexContents.document(report, passages, file, List.of(), index.commit()));
  }

  /**
   * Talks as TalkSearch finds them: the passages with a talk title, each a hit, by score with a
   * query, else newest programme first and each programme's talks in order (reports by id where
   * the embedded index keeps its own order of reports with the same date).
   */
  @Override
  public TalksResult talks(TalkRequest request) throws InvalidQueryException {
    validate(request.query().orElse(""));
    long started = System.nanoTime();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("from", request.offset());
    body.put("size", request.limit());
    body.put("track_total_hits", true);
    body.put("track_scores", true); // sorted by date, a talk still has its score, as in the embedded index
    body.put("query", ClusterQueries.talks(request.query().orElse(""), request.filters()));
    List<Object> order = new ArrayList<>();
    if (request.query().isPresent()) {
      order.add(Map.of("_score", "desc"));
      body.put("highlight", ClusterQueries.MATCHES_IN_TEXT);
    } else {
      order.add(Map.of(IndexSchema.DATE_DAY, Map.of("order", "desc", "missing", "_last")));
    }
    order.add(Map.of(IndexSchema.REPORT_ID, "asc"));
    order.add(Map.of(IndexSchema.ORDINAL, "asc"));
    body.put("sort", order);
    JsonNode answer = index.search(body, true);
    List<JsonNode> hits = new ArrayList<>();
    answer.path("hits").path("hits").forEach(hits::add);
    Map<String, JsonNode> reports = index.sources(hits.stream().map(h -> h.path("_source").path(IndexSchema.REPORT_ID).asText()).toList());
    List<TalkHit> talks = new ArrayList<>();
    for (JsonNode hit : hits) {
      StoredPassage talk = new StoredPassage(ClusterIndex.stored(hit.path("_source")));
      StoredReport report = new StoredReport(ClusterIndex.stored(reports.getOrDefault(talk.reportId(), hit.path("_source"))));
      List<Match> matches = Offsets.read(hit.path("highlight").path(IndexSchema.TEXT).path(0).asText(""), talk.text());
      float score = (float) hit.path("_score").asDouble();
      talks.add(new TalkHit(talk.id(), report.id(), talk.ordinal(), score, talk.talkTitle().orElse(null),
          talk.talkTime().orElse(null), talk.dates().stream().findFirst().orElse(report.date().orElse(null)),
          talk.speakers(), talk.organisations(), talk.municipalities(), talk.text(), matches, report.title(),
          report.conference().orElse(null), report.year().orElse(null), report.place().orElse(null), report.format(),
          report.url().orElse(null)));
    }
    return new TalksResult(answer.path("hits").path("total").path("value").asLong(), talks,
        (System.nanoTime() - started) / 1_000_000, index.commit());
  }

  @Override
  public Suggestions suggest(String prefix, int limit) throws IOException {
    String commit = index.commit();
    return new Suggestions(completions(commit).lookup(prefix, limit), commit);
  }

  /**
   * The completions of the commit the cluster holds, read from it once per commit. The ones of
   * an older commit are left to the garbage collector rather than closed: a lookup may still be
   * using them, and they hold nothing but memory.
   */
  private synchronized Completions completions(String commit) throws IOException {
    if (completions == null || !completions.commit().equals(commit)) {
      completions = new CommitCompletions(commit, Completions.of(index.completions(commit)));
    }
    return completions.completions();
  }

  private record CommitCompletions(String commit, Completions completions) {}

  /** The original file, when this server's machine has the corpus folder the index was copied from. */
  @Override
  public Optional<OriginalFile> originalFile(String id) {
    JsonNode report = reportOf(id);
    return report == null ? Optional.empty() : originalFile(report);
  }

  private Optional<OriginalFile> originalFile(JsonNode report) {
    String corpus = index.meta().path("corpus").asText();
    return OriginalFile.find(corpus.isEmpty() ? Optional.empty() : Optional.of(Path.of(corpus)),
        report.path(IndexSchema.PATH).asText(), report.path(IndexSchema.MEDIA_TYPE).asText());
  }

  @Override
  public List<AnalyzedToken> analyze(String text, boolean asQuery) {
    return AnalyzedToken.of(asQuery ? synonyms.queryAnalyzer() : indexAnalyzer, IndexSchema.TEXT, text);
  }

  @Override
  public String indexCommit() {
    return index.commit();
  }

  /** A malformed query is refused here, before it is sent, as the embedded index refuses it (in English and Danish). */
  void validate(String query) throws InvalidQueryException {
    if (!QueryBuilder.isEmpty(query)) {
      queries.parse(query);
    }
  }

  /** The cluster's index, for the researchers' calls on the same copy. */
  ClusterIndex index() {
    return index;
  }

  @Override
  public String backend() {
    return "opensearch";
  }

  @Override
  public List<String> differences() {
    return DIFFERENCES;
  }

  @Override
  public SearchResult search(SearchRequest request) throws InvalidQueryException {
    if (request.cursor().isPresent()) {
      throw new InvalidQueryException("cursor paging is not available in cluster mode; page with offset",
          "sideskift med cursor findes ikke i klyngetilstand; brug offset");
    }
    validate(request.query());
    long started = System.nanoTime();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("from", request.offset());
    body.put("size", request.limit());
    body.put("track_total_hits", EXACT_PASSAGES);
    body.put("query", ClusterQueries.passages(request.query(), request.filters()));
    body.put("collapse", Map.of("field", IndexSchema.REPORT_ID, "inner_hits", Map.of(
        "name", "passages", "size", PASSAGES_PER_REPORT, "_source", PASSAGE_FIELDS,
        "sort", List.of(Map.of("_score", "desc"), Map.of(IndexSchema.ORDINAL, "asc")),
        // the plugin's highlighter finds the matches as the embedded index does, and answers offsets
        "highlight", ClusterQueries.MATCHES_IN_TEXT)));
    body.put("sort", request.sort() == SortOrder.DATE
        ? List.of(Map.of(IndexSchema.DATE_DAY, Map.of("order", "desc", "missing", "_last")), Map.of("_score", "desc"),
            Map.of(IndexSchema.REPORT_ID, "asc"))
        : List.of(Map.of("_score", "desc"), Map.of(IndexSchema.REPORT_ID, "asc")));
    Map<String, Object> aggs = new LinkedHashMap<>();
    aggs.put("reports", Map.of("cardinality", Map.of("field", IndexSchema.REPORT_ID, "precision_threshold", EXACT_REPORTS)));
    for (String dim : IndexSchema.FACETS) {
      aggs.put(dim, Map.of("terms", Map.of("field", dim, "size", TOP_VALUES)));
    }
    body.put("aggs", aggs);

    JsonNode answer = index.search(body, true);
    JsonNode hits = answer.path("hits");
    List<JsonNode> collapsed = new ArrayList<>();
    hits.path("hits").forEach(collapsed::add);
    Map<String, JsonNode> reports = index.sources(collapsed.stream().map(h -> h.path("fields").path(IndexSchema.REPORT_ID).path(0).asText()).toList());
    List<ReportHit> reportHits = new ArrayList<>();
    for (JsonNode hit : collapsed) {
      String reportId = hit.path("fields").path(IndexSchema.REPORT_ID).path(0).asText();
      reportHits.add(reportHit(reportId, reports.getOrDefault(reportId, hit.path("_source")), hit));
    }
    boolean estimated = false;
    Map<String, Map<String, Integer>> facets = new LinkedHashMap<>();
    for (String dim : IndexSchema.FACETS) {
      JsonNode agg = answer.path("aggregations").path(dim);
      estimated |= agg.path("doc_count_error_upper_bound").asLong() > 0;
      Map<String, Integer> counts = new LinkedHashMap<>();
      agg.path("buckets").forEach(b -> counts.put(b.path("key").asText(), b.path("doc_count").asInt()));
      facets.put(dim, counts);
    }
    int totalReports = answer.path("aggregations").path("reports").path("value").asInt();
    boolean exact = "eq".equals(hits.path("total").path("relation").asText()) && totalReports < EXACT_REPORTS;
    return new SearchResult(totalReports, totalReports, hits.path("total").path("value").asLong(), exact, reportHits,
        facets, estimated, Optional.empty(), Optional.empty(), (System.nanoTime() - started) / 1_000_000, index.commit());
  }

  @Override
  public IndexStats stats() {
    Map<String, Object> body = Map.of("size", 0, "track_total_hits", true,
        "query", Map.of("term", Map.of(IndexSchema.TYPE, IndexSchema.TYPE_PASSAGE)),
        "aggs", Map.of(
            "reports", Map.of("cardinality", Map.of("field", IndexSchema.REPORT_ID, "precision_threshold", EXACT_REPORTS)),
            IndexSchema.CONFERENCE, perValue(IndexSchema.CONFERENCE),
            IndexSchema.YEAR, perValue(IndexSchema.YEAR)));
    JsonNode answer = index.browse(body);
    JsonNode meta = index.meta();
    int reports = (int) index.count(Map.of("term", Map.of(IndexSchema.TYPE, IndexSchema.TYPE_REPORT)));
    String indexedAt = meta.path("indexed_at").asText();
    return new IndexStats(reports, (int) answer.path("hits").path("total").path("value").asLong(),
        counts(answer.path("aggregations").path(IndexSchema.CONFERENCE)), counts(answer.path("aggregations").path(IndexSchema.YEAR)),
        meta.path("commit").asText(), indexedAt.isEmpty() ? Optional.empty() : Optional.of(indexedAt));
  }

  private static Map<String, Object> perValue(String field) {
    return Map.of("terms", Map.of("field", field, "size", 10_000, "order", Map.of("_key", "asc")),
        "aggs", Map.of("reports", Map.of("cardinality", Map.of("field", IndexSchema.REPORT_ID))));
  }

  private static Map<String, IndexStats.Count> counts(JsonNode agg) {
    Map<String, IndexStats.Count> counts = new LinkedHashMap<>();
    agg.path("buckets").forEach(b -> counts.put(b.path("key").asText(),
        new IndexStats.Count(b.path("reports").path("value").asInt(), b.path("doc_count").asInt())));
    return counts;
  }

  private static ReportHit reportHit(String id, JsonNode report, JsonNode hit) {
    List<PassageHit> passages = new ArrayList<>();
    for (JsonNode inner : hit.path("inner_hits").path("passages").path("hits").path("hits")) {
      passages.add(passageHit(inner));
    }
    JsonNode year = report.path(IndexSchema.YEAR);
    return new ReportHit(id, ClusterIndex.text(report, IndexSchema.TITLE), ClusterIndex.text(report, IndexSchema.CONFERENCE),
        ClusterIndex.text(report, IndexSchema.DATE), year.isMissingNode() || year.isNull() ? null : year.asInt(),
        ClusterIndex.text(report, IndexSchema.ORGANISER), ClusterIndex.text(report, IndexSchema.PLACE), ClusterIndex.text(report, IndexSchema.FORMAT),
        ClusterIndex.text(report, IndexSchema.URL), ClusterIndex.text(report, IndexSchema.PATH), (float) hit.path("_score").asDouble(),
        ClusterIndex.list(report, IndexSchema.PERSON), ClusterIndex.list(report, IndexSchema.ORGANISATION), passages, List.of());
  }

  private static PassageHit passageHit(JsonNode inner) {
    JsonNode source = inner.path("_source");
    String text = ClusterIndex.text(source, IndexSchema.TEXT);
    List<Match> matches = Offsets.read(inner.path("highlight").path(IndexSchema.TEXT).path(0).asText(""), text);
    return new PassageHit(ClusterIndex.text(source, IndexSchema.ID), source.path(IndexSchema.ORDINAL).asInt(),
        (float) inner.path("_score").asDouble(), text, matches, ClusterIndex.text(source, IndexSchema.TALK_TITLE),
        ClusterIndex.text(source, IndexSchema.TALK_TIME), ClusterIndex.list(source, IndexSchema.SPEAKER), ClusterIndex.list(source, IndexSchema.PERSON),
        ClusterIndex.list(source, IndexSchema.ORGANISATION), ClusterIndex.list(source, IndexSchema.MUNICIPALITY));
  }
}
