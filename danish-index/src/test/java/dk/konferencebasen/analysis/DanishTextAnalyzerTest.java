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
    assertEquals(List.of(new AnalyzedToken("flygtning", 0, 0, 12, false, false), new AnalyzedToken("i", 1, 13, 14, false, false),
            new AnalyzedToken("ålborg", 2, 15, 22, false, false)),
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
  void stopWordsAreKeptSoPhrasesMatchExactly() {
    // BM25 already gives "og" and "i" almost no weight; dropping them would blur phrases and
    // make "blev", "har" and "mange" unsearchable.
    assertEquals(List.of("og", "integration", "i"), terms("og integration i"));
  }

  @Test
  void irregularFormsReachTheirLemma() {
    for (String[] pair : new String[][] {
        {"fædre", "far"}, {"fædrenes", "far"}, {"mødre", "mor"}, {"børn", "barn"}, {"børnene", "barn"},
        {"gik", "gå"}, {"gået", "gå"}, {"var", "være"}, {"mænd", "mand"}, {"bedre", "god"}}) {
      assertEquals(List.of(pair[1]), terms(pair[0]), pair[0]);
    }
  }

  @Test
  void dictionaryFormsReachTheirLemma() {
    assertEquals(terms("kommune"), terms("kommunerne"));
    assertEquals(terms("flygtning"), terms("flygtningenes"));
    assertEquals(terms("undervisning"), terms("undervisningen"));
  }

  @Test
  void compoundsGetTheirPartsAtTheirPositionAndOffsets() {
    List<AnalyzedToken> tokens = AnalyzedToken.of(analyzer, "text", "om sprogundervisningen");
    assertEquals(List.of(
        new AnalyzedToken("om", 0, 0, 2, false, false),
        new AnalyzedToken("sprogundervisning", 1, 3, 22, false, false),
        new AnalyzedToken("sprog", 1, 3, 22, true, false),
        new AnalyzedToken("undervisning", 1, 3, 22, true, false)), tokens);
  }

  @Test
  void compoundsWithIrregularHeadsGetTheHeadsLemma() {
    List<AnalyzedToken> tokens = AnalyzedToken.of(analyzer, "text", "minoritetsfædres");
    assertEquals("minoritetsfar", tokens.get(0).term());
    assertEquals(List.of("minoritet", "far"), tokens.stream().filter(AnalyzedToken::part).map(AnalyzedToken::term).toList());
    assertEquals(terms("minoritetsfædre").get(0), tokens.get(0).term());
  }

  @Test
  void queriesKeepCompoundsWhole() {
    assertEquals(List.of("sprogundervisning"), AnalyzedToken.terms(new DanishTextAnalyzer(false, null), "text", "sprogundervisningen"));
  }

  @Test
  void partsAreIndexedBehindAMarkerSoTheyAreTermsOfTheirOwn() throws Exception {
    List<String> raw = new java.util.ArrayList<>();
    try (var stream = analyzer.tokenStream("text", "sprogundervisning")) {
      var term = stream.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        raw.add(term.toString());
      }
      stream.end();
    }
    assertEquals(List.of("sprogundervisning", TokenTypes.PART_MARKER + "sprog", TokenTypes.PART_MARKER + "undervisning"), raw);
  }

  @Test
  void elidedCoordinationYieldsTheCompoundItStandsFor() {
    List<AnalyzedToken> tokens = AnalyzedToken.of(analyzer, "text", "udlændinge- og integrationsminister");
    AnalyzedToken implied = tokens.stream().filter(t -> t.term().equals("udlændingeminister")).findFirst().orElseThrow();
    assertEquals(0, implied.position());
    assertEquals(0, implied.start());
    assertEquals(11, implied.end(), "it covers the first word and its hyphen");
    assertEquals(List.of("udlænding", "udlændingeminister", "og", "integrationsminister"),
        AnalyzedToken.terms(new DanishTextAnalyzer(false, null), "text", "udlændinge- og integrationsminister"));
  }

  @Test
  void unknownWordsAreStemmed() {
    assertEquals(terms("integrationstræffet"), terms("integrationstræffets"));
  }

  @Test
  void normalizeFoldsButDoesNotStem() {
    assertEquals("ålborg", analyzer.normalize("text", "Aalborg").utf8ToString());
    assertEquals("flygtningene", analyzer.normalize("text", "Flygtningene").utf8ToString());
  }
}
