package dk.konferencebasen.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.konferencebasen.benchmark.CorpusGenerator;
import dk.konferencebasen.query.Filters;
import dk.konferencebasen.schema.IndexSchema;
import dk.konferencebasen.testing.TestIndex;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a search does differently when it matches much: the first page may skip reports that
 * cannot make it (block-max WAND through the join), the totals come from a separate count, and
 * facet counts are estimated from a sample. Each must agree with the exact way.
 */
class LargeResultSetsTest {
  private static final List<String> SENTENCES = List.of(
      "Kommunen har ansat flere sproglærere i år.",
      "Borgerne i Aalborg møder integrationsteamet hver uge.",
      "Det er vigtigt, at børn og unge får en god skolegang i kommunen.",
      "Frivillige fra Røde Kors hjalp med lektiecafeen i dag.",
      "Sprogundervisningen foregår om aftenen på biblioteket.",
      "Beskæftigelsesindsatsen skal styrkes, sagde borgmesteren i dag.",
      "Mange flygtninge kommer i arbejde inden for tre år.",
      "Konferencen samlede over fire hundrede deltagere fra hele landet.",
      "Virksomhederne efterspørger medarbejdere med gode danskkundskaber.",
      "Forældrene blev inddraget i arbejdet fra starten.");

  @TempDir static Path tmp;
  private static Searcher searcher;

  @BeforeAll
  static void index() throws Exception {
    Path corpus = tmp.resolve("corpus");
    new CorpusGenerator(SENTENCES, 3).generate(corpus, 80, List.of(CorpusGenerator.Format.TXT));
    TestIndex.index(corpus, tmp.resolve("index"));
    searcher = Searcher.open(tmp.resolve("index"));
  }

