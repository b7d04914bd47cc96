package dk.konferencebasen.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.konferencebasen.query.InvalidQueryException;
import dk.konferencebasen.testing.TestIndex;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearcherTest {
  @TempDir static Path tmp;
  private static Searcher searcher;

  @BeforeAll
  static void indexCorpus() throws Exception {
    Path corpus = TestIndex.copyOfCorpus(tmp);
    // A report that uses the definite plural, which the seeds do not.
    Files.writeString(corpus.resolve("tilbud.txt"), """
        Tilbud til nyankomne

        Kommunen præsenterede sine tilbud til flygtningene i de første tre år.

        Bagefter var der kaffe.
        """);
    TestIndex.index(corpus, tmp.resolve("index"));
    searcher = Searcher.open(tmp.resolve("index"));
  }

  @AfterAll
  static void close() throws Exception {
    searcher.close();
  }

  @Test
  void sprogundervisningFindsTheFaxePassageOnTop() throws Exception {
    SearchResult result = searcher.search("sprogundervisning", 10, 0);
    ReportHit top = result.hits().get(0);
    assertEquals("002_83ba2612006fa3f2.txt", top.path());
    PassageHit best = top.passages().get(0);
    assertTrue(best.text().contains("sprogundervisning"), best.text());
    Match m = best.matches().get(0);
    assertEquals("sprogundervisning", best.text().substring(m.start(), m.end()));
    assertEquals(1, result.totalReports());
  }

  @Test
  void flygtningeFindsTheDefinitePlural() throws Exception {
    SearchResult result = searcher.search("flygtninge", 10, 0);
    assertTrue(result.hits().stream().flatMap(h -> h.passages().stream())
        .anyMatch(p -> p.text().contains("flygtningene")), "no passage with flygtningene");
    assertEquals(3, result.totalReports());
  }

  @Test
  void oldSpellingFindsNewAndNewFindsOld() throws Exception {
    SearchResult result = searcher.search("Ålborg", 10, 0);
    PassageHit hit = result.hits().get(0).passages().get(0);
    assertTrue(hit.text().contains("Aalborg Kommune"), hit.text());
    assertEquals("Aalborg", hit.text().substring(hit.matches().get(0).start(), hit.matches().get(0).end()));
  }

  @Test
  void passagesCarryTheirEntities() throws Exception {
    PassageHit hit = searcher.search("\"lære dansk\"", 10, 0).hits().get(0).passages().get(0);
    assertTrue(hit.people().contains("Michael Svendsen Petersen"), hit.people().toString());
    assertTrue(hit.organisations().contains("Roskilde Universitet"), hit.organisations().toString());
  }

  @Test
  void pagingMovesThroughReports() throws Exception {
    SearchResult all = searcher.search("integration kommune", 10, 0);
    assertTrue(all.hits().size() >= 2);
    SearchResult second = searcher.search("integration kommune", 1, 1);
    assertEquals(1, second.hits().size());
    assertEquals(all.hits().get(1).id(), second.hits().get(0).id());
    assertEquals(all.totalReports(), second.totalReports());
  }

  @Test
  void aQueryThatMatchesNothingIsEmptyNotAnError() throws Exception {
    SearchResult result = searcher.search("zyxwvut", 10, 0);
    assertEquals(0, result.totalReports());
    assertTrue(result.hits().isEmpty());
  }

  @Test
  void syntaxErrorsSayWhatIsWrong() {
    InvalidQueryException e = assertThrows(InvalidQueryException.class, () -> searcher.search("(ikke lukket", 10, 0));
    assertFalse(e.getMessage().isBlank());
  }

  @Test
  void aBlankQueryMeansEveryPassage() throws Exception {
    SearchResult all = searcher.search("   ", 10, 0);
    assertEquals(all.totalPassages(), searcher.search(null, 10, 0).totalPassages());
    assertTrue(all.totalPassages() > searcher.search("sprogundervisning", 10, 0).totalPassages(), "more than any search finds");
  }

  @Test
  void missingIndexIsAClearError() {
    IndexNotReadyException e = assertThrows(IndexNotReadyException.class, () -> Searcher.open(tmp.resolve("nothing-here")));
    assertTrue(e.getMessage().contains("no index"), e.getMessage());
  }

  @Test
  void emptyFolderIsNotAnIndex() throws Exception {
    Path empty = Files.createDirectories(tmp.resolve("empty"));
    IndexNotReadyException e = assertThrows(IndexNotReadyException.class, () -> Searcher.open(empty));
    assertTrue(e.getMessage().contains("no committed index"), e.getMessage());
  }
}
