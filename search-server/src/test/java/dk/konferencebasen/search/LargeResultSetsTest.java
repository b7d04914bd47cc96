package dk.konferencebasen.search;

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
      assertTrue(matching > 1600, "the corpus is large enough to sample: " + matching);

      FacetCounts.Counted exact = FacetCounts.count(state, searcher.search(passages, FacetCounts.collector()));
      assertFalse(exact.estimated());
      assertEquals(matching, exact.values().get(IndexSchema.FORMAT).get("txt"), "every passage is from a txt file");

      FacetCounts.Counted sampled = FacetCounts.count(state, searcher.search(passages, FacetCounts.collector(800)));
      assertTrue(sampled.estimated());
      Map<String, Integer> exactConferences = exact.values().get(IndexSchema.CONFERENCE);
      Map<String, Integer> estimatedConferences = sampled.values().get(IndexSchema.CONFERENCE);
      assertEquals(exactConferences.keySet(), estimatedConferences.keySet());
      // A sample of 800 puts each conference's share within a few per cent; 35 % of the count
      // is over four standard deviations for these shares.
      exactConferences.forEach((conference, count) -> assertEquals(count, estimatedConferences.get(conference),
          0.35 * count, conference + ": " + estimatedConferences));
    }
  }

  private static List<String> ids(SearchResult result) {
    return result.hits().stream().map(ReportHit::id).toList();
  }
}
