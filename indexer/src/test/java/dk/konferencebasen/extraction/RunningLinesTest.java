package dk.konferencebasen.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Pages as Tika gives them for a PDF: blocks with the page they are on, lines separated by \n. */
class RunningLinesTest {
  private static final String[] BODY = {
      "Faxe Kommune var torsdag vært for Integrationstræf 2019 på\nKultunariet i Haslev, hvor godt 200 borgere mødtes.",
      "I workshoppen om sprog fortalte to lærere fra sprogcentret om\nerfaringerne med undervisning på arbejdspladserne.",
      "Workshoppen om beskæftigelse tog udgangspunkt i tre konkrete\nforløb, hvor borgere var kommet i ordinært job.",
      "Foreningslivet spiller en stor rolle for integrationen, og\nflere foreninger har åbnet dørene for nye medlemmer.",
      "Dagen sluttede med en paneldebat, hvor politikere og frivillige\nsamlede op på workshoppenes pointer."};

  private final List<RemovedText> removed = new ArrayList<>();

  /** One page per body paragraph, with the given header above and footer below (null: none). */
  private static List<TextBlock> pages(int count, String header, String footer) {
    List<TextBlock> blocks = new ArrayList<>();
    for (int p = 0; p < count; p++) {
      if (header != null) {
        blocks.add(new TextBlock(p, header.formatted(p + 1, count)));
      }
      blocks.add(new TextBlock(p, BODY[p]));
      if (footer != null) {
        blocks.add(new TextBlock(p, footer.formatted(p + 1, count)));
      }
    }
    return blocks;
  }

  private static List<String> texts(List<TextBlock> blocks) {
    return blocks.stream().map(TextBlock::text).toList();
  }

  private static List<String> body(int count) {
    return List.of(BODY).subList(0, count);
  }

  @Test
  void headerWithPageNumberAndFooterGoOnEveryPageWithReasons() {
    List<TextBlock> kept = RunningLines.remove(
        pages(4, "Integrationstræf 2019 – Rapport Side %d af %d", "Faxe Kommune · Integrationsrådet"), removed,
        "pages");
    assertEquals(body(4), texts(kept));
    assertEquals(8, removed.size(), removed::toString);
    assertEquals(new RemovedText("Integrationstræf 2019 – Rapport Side 3 af 4",
        "running header repeated on 4 of 4 pages"), removed.get(4));
    assertEquals(new RemovedText("Faxe Kommune · Integrationsrådet", "running footer repeated on 4 of 4 pages"),
        removed.get(5));
  }

  @Test
  void aHeaderMissingOnTheTitlePageIsStillRunning() {
    List<TextBlock> blocks = new ArrayList<>(pages(5, "Rapport 2019 – side %d", null));
    blocks.remove(0); // no header on page 1
    List<TextBlock> kept = RunningLines.remove(blocks, removed, "pages");
    assertEquals(body(5), texts(kept));
    assertEquals(4, removed.size());
    assertEquals("running header repeated on 4 of 5 pages", removed.get(0).reason());
  }

  @Test
  void aFooterFirstInTextOrderIsFoundToo() {
    // some PDF writers put the footer before the body in the content stream
    List<TextBlock> blocks = new ArrayList<>();
    for (int p = 0; p < 4; p++) {
      blocks.add(new TextBlock(p, "Integrationsrådet, Faxe Kommune"));
      blocks.add(new TextBlock(p, BODY[p]));
    }
    assertEquals(body(4), texts(RunningLines.remove(blocks, removed, "pages")));
    assertEquals("running header repeated on 4 of 4 pages", removed.get(0).reason());
  }

  @Test
  void aTwoPageDocumentKeepsRepeatedLinesAndLosesOnlyPageNumbers() {
    List<TextBlock> kept = RunningLines.remove(pages(2, "Integrationstræf 2019", "Side %d af %d"), removed, "pages");
    assertEquals(List.of("Integrationstræf 2019", BODY[0], "Integrationstræf 2019", BODY[1]), texts(kept));
    assertEquals(List.of(new RemovedText("Side 1 af 2", "page number"), new RemovedText("Side 2 af 2", "page number")),
        removed);
  }

