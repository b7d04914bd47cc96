package dk.konferencebasen.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Lines as Tika gives them for a PDF set in a column of about 60 characters (one block per
 * {@code <p>}, lines separated by {@code \n}), and the paragraphs they should read as.
 */
class LineUnwrapperTest {
  /** Blocks on page 0, one per argument; lines within an argument separated by \n. */
  private static List<String> unwrap(String... blocks) {
    List<TextBlock> list = new ArrayList<>();
    for (String block : blocks) {
      list.add(new TextBlock(0, block));
    }
    return LineUnwrapper.paragraphs(list);
  }

  @Test
  void wrappedParagraphBecomesOneLineAndHyphenatedWordsAreWholeAgain() {
    List<String> paragraphs = unwrap("""
        Faxe Kommune var torsdag vært ved en historisk stor konfe-
        rence på Kultunariet i Haslev, hvor godt 200 medarbejdere,
        frivillige og borgere drøftede, hvordan integrationsind-
        satsen kan styrkes på tværs af forvaltninger og foreninger.""");
    assertEquals(List.of("Faxe Kommune var torsdag vært ved en historisk stor konference på Kultunariet i "
        + "Haslev, hvor godt 200 medarbejdere, frivillige og borgere drøftede, hvordan integrationsindsatsen "
        + "kan styrkes på tværs af forvaltninger og foreninger."), paragraphs);
    assertFalse(paragraphs.get(0).contains("\n"));
  }

  @Test
  void elidedCompoundKeepsItsHyphenAndSpace() {
    List<String> paragraphs = unwrap("""
        En kontorchef fra ministeriet gennemgik først, hvad udlændinge-
        og integrationsministeren har lagt vægt på, og hvordan social-
        eller sundhedsområdet kan bidrage til de mange nye beskæftigelses-
        samt uddannelsesforløb, som kommunerne skal tilbyde.""");
    assertEquals(List.of("En kontorchef fra ministeriet gennemgik først, hvad udlændinge- og "
        + "integrationsministeren har lagt vægt på, og hvordan social- eller sundhedsområdet kan bidrage til de "
        + "mange nye beskæftigelses- samt uddannelsesforløb, som kommunerne skal tilbyde."), paragraphs);
  }

  @Test
  void hyphenBeforeACapitalOrAfterAnAcronymIsARealHyphen() {
    List<String> paragraphs = unwrap("""
        Oplægget blev holdt af en medarbejder fra Dansk-
        Tyrkisk Forening, der arbejder med rådgivning af nye EU-
        borgere og deres familier i hele Region Sjælland og på Fyn.""");
    assertEquals(List.of("Oplægget blev holdt af en medarbejder fra Dansk-Tyrkisk Forening, der arbejder med "
        + "rådgivning af nye EU-borgere og deres familier i hele Region Sjælland og på Fyn."), paragraphs);
  }

  @Test
  void listItemsStayApartAndAWrappedItemIsJoined() {
    List<String> paragraphs = unwrap("""
        Eftermiddagens workshops havde fem temaer, som deltagerne selv
        havde valgt på forhånd ved tilmeldingen til konferencen:
        • Sprogundervisning for voksne, der har arbejde ved siden af,
        og for unge under uddannelse
        • Beskæftigelse og virksomhedspraktik
        - Foreningsliv og frivillighed
        * Sundhed og trivsel
        1. Samarbejde med familier
        a) tolkning ved forældremøder""");
    assertEquals(List.of(
        "Eftermiddagens workshops havde fem temaer, som deltagerne selv havde valgt på forhånd ved "
            + "tilmeldingen til konferencen:",
        "• Sprogundervisning for voksne, der har arbejde ved siden af, og for unge under uddannelse",
        "• Beskæftigelse og virksomhedspraktik",
        "- Foreningsliv og frivillighed",
        "* Sundhed og trivsel",
        "1. Samarbejde med familier",
        "a) tolkning ved forældremøder"), paragraphs);
  }

  @Test
  void ordinalsDatesAndDashesAtALineStartAreNotListItems() {
    List<String> paragraphs = unwrap("""
        Faxe Kommune afholdt konferencen for tredje gang den
        3. december, og i år kom kommunens stand ind på en flot
        2. plads i konkurrencen om årets bedste initiativ, som blev
        – og det er ikke så lidt – uddelt af Integrationsrådet.""");
    assertEquals(1, paragraphs.size(), paragraphs::toString);
    assertTrue(paragraphs.get(0).contains("den 3. december, og i år"), paragraphs.get(0));
    assertTrue(paragraphs.get(0).contains("flot 2. plads"), paragraphs.get(0));
    assertTrue(paragraphs.get(0).contains("som blev – og det er ikke så lidt – uddelt"), paragraphs.get(0));
  }

