package dk.konferencebasen.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DanishTokenizerTest {
  private static final DanishTokenizer TOKENIZER = new DanishTokenizer(WordList.load("abbreviations.txt"));

  private static List<String> texts(Sentence s) {
    return s.tokens().stream().map(Token::text).toList();
  }

  @Test
  void offsetsPointIntoTheText() {
    String text = "Thomas Kastrup-Larsen, formand for KL’s udvalg.\nNy linje med A/S.";
    for (Sentence s : TOKENIZER.sentences(text)) {
      for (Token t : s.tokens()) {
        assertEquals(t.text(), text.substring(t.start(), t.end()));
      }
    }
  }

  @Test
  void namesAbbreviationsAndCompoundsStayWhole() {
    List<Sentence> sentences = TOKENIZER.sentences(
        "MD, PhD.-studerende Mohammad Mahdi Al-karagholi, KL’s og ISS' A/S, bl.a. udlændinge- og");
    assertEquals(1, sentences.size());
    assertEquals(
        List.of("MD", ",", "PhD.-studerende", "Mohammad", "Mahdi", "Al-karagholi", ",", "KL’s", "og",
            "ISS", "'", "A/S", ",", "bl.a.", "udlændinge-", "og"),
        texts(sentences.get(0)));
  }

  @Test
  void abbreviationsAndOrdinalsDoNotEndSentences() {
    List<Sentence> sentences = TOKENIZER.sentences(
        "Vi var i Odense den 10. sep. til træf med adm. direktør Hansen. Det gik godt! Tema: Job");
    assertEquals(4, sentences.size(), "a colon ends a sentence too: \"Tema:\" | \"Job\"");
    assertEquals("10.", sentences.get(0).token(5).text());
    assertTrue(texts(sentences.get(0)).containsAll(List.of("sep.", "adm.")));
    assertEquals("Det", sentences.get(1).token(sentences.get(1).firstWord()).text());
    assertEquals(List.of("Tema", ":"), texts(sentences.get(2)));
    assertEquals(List.of("Job"), texts(sentences.get(3)));
  }

  @Test
  void anAcronymBeforeAStopEndsTheSentence() {
    List<Sentence> sentences = TOKENIZER.sentences("Træffet holdes med KL. Næste år igen.");
    assertEquals(2, sentences.size());
    assertEquals(List.of("Træffet", "holdes", "med", "KL", "."), texts(sentences.get(0)));
  }

  @Test
  void lineBreaksEndSentences() {
    List<Sentence> sentences = TOKENIZER.sentences("Konference i Faxe Kommune\nFaxe Kommune var vært");
    assertEquals(2, sentences.size());
    assertEquals(0, sentences.get(1).firstWord());
  }

  @Test
  void firstWordSkipsLeadingPunctuation() {
    Sentence s = TOKENIZER.sentences("- Det er godt, siger hun.").get(0);
    assertEquals("Det", s.token(s.firstWord()).text());
  }

  @Test
  void quotedTokensAreFlagged() {
    assertQuoted("Tema ”Rushys Roulette” og »Baba« med Oda.", List.of("”", "Rushys", "Roulette", "»", "Baba", "«"));
  }

  @Test
  void singleQuotesQuoteWhenTheyHugTheirWords() {
    assertQuoted("Emnerne var ’Vejen til visionen’ og ‘Byen’ med Mette Hansen.", List.of("’", "Vejen", "til", "visionen", "‘", "Byen"));
    Sentence apostrophes = TOKENIZER.sentences("Det var Jens’ bog og Lars’ cykel hos Mette Hansen.").get(0);
    assertFalse(apostrophes.tokens().stream().anyMatch(Token::quoted), "an apostrophe after a name ending in s is no quote");
  }

  @Test
  void unmatchedQuotationMarkQuotesNothing() {
    Sentence s = TOKENIZER.sentences("En 24” skærm hos Mette Hansen").get(0);
    assertFalse(s.tokens().stream().anyMatch(Token::quoted));
  }

  @Test
  void punctuationInsideQuotesDoesNotEndTheSentence() {
    assertEquals(1, TOKENIZER.sentences("Han spurgte ”Hvad nu?” og gik videre").size());
  }

  @Test
  void shoutedSentencesAreFlagged() {
    assertTrue(TOKENIZER.sentences("NYT FRA KL").get(0).allCapitals());
    assertFalse(TOKENIZER.sentences("Nyt fra KL").get(0).allCapitals());
  }

  /** Exactly the tokens {@code quoted} of the text's first sentence are flagged as quoted. */
  private static void assertQuoted(String text, List<String> quoted) {
    for (Token t : TOKENIZER.sentences(text).get(0).tokens()) {
      assertEquals(quoted.contains(t.text()), t.quoted(), t.text());
    }
  }
}