  @AfterAll
  static void close() throws Exception {
    searcher.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"kommune", "borgere børn", "\"i dag\"", "sprogundervisning", "integration",
      "aalborg OR odense", "flygtninge arbejde"})
  void everyPageAgreesWithOneLongPageAndTheTotals(String query) throws Exception {
    SearchResult all = searcher.search(query, 100, 0);
    assertTrue(all.totalReports() > 1 && all.totalReports() <= 80, query + ": " + all.totalReports());
    assertEquals(all.totalReports(), all.hits().size(), "one page of 100 holds every report of 80");
    assertTrue(all.totalPassages() >= all.totalReports());

    for (ReportHit hit : all.hits()) {
      List<PassageHit> passages = hit.passages();
      assertTrue(!passages.isEmpty() && passages.size() <= ReportSearch.PASSAGES_PER_REPORT, hit.id());
      for (int i = 0; i < passages.size(); i++) {
        assertTrue(passages.get(i).id().startsWith(hit.id() + "-p"), "a passage of another report: " + passages.get(i).id());
        assertTrue(i == 0 || passages.get(i - 1).score() >= passages.get(i).score(), "best passages first in " + hit.id());
      }
      assertEquals(passages.get(0).score(), hit.score(), "a report scores as its best passage");
    }

    List<String> byCursor = new ArrayList<>();
    Optional<String> cursor = Optional.empty();
    do {
      SearchResult page = searcher.search(new SearchRequest(query, Filters.NONE, SortOrder.RELEVANCE, 7, 0, cursor));
      assertEquals(all.totalReports(), page.totalReports());
      assertEquals(all.totalPassages(), page.totalPassages());
      page.hits().forEach(h -> byCursor.add(h.id()));
      cursor = page.nextCursor();
    } while (cursor.isPresent());
    assertEquals(ids(all), byCursor, query);

    for (int offset = 0; offset < all.totalReports(); offset += 9) {
      SearchResult page = searcher.search(query, 9, offset);
      assertEquals(ids(all).subList(offset, Math.min(offset + 9, all.totalReports())), ids(page), query + " @" + offset);
    }
  }

  @Test
  void sampledFacetCountsEstimateTheExactOnes() throws Exception {
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(tmp.resolve("index")))) {
      IndexSearcher searcher = new IndexSearcher(reader);
      var state = new DefaultSortedSetDocValuesReaderState(reader, IndexSchema.facetsConfig());
      Query passages = new TermQuery(new Term(IndexSchema.TYPE, IndexSchema.TYPE_PASSAGE));
      int matching = searcher.count(passages);
      assertTrue(matching > 800, "the corpus is large enough to sample: " + matching);

      MatchTally.Tally all = searcher.search(passages, MatchTally.counting(Integer.MAX_VALUE, SameTextReports.read(reader)));
      assertEquals(matching, all.passages());
      assertEquals(80, all.reports(), "every report has passages");
      FacetCounts.Counted exact = FacetCounts.count(state, all, SameTextReports.read(reader));
      assertFalse(exact.estimated());
      assertEquals(matching, exact.values().get(IndexSchema.FORMAT).get("txt"), "every passage is from a txt file");

      // Past the limit the count stops: lower bounds, and how far into the index it got
      MatchTally.Tally counted = searcher.search(passages, MatchTally.counting(500, SameTextReports.read(reader)));
      assertFalse(counted.complete());
      assertEquals(500, counted.passages(), "a lower bound: the limit");
      assertTrue(counted.reports() > 0 && counted.reports() < 80, "the reports counted so far: " + counted.reports());
      assertEquals(500.0 / matching, counted.coverage(), 0.1, "about that share of the index was read");
      assertEquals(500, counted.sample().length, "each counted passage is in the facets' sample");

      // Then a sample of all matches, read through the sampled doc ids only
      MatchTally.Tally fewer = sampled(searcher, passages, 1, 500, SameTextReports.read(reader));
      assertTrue(fewer.sample().length > 250 && fewer.sample().length <= 500, "kept: " + fewer.sample().length);
      FacetCounts.Counted sampled = FacetCounts.count(state, fewer, SameTextReports.read(reader));
      assertTrue(sampled.estimated());
      Map<String, Integer> exactConferences = exact.values().get(IndexSchema.CONFERENCE);
      Map<String, Integer> estimatedConferences = sampled.values().get(IndexSchema.CONFERENCE);
      assertEquals(exactConferences.keySet(), estimatedConferences.keySet());
      // Each passage is in the sample with probability r, so the estimate (count in the sample / r)
      // of a value's N passages has a standard deviation of sqrt(N (1 - r) / r): allow four.
      double r = fewer.samplingRate();
      exactConferences.forEach((conference, count) -> assertEquals(count, estimatedConferences.get(conference),
          4 * Math.sqrt(count * (1 - r) / r), conference + ": " + estimatedConferences));
    }
  }

  /**
   * Copies of reports count once in the facets, also when the facets are estimated from a
   * sample: ten of the 80 reports once more, in a folder of their own.
   */
  @Test
  void copiesCountOnceInTheFacetsExactAndSampled(@TempDir Path dir) throws Exception {
    Path corpus = dir.resolve("corpus");
    new CorpusGenerator(SENTENCES, 3).generate(corpus, 80, List.of(CorpusGenerator.Format.TXT));
    java.nio.file.Files.createDirectories(corpus.resolve("kopier"));
    try (var files = java.nio.file.Files.list(corpus)) {
      List<Path> originals = files.filter(f -> f.toString().endsWith(".txt")).sorted().limit(10).toList();
      for (Path f : originals) {
        java.nio.file.Files.copy(f, corpus.resolve("kopier").resolve(f.getFileName()));
      }
    }
    TestIndex.index(corpus, dir.resolve("index"));
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir.resolve("index")))) {
      IndexSearcher searcher = new IndexSearcher(reader);
      var state = new DefaultSortedSetDocValuesReaderState(reader, IndexSchema.facetsConfig());
      SameTextReports sameText = SameTextReports.read(reader);
      assertEquals(20, sameText.size(), "ten originals and their copies");
      Query passages = new TermQuery(new Term(IndexSchema.TYPE, IndexSchema.TYPE_PASSAGE));
      int all = searcher.count(passages);
      int inCopies = 0;
      for (int i = 0; i < sameText.size(); i++) {
        String path = searcher.storedFields().document(sameText.report(i)).get(IndexSchema.PATH);
        if (path.startsWith("kopier/")) {
          String id = searcher.storedFields().document(sameText.report(i)).get(IndexSchema.ID);
          inCopies += searcher.count(new BooleanQuery.Builder().add(passages, BooleanClause.Occur.FILTER)
              .add(new TermQuery(new Term(IndexSchema.REPORT_ID, id)), BooleanClause.Occur.FILTER).build());
        }
      }
      assertTrue(inCopies > 0);

      MatchTally.Tally exact = searcher.search(passages, MatchTally.counting(Integer.MAX_VALUE, SameTextReports.read(reader)));
      assertEquals(90, exact.reports());
      assertEquals(80, exact.hits(), "a report and its copy are one hit");
      int txt = FacetCounts.count(state, exact, sameText).values().get(IndexSchema.FORMAT).get("txt");
      assertEquals(all - inCopies, txt, "the copies' passages count once");

      MatchTally.Tally fewer = sampled(searcher, passages, 1, 500, SameTextReports.read(reader));
      double r = fewer.samplingRate();
      int estimated = FacetCounts.count(state, fewer, sameText).values().get(IndexSchema.FORMAT).get("txt");
      assertEquals(all - inCopies, estimated, 4 * Math.sqrt(all * (1 - r) / r), "estimated from a sample of " + fewer.sample().length);
    }
  }

  /** Facet ordinals differ per segment; the counts go through the reader's global ordinals. */
  @Test
  void facetCountsAreExactOnAnIndexOfSeveralSegments(@TempDir Path dir) throws Exception {
    Path corpus = dir.resolve("corpus");
    new CorpusGenerator(SENTENCES, 5).generate(corpus, 12, List.of(CorpusGenerator.Format.TXT));
    TestIndex.index(corpus, dir.resolve("index"));
    new CorpusGenerator(SENTENCES, 6).generate(corpus.resolve("later"), 12, List.of(CorpusGenerator.Format.TXT));
    TestIndex.index(corpus, dir.resolve("index"));

    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir.resolve("index")))) {
      assertTrue(reader.leaves().size() > 1, "an update adds a segment: " + reader.leaves().size());
      IndexSearcher searcher = new IndexSearcher(reader);
      var state = new DefaultSortedSetDocValuesReaderState(reader, IndexSchema.facetsConfig());
      Query passages = new TermQuery(new Term(IndexSchema.TYPE, IndexSchema.TYPE_PASSAGE));
      MatchTally.Tally all = searcher.search(passages, MatchTally.counting(Integer.MAX_VALUE, SameTextReports.read(reader)));
      assertEquals(24, all.reports());
      Map<String, Integer> conferences = FacetCounts.count(state, all, SameTextReports.read(reader)).values().get(IndexSchema.CONFERENCE);
      assertTrue(conferences.size() > 1, conferences.toString());
      for (var conference : conferences.entrySet()) {
        Query withIt = new BooleanQuery.Builder()
            .add(passages, BooleanClause.Occur.FILTER)
            .add(new TermQuery(new Term(IndexSchema.CONFERENCE, conference.getKey())), BooleanClause.Occur.FILTER)
            .build();
        assertEquals(searcher.count(withIt), conference.getValue(), conference.getKey());
      }
    }
  }

  /** The facets' sample as a broad search draws it: the query over the sampled doc ids only. */
  private static MatchTally.Tally sampled(IndexSearcher searcher, Query passages, int level, int limit,
      SameTextReports sameText) throws Exception {
    Query onTheSample = new BooleanQuery.Builder()
        .add(new SampledDocs(level), BooleanClause.Occur.FILTER)
        .add(passages, BooleanClause.Occur.FILTER)
        .build();
    MatchTally.Tally sample = searcher.search(onTheSample, MatchTally.sampling(level, limit, sameText));
    MatchTally.Tally everyMatch = searcher.search(passages, MatchTally.sampling(level, limit, sameText));
    assertArrayEquals(everyMatch.sample(), sample.sample(), "the sampled doc ids hold just the sample's matches");
    return sample;
  }

  private static List<String> ids(SearchResult result) {
    return result.hits().stream().map(ReportHit::id).toList();
  }
}
