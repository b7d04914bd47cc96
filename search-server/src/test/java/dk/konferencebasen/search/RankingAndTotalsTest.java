package dk.konferencebasen.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.konferencebasen.benchmark.CorpusGenerator;
import dk.konferencebasen.query.Filters;
import dk.konferencebasen.testing.TestIndex;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The first page may skip reports that cannot make it (block-max WAND through the join) and the
 * totals come from a separate count: both must still agree with walking every page.
 */
class RankingAndTotalsTest {
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

  private static List<String> ids(SearchResult result) {
    return result.hits().stream().map(ReportHit::id).toList();
  }
}
