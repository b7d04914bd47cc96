package dk.konferencebasen.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CompoundSplitterTest {
  private final CompoundSplitter splitter = new CompoundSplitter(DanishLemmatizer.shared());

  @Test
  void splitsCompoundsAtTheirLinkingLetters() {
    assertEquals(List.of("sprog", "undervisning"), splitter.parts("sprogundervisning"));
    assertEquals(List.of("integration", "indsats"), splitter.parts("integrationsindsats"));
    assertEquals(List.of("forening", "livet"), splitter.parts("foreningslivet"));
    assertEquals(List.of("minoritet", "fædres"), splitter.parts("minoritetsfædres"));
    assertEquals(List.of("bydel", "mødre"), splitter.parts("bydelsmødre"));
    assertEquals(List.of("borger", "serviceudvalg", "service", "udvalg"), splitter.parts("borgerserviceudvalg"));
  }

  @Test
  void aModifierOnlyTheSpellingDictionaryKnowsStillCounts() {
    assertEquals(List.of("teater", "forestilling"), splitter.parts("teaterforestilling"));
  }

  @Test
  void leavesWordsThatOnlyLookLikeCompounds() {
    for (String word : List.of("undervisning", "forældre", "fællesskab", "tilbud", "kommune", "stigmatiserende",
        "integration", "beskæftigelse", "forening", "formand")) {
      assertEquals(List.of(), splitter.parts(word), word);
    }
  }
}
