package dk.konferencebasen.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.konferencebasen.testing.TestIndex;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The judged query set: its size and coverage, and that every judgement names one real passage. */
class QuerySetTest {
  static final String FAXE = "002_83ba2612006fa3f2.txt";
  static final String UIM = "000_3539d106741d8920.txt";

  @TempDir static Path tmp;
  static List<IndexedPassage> passages;

  @BeforeAll
  static void indexTheSeedCorpus() throws Exception {
    Path index = tmp.resolve("index");
    TestIndex.index(TestIndex.repositoryCorpus(), index);
    passages = IndexedPassage.readAll(index);
  }

  @Test
  void theSetHasAtLeastFortyQueriesAndFivePerCategory() {
    QuerySet set = QuerySet.load();
    assertTrue(set.queries().size() >= 40, "queries: " + set.queries().size());
    Map<String, Long> perCategory = set.queries().stream()
        .collect(Collectors.groupingBy(JudgedQuery::category, Collectors.counting()));
    for (String category : QuerySet.CATEGORIES) {
      assertTrue(perCategory.getOrDefault(category, 0L) >= 5, category + ": " + perCategory.get(category));
    }
    assertEquals(QuerySet.CATEGORIES, set.categories());
    assertEquals(set.queries().size(), set.queries().stream().map(JudgedQuery::id).distinct().count(), "ids are unique");
  }

  @Test
  void everySnippetMatchesExactlyOnePassageOfTheIndexedSeedCorpus() {
    assertEquals(20, passages.size(), "the seed corpus is indexed as 20 passages");
    QuerySet set = QuerySet.load();
    Map<String, Set<String>> relevance = set.resolve(passages); // throws on a snippet in 0 or several passages
    Set<String> passageIds = passages.stream().map(IndexedPassage::id).collect(Collectors.toSet());
    for (JudgedQuery q : set.queries()) {
      Set<String> ids = relevance.get(q.id());
      assertEquals(q.relevant().size(), ids.size(), q.id() + ": each judgement names a different passage");
      assertTrue(passageIds.containsAll(ids), q.id());
      for (JudgedQuery.Relevant r : q.relevant()) {
        assertEquals(1, passages.stream().filter(p -> p.file().equals(r.file()) && p.text().contains(r.snippet())).count(),
            q.id() + ": " + r);
      }
    }
  }

  @Test
  void theBriefsExamplesPointAtTheRightPassages() {
    QuerySet set = QuerySet.load();
    Map<String, Set<String>> relevance = set.resolve(passages);
    assertEquals(Set.of(passageWith(UIM, "minoritetsfædres")), relevance.get(idOf(set, "fædre")));
    assertEquals(Set.of(passageWith(UIM, "Aalborg Kommune")), relevance.get(idOf(set, "Ålborg")));
    assertEquals(Set.of(passageWith(FAXE, "teaterforestilling")), relevance.get(idOf(set, "teater")));
    assertTrue(relevance.get(idOf(set, "undervisning")).contains(passageWith(FAXE, "Faxe Jobcenter")));
  }

  @Test
  void aSnippetInNoPassageOrInSeveralFailsLoudly() {
    List<IndexedPassage> two = List.of(
        new IndexedPassage("p0", "a.txt", 0, "Faxe Kommune holdt konference om sprogundervisning."),
        new IndexedPassage("p1", "a.txt", 1, "Sprogundervisning og job i Faxe Kommune."));
    QuerySet none = QuerySet.parse("q1\ttopic\tteater\ta.txt#teaterforestilling\n", "test");
    IllegalStateException missing = assertThrows(IllegalStateException.class, () -> none.resolve(two));
    assertTrue(missing.getMessage().contains("occurs in 0 passages"), missing.getMessage());

    QuerySet several = QuerySet.parse("q1\tname\tFaxe\ta.txt#Faxe Kommune\n", "test");
    IllegalStateException ambiguous = assertThrows(IllegalStateException.class, () -> several.resolve(two));
    assertTrue(ambiguous.getMessage().contains("occurs in 2 passages"), ambiguous.getMessage());

    QuerySet otherFile = QuerySet.parse("q1\tname\tFaxe\tb.txt#Faxe\n", "test");
    assertThrows(IllegalStateException.class, () -> otherFile.resolve(two));

    QuerySet fine = QuerySet.parse("# comment\n\nq1\tcompound\tundervisning\ta.txt#om sprogundervisning | a.txt#og job\n", "test");
    assertEquals(Map.of("q1", Set.of("p0", "p1")), fine.resolve(two));
  }

  @Test
  void malformedLinesAreRefusedWithTheirLineNumber() {
    IllegalArgumentException fields = assertThrows(IllegalArgumentException.class,
        () -> QuerySet.parse("# header\nq1\ttopic\tteater\n", "x.tsv"));
    assertTrue(fields.getMessage().contains("x.tsv line 2"), fields.getMessage());
    assertThrows(IllegalArgumentException.class, () -> QuerySet.parse("q1\tsport\tfodbold\ta.txt#fodbold\n", "x"));
    assertThrows(IllegalArgumentException.class, () -> QuerySet.parse("q1\ttopic\tteater\ta.txt\n", "x"));
    assertThrows(IllegalArgumentException.class,
        () -> QuerySet.parse("q1\ttopic\tteater\ta.txt#t\nq1\ttopic\tdrama\ta.txt#d\n", "x"));
    assertFalse(QuerySet.parse("", "x").queries().iterator().hasNext());
  }

  private static String idOf(QuerySet set, String query) {
    return set.queries().stream().filter(q -> q.query().equals(query)).findFirst().orElseThrow().id();
  }

  private static String passageWith(String file, String snippet) {
    return passages.stream().filter(p -> p.file().equals(file) && p.text().contains(snippet))
        .findFirst().orElseThrow().id();
  }
}
