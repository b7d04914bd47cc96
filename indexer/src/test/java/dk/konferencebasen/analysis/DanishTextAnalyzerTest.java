package dk.konferencebasen.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

class DanishTextAnalyzerTest {
  private final Analyzer analyzer = new DanishTextAnalyzer();

  private List<String> terms(String text) {
    return AnalyzedToken.terms(analyzer, "text", text);
  }

  @Test
  void tokensKeepPositionsAndOffsets() {
    assertEquals(List.of(new AnalyzedToken("flygtning", 0, 0, 12), new AnalyzedToken("ålborg", 2, 15, 22)),
        AnalyzedToken.of(analyzer, "text", "Flygtningene i Aalborg"));
  }

  @Test
  void definiteAndIndefinitePluralMeet() {
    assertEquals(terms("flygtninge"), terms("flygtningene"));
    assertEquals(terms("flygtning"), terms("flygtninge"));
  }

  @Test
  void oldSpellingsMeetNewOnes() {
    assertEquals(terms("Ålborg"), terms("Aalborg"));
    assertEquals(terms("Århus"), terms("Aarhus"));
    assertEquals(terms("Bæk"), terms("Baek"));
    assertEquals(terms("Søren"), terms("Soeren"));
  }

  @Test
  void foldsOnlyTheDanishPairs() {
    // Lucene's ScandinavianNormalizationFilter would turn "oo" into "ø"; Danish keeps it.
    assertNotEquals(terms("koordinator"), terms("kørdinator"));
  }

  @Test
  void genitiveApostropheIsDropped() {
    assertEquals(List.of("kl"), terms("KL’s"));
    assertEquals(List.of("kl"), terms("KL's"));
    assertEquals(terms("KL"), terms("kl"));
  }

  @Test
  void stopWordsAreDropped() {
    assertEquals(terms("integration"), terms("og integration i"));
  }

  @Test
  void normalizeFoldsButDoesNotStem() {
    assertEquals("ålborg", analyzer.normalize("text", "Aalborg").utf8ToString());
    assertEquals("flygtningene", analyzer.normalize("text", "Flygtningene").utf8ToString());
  }
}
