package dk.konferencebasen.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class DanishTextAnalyzerTest {
  private final Analyzer analyzer = new DanishTextAnalyzer();

  private List<String> terms(String text) throws IOException {
    List<String> terms = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("text", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
      }
      stream.end();
    }
    return terms;
  }

  @Test
  void definiteAndIndefinitePluralMeet() throws IOException {
    assertEquals(terms("flygtninge"), terms("flygtningene"));
    assertEquals(terms("flygtning"), terms("flygtninge"));
  }

  @Test
  void oldSpellingsMeetNewOnes() throws IOException {
    assertEquals(terms("Ålborg"), terms("Aalborg"));
    assertEquals(terms("Århus"), terms("Aarhus"));
    assertEquals(terms("Bæk"), terms("Baek"));
    assertEquals(terms("Søren"), terms("Soeren"));
  }

  @Test
  void foldsOnlyTheDanishPairs() throws IOException {
    // Lucene's ScandinavianNormalizationFilter would turn "oo" into "ø"; Danish keeps it.
    assertNotEquals(terms("koordinator"), terms("kørdinator"));
  }

  @Test
  void genitiveApostropheIsDropped() throws IOException {
    assertEquals(List.of("kl"), terms("KL’s"));
    assertEquals(List.of("kl"), terms("KL's"));
    assertEquals(terms("KL"), terms("kl"));
  }

  @Test
  void stopWordsAreDropped() throws IOException {
    assertEquals(terms("integration"), terms("og integration i"));
  }

  @Test
  void normalizeFoldsButDoesNotStem() {
    assertEquals("ålborg", analyzer.normalize("text", "Aalborg").utf8ToString());
    assertEquals("flygtningene", analyzer.normalize("text", "Flygtningene").utf8ToString());
  }
}