  @ParameterizedTest
  @ValueSource(strings = {"3", "- 3 -", "– 3 –", "(3)", "Side 3", "side 3", "Side 3 af 12", "S. 3", "3/12",
      "3 af 12", "Page 3 of 12", "Page 3"})
  void pageNumberLinesGoEvenFromAOnePageDocument(String pageNumber) {
    List<TextBlock> kept = RunningLines.remove(List.of(new TextBlock(2, BODY[0]), new TextBlock(2, pageNumber)),
        removed, "pages");
    assertEquals(List.of(BODY[0]), texts(kept));
    assertEquals(List.of(new RemovedText(pageNumber, "page number")), removed);
  }

  @ParameterizedTest
  @ValueSource(strings = {"47", "12 af 3", "2019", "Side 3 i rapporten", "3 deltagere"})
  void linesThatOnlyLookLikePageNumbersStay(String line) {
    List<TextBlock> blocks = List.of(new TextBlock(2, BODY[0]), new TextBlock(2, line));
    assertEquals(texts(blocks), texts(RunningLines.remove(blocks, removed, "pages")));
    assertTrue(removed.isEmpty(), removed::toString);
  }

  @Test
  void bareNumbersOfAnExcerptAreRecognisedByTheirSteadyDistanceToThePage() {
    // pages 47-50 of a longer report: far from the page's own number, but one step per page
    List<TextBlock> kept = RunningLines.remove(pages(4, null, "%d").stream()
        .map(b -> b.text().matches("\\d") ? new TextBlock(b.page(), "" + (46 + Integer.parseInt(b.text()))) : b)
        .toList(), removed, "pages");
    assertEquals(body(4), texts(kept));
    assertEquals(List.of("47", "48", "49", "50"), removed.stream().map(RemovedText::text).toList());
  }

  @Test
  void aRepeatedLineInsideAParagraphOfSentencesStays() {
    // each page is one block; its middle line repeats on every page, but it is text
    List<String> topics = List.of("sprog", "job", "foreninger", "familier");
    List<TextBlock> blocks = new ArrayList<>();
    for (int p = 0; p < 4; p++) {
      blocks.add(new TextBlock(p, "Deltagerne drøftede " + topics.get(p) + ". Derefter talte de om\n"
          + "Integrationstræf 2019\nsom en tradition for " + topics.get(p) + ". Næste år holdes det igen."));
    }
    assertEquals(texts(blocks), texts(RunningLines.remove(blocks, removed, "pages")));
    assertTrue(removed.isEmpty(), removed::toString);
  }

  @Test
  void aLineRepeatedInTheMiddleOfPagesStays() {
    List<TextBlock> blocks = new ArrayList<>();
    for (int p = 0; p < 4; p++) {
      blocks.add(new TextBlock(p, BODY[p]));
      blocks.add(new TextBlock(p, "Spørgsmål fra salen"));
      blocks.add(new TextBlock(p, BODY[(p + 1) % BODY.length]));
    }
    assertEquals(texts(blocks), texts(RunningLines.remove(blocks, removed, "pages")));
    assertTrue(removed.isEmpty(), removed::toString);
  }

  @Test
  void aHeaderGluedToTheFirstParagraphIsTakenOffItsTop() {
    List<TextBlock> blocks = new ArrayList<>();
    for (int p = 0; p < 3; p++) {
      blocks.add(new TextBlock(p, "Integrationstræf 2019 – Rapport   Side " + (p + 1) + " af 3\n" + BODY[p]));
    }
    assertEquals(body(3), texts(RunningLines.remove(blocks, removed, "pages")));
    assertEquals(3, removed.size());
  }

  @Test
  void textOutsidePagesIsLeftAlone() {
    List<TextBlock> blocks = List.of(new TextBlock(TextBlock.NO_PAGE, "3"), new TextBlock(TextBlock.NO_PAGE, BODY[0]));
    assertEquals(blocks, RunningLines.remove(blocks, removed, "pages"));
    assertTrue(removed.isEmpty());
  }

  @Test
  void signatureIgnoresDigitsCaseAndSpacing() {
    assertEquals(RunningLines.signature("Rapport 2019 – Side 3 af 12", 2),
        RunningLines.signature("rapport 2019 –  side 10 af 12", 9));
    assertFalse(RunningLines.signature("Rapport", 0).equals(RunningLines.signature("Rapporten", 0)));
  }
}
