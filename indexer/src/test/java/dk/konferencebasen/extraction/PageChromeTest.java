package dk.konferencebasen.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.konferencebasen.testing.Corpus;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PageChromeTest {
  private static TikaExtractor extractor;

  @BeforeAll
  static void setUp() {
    extractor = new TikaExtractor(ExtractionLimits.DEFAULT);
  }

  private static PageChrome.Cleaned cleanedSeed(String name) throws ExtractionException {
    return PageChrome.remove(extractor.extract(Corpus.seed(name)).paragraphs());
  }

  @Test
  void newsletterAndConsentBlocksAreGoneFromSeed000() throws Exception {
    String body = String.join("\n\n", cleanedSeed(Corpus.SEED_000).paragraphs());
    for (String chrome : List.of("Abonnér på nyt fra UIM", "Tilmeld dig som abonnent", "samtykke",
        "Nyhedsbrev", "nyhedsbrev", "personoplysninger", "Læs om Æresrelateret Viden", "Sidst opdateret")) {
      assertFalse(body.contains(chrome), "chrome left in body: " + chrome);
    }
    assertTrue(body.startsWith("Integrationstræf 2019"), body.substring(0, 40));
    assertTrue(body.endsWith("hidtidige succeser i integrationsarbejdet."), "the last talk must stay");
  }

  @Test
  void updatedDateOfSeed000IsKept() throws Exception {
    assertEquals(Optional.of(LocalDate.of(2020, 9, 16)), cleanedSeed(Corpus.SEED_000).updated());
  }

  @Test
  void breadcrumbIsGoneFromSeed002() throws Exception {
    PageChrome.Cleaned cleaned = cleanedSeed(Corpus.SEED_002);
    assertEquals("Integrationskonference: Det vigtige samarbejde på tværs", cleaned.paragraphs().get(0));
    assertFalse(String.join("\n", cleaned.paragraphs()).contains("Du er her"));
    assertTrue(cleaned.updated().isEmpty());
    // nothing of the article itself is lost
    assertTrue(cleaned.paragraphs().get(cleaned.paragraphs().size() - 1).startsWith("Konferencen bød også på workshops"));
  }

  @Test
  void aTalkAboutConsentIsNotChrome() {
    List<String> paragraphs = List.of(
        "Jurist Anne Holm talte om samtykke i sagsbehandlingen af unge flygtninge.",
        "Dagen sluttede med en paneldebat.");
    assertEquals(paragraphs, PageChrome.remove(paragraphs).paragraphs());
  }

  @Test
  void aProgrammesPartHeadingIsNoShareLink() {
    List<String> page = List.of("PROGRAM", "DEL I: INTRODUKTION", "17:00 Velkommen til klimaborgersamlingen",
        "Del 2 – workshops", "18:30 Oplæg om klimaforandringerne", "Del på Facebook");
    PageChrome.Cleaned cleaned = PageChrome.remove(page);
    assertEquals(List.of("Del på Facebook"), cleaned.removed().stream().map(RemovedText::text).toList());
  }

  @Test
  void trailingShortLinesWithoutChromeWordsStay() {
    List<String> paragraphs = List.of("Et langt referat af dagens oplæg om beskæftigelse og sprog.", "Tak for i dag");
    assertEquals(paragraphs, PageChrome.remove(paragraphs).paragraphs());
  }

  @Test
  void aPageWithoutBlankLinesKeepsItsTextAndLosesOnlyItsChromeLines() {
    List<String> page = List.of(String.join("\n",
        "Hop til hovedindholdet",
        "Temadag om sprogundervisning",
        "Dagen samler sproglærere og jobkonsulenter om undervisning på arbejdspladsen.",
        "Tilmelding senest 1. maj til kursus@kommune.dk",
        "Pris: 500 kr.",
        "Læs mere Læs mindre",
        "Lars-AP-web-ny-300x230"));
    PageChrome.Cleaned cleaned = PageChrome.remove(page);
    String text = String.join("\n", cleaned.paragraphs());
    assertTrue(text.contains("Temadag om sprogundervisning"));
    assertTrue(text.contains("Tilmelding senest 1. maj"), "the event's practical information stays");
    assertTrue(text.contains("Pris: 500 kr."));
    assertFalse(text.contains("Hop til hovedindholdet"));
    assertFalse(text.contains("Læs mere Læs mindre"));
    assertFalse(text.contains("300x230"));
    assertEquals(3, cleaned.removed().size(), cleaned.removed().toString());
    assertTrue(cleaned.removed().stream().allMatch(r -> !r.reason().isBlank()));
  }

  @Test
  void practicalInformationAtTheEndOfAPageStays() {
    List<String> page = List.of("Konference om frivillighed i Aarhus.",
        "Sted: Aarhus Rådhus", "Tilmeld dig her", "Abonnér på vores nyhedsbrev");
    List<String> kept = PageChrome.remove(page).paragraphs();
    assertTrue(kept.contains("Sted: Aarhus Rådhus"), kept.toString());
    assertFalse(kept.contains("Abonnér på vores nyhedsbrev"), kept.toString());
  }

  @Test
  void aDocumentIsNeverLeftEmpty() {
    List<String> allChrome = List.of("Læs mere", "Menu", "Del artikel Print");
    assertEquals(allChrome, PageChrome.remove(allChrome).paragraphs());
  }

  @Test
  void aLineInsideSentenceRichProseIsNeverRemoved() {
    String prose = "Oplægsholderen talte om samtykke og om cookies på kommunens hjemmeside. Læs mere om emnet i rapporten. "
        + "Deltagerne diskuterede bagefter, hvordan borgerne informeres bedst, og hvad loven kræver af kommunerne.";
    assertEquals(List.of(prose), PageChrome.remove(List.of(prose)).paragraphs());
  }

  @Test
  void linksToOtherPagesGoByTheirOpeningWordsEvenAsWholeSentences() {
    List<String> page = List.of("Seks bud på et bedre folkemøde",
        "Læs også Videnscentrets guide \"Sådan deltager du i Folkemødet 2024 uden at blive ruineret\".",
        "Download \"12.-13. marts 2015. Kommunalpolitisk Topmøde 2015. Program\"",
        "Gå til forsiden",
        "Følg os på LinkedIn",
        "Relaterede artikler",
        "Foreningen inviterer til debat om publikumsinddragelse den 14. juni 2024.");
    PageChrome.Cleaned cleaned = PageChrome.remove(page);
    assertEquals(List.of("Seks bud på et bedre folkemøde",
        "Foreningen inviterer til debat om publikumsinddragelse den 14. juni 2024."), cleaned.paragraphs());
    assertTrue(cleaned.removed().stream().anyMatch(r -> r.text().startsWith("Læs også") && r.reason().equals("link line")),
        cleaned.removed().toString());
  }

  @Test
  void aLogosTextGoesButASentenceAboutALogoStays() {
    List<String> page = List.of("Landdistrikternes Fællesråd logo", "Sundhed i landdistrikterne", "Vi har fået nyt logo");
    PageChrome.Cleaned cleaned = PageChrome.remove(page);
    assertEquals(List.of("Sundhed i landdistrikterne", "Vi har fået nyt logo"), cleaned.paragraphs());
    assertEquals("image text", cleaned.removed().get(0).reason());
    assertTrue(PageChrome.isLogoText("KL LOGO"));
    assertFalse(PageChrome.isLogoText("logo"));
  }

  @Test
  void aReadAlsoInsideProseStays() {
    String prose = "Oplægget handlede om frivillige i integrationsindsatsen og om de erfaringer, kommunerne har gjort. "
        + "Læs også rapporten fra sidste år, som gik i dybden med de samme spørgsmål og fandt mange gode eksempler.";
    assertEquals(List.of(prose), PageChrome.remove(List.of(prose)).paragraphs());
  }

  @Test
  void linksThatSayWhereTheyLeadGoButRegistrationAndSentencesStay() {
    List<String> page = List.of("Årsdag om trafiksikkerhed",
        "Se mere her>> Jesper Würtzens præsentation på Årsdag 2018",
        "Programmet for konferencen kan findes her",
        "Fold hele programmet ud",
        "Link til tilmelding findes her",
        "Læs mere og tilmeld dig konferencen",
        "Find os her og kig forbi, hvis du også holder af kommuner!");
    List<String> kept = PageChrome.remove(page).paragraphs();
    assertEquals(List.of("Årsdag om trafiksikkerhed", "Link til tilmelding findes her", "Læs mere og tilmeld dig konferencen",
        "Find os her og kig forbi, hvis du også holder af kommuner!"), kept);
  }

  @Test
  void markupIconNamesKeywordsAndCommentCountsAreDebris() {
    List<String> page = List.of("Konference om fremtidens friluftsliv",
        "xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 54 54\">",
        "Icon / ae arrow-down arrow-down beboermappen dropdown_arrow share_facebook share_linkedin location login",
        "23948sdkhjf",
        "Nøgleord: Natur",
        "This Post Has 0 Comments",
        "Konferencen foregår 7. og 8. maj 2018 på Skovskolen i Nødebo.");
    PageChrome.Cleaned cleaned = PageChrome.remove(page);
    assertEquals(List.of("Konference om fremtidens friluftsliv",
        "Konferencen foregår 7. og 8. maj 2018 på Skovskolen i Nødebo."), cleaned.paragraphs(), cleaned.removed().toString());
  }

  @Test
  void hyphenatedWordsInAProgrammeLineAreNotIconNames() {
    List<String> line = List.of("e-læring, it-systemer og a-kasse-regler for social- og sundhedsassistenter i covid-19-tiden");
    assertEquals(line, PageChrome.remove(line).paragraphs());
  }

  @Test
  void skipLinksCommentWidgetsImageNamesTagsAndOneLineMenusGo() {
    List<String> page = List.of(String.join("\n",
        "Spring hovednavigationen over",
        "Home Dansk fiskeripolitik EU fiskeripolitik Galleri Arkiv Links Støt os English",
        "Årsmøde i provstiet",
        "Søren Abildgaard årsmøde 2018.jpg",
        "Kræft og Mænd karussel_1120",
        "MikkelHolm",
        "Mødet samlede 120 menighedsrådsmedlemmer i Viborg.",
        "#Provstiudvalg #Årsmøde",
        "Flere artikler om samme emne",
        "Bemærk: Ved udskrivning af denne side skal printer opsættes til \"landskab\"",
        "Download programmet som PDF her.",
        "Skriv en kommentar",
        "Galleri - Tryk og se alle billederne.",
        "Comments are closed."));
    PageChrome.Cleaned cleaned = PageChrome.remove(page);
    assertEquals(List.of("Årsmøde i provstiet\nMødet samlede 120 menighedsrådsmedlemmer i Viborg."), cleaned.paragraphs(),
        cleaned.removed().toString());
  }

  @Test
  void aBrandsInnerCapitalsAndAHeadlineOpeningWithAVerbStay() {
    List<String> page = List.of(String.join("\n",
        "Se eller gense nordisk virtuel konference om hjemløshed",
        "InnoBYG",
        "Onsdag lagde NCC hus til InnoBYG’s efterårskonference."));
    assertEquals(page, PageChrome.remove(page).paragraphs());
  }
}