  @Test
  void shortHeadingLineIsItsOwnParagraph() {
    List<String> paragraphs = unwrap("""
        Workshop om sprog
        I workshoppen om sprog fortalte to lærere fra sprogcentret om
        erfaringerne med at flytte en del af undervisningen ud på
        arbejdspladserne, hvor kursisterne lærer de ord, de bruger.""");
    assertEquals(List.of("Workshop om sprog",
        "I workshoppen om sprog fortalte to lærere fra sprogcentret om erfaringerne med at flytte en del af "
            + "undervisningen ud på arbejdspladserne, hvor kursisterne lærer de ord, de bruger."), paragraphs);
  }

  @Test
  void shortLineEndingASentenceEndsItsParagraphButAFullOneDoesNot() {
    List<String> paragraphs = unwrap("""
        Flere forældre deltog selv og fortalte om deres erfaringer.
        Nogle havde gode oplevelser, andre havde haft det svært, og
        mange efterlyste mere kontakt med skolen i det daglige.
        Det var tydeligt for alle.
        Dagen sluttede med en paneldebat, hvor politikere og frivillige
        samlede op på workshoppenes pointer og aftalte næste skridt.""");
    assertEquals(List.of(
        "Flere forældre deltog selv og fortalte om deres erfaringer. Nogle havde gode oplevelser, andre havde "
            + "haft det svært, og mange efterlyste mere kontakt med skolen i det daglige. Det var tydeligt for alle.",
        "Dagen sluttede med en paneldebat, hvor politikere og frivillige samlede op på workshoppenes pointer "
            + "og aftalte næste skridt."), paragraphs);
  }

  @Test
  void paragraphCutByAPageBreakIsJoinedAcrossIt() {
    List<String> paragraphs = LineUnwrapper.paragraphs(List.of(
        new TextBlock(0, """
            Foreningslivet spiller en stor rolle for integrationen i Faxe
            Kommune. I workshoppen fortalte repræsentanter fra idræts-"""),
        new TextBlock(1, """
            foreninger, spejdere og en lokal menighed om, hvordan de har
            åbnet dørene for nye medlemmer, og hvordan de tager imod
            de nye, der kommer til prøvetræning for første gang."""),
        new TextBlock(1, """
            Den sidste workshop handlede om samarbejdet mellem skolerne
            og familierne, og om hvordan misforståelser kan undgås."""),
        new TextBlock(2, """
            Lærere og sundhedsplejersker beskrev, hvordan tolkning og
            hjemmebesøg kan hjælpe, når forældrene er nye i landet.""")));
    assertEquals(List.of(
        "Foreningslivet spiller en stor rolle for integrationen i Faxe Kommune. I workshoppen fortalte "
            + "repræsentanter fra idrætsforeninger, spejdere og en lokal menighed om, hvordan de har åbnet dørene "
            + "for nye medlemmer, og hvordan de tager imod de nye, der kommer til prøvetræning for første gang.",
        "Den sidste workshop handlede om samarbejdet mellem skolerne og familierne, og om hvordan misforståelser "
            + "kan undgås.",
        // the page ended a sentence: a new paragraph as far as anyone can tell
        "Lærere og sundhedsplejersker beskrev, hvordan tolkning og hjemmebesøg kan hjælpe, når forældrene er "
            + "nye i landet."), paragraphs);
  }

  @Test
  void blocksAreNotJoinedAfterAHeadingOrBeforeACapital() {
    List<String> paragraphs = unwrap(
        "Integrationstræf 2019 – Rapport fra dagen",
        "Velkomst og formål",
        "Faxe Kommune var torsdag vært for Integrationstræf 2019 på\nKultunariet i Haslev, hvor godt 200 borgere mødtes",
        "Borgmester Ole Vive bød velkommen og mindede om, at konferencen\nvar den hidtil største af sin art i kommunen.");
    assertEquals(4, paragraphs.size(), paragraphs::toString);
  }

  @Test
  void lineJoinHandlesSoftHyphensAndDashes() {
    StringBuilder p = new StringBuilder("integrations\u00AD");
    LineJoin.append(p, "indsatsen");
    assertEquals("integrationsindsatsen", p.toString());
    p = new StringBuilder("et godt samarbejde –");
    LineJoin.append(p, "og mange frivillige");
    assertEquals("et godt samarbejde – og mange frivillige", p.toString());
    p = new StringBuilder("årsrapporten for 2019-");
    LineJoin.append(p, "2020");
    assertEquals("årsrapporten for 2019-2020", p.toString());
  }
}
