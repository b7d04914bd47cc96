package dk.konferencebasen.indexing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TitlesTest {
  private static String fromText(String... lines) {
    return Titles.choose(Optional.empty(), Optional.empty(), List.of(String.join("\n", lines)), "fil-navn", line -> false);
  }

  @Test
  void whatTheFileDeclaresComesFirstUnlessAToolWroteIt() {
    assertEquals("Årsrapport", Titles.choose(Optional.empty(), Optional.of("Årsrapport"), List.of("Indledning"), "x", line -> false));
    assertEquals("Indledning", Titles.choose(Optional.empty(), Optional.of("Enscript Output"), List.of("Indledning"), "x", line -> false));
    assertEquals("Indledning", Titles.choose(Optional.empty(), Optional.of("rapport_v2.docx"), List.of("Indledning"), "x", line -> false));
  }

  @Test
  void navigationIsNeverATitleInDanishEither() {
    assertEquals("Temadag om demens", fromText("Gå til indhold", "Hop til hovedindholdet", "Du er her: Forside / Kurser",
        "Temadag om demens"));
    assertEquals("Temadag om demens", fromText("Læs også: Årets program", "Download programmet", "Temadag om demens"));
  }

  @Test
  void aPhotoCaptionWithItsCreditIsNoTitle() {
    assertEquals("Gør Folkemødet landsdækkende",
        fromText("Åbning af Folkemødet 2014 Fotograf: Berit Hvassum", "Gør Folkemødet landsdækkende"));
  }

  @Test
  void aListItemIsNoTitle() {
    assertEquals("fil-navn", fromText("17. september 2023", " • Ankomst, indskrivning og stående buffet",
        "- Olav Hesseldahl, direktør hos Det Politiske Akademi"));
  }

  @Test
  void aLogosTextIsNoTitle() {
    assertEquals("Sundhed i landdistrikterne: Kom til national konference",
        fromText("Landdistrikternes Fællesråd logo", "Sundhed i landdistrikterne: Kom til national konference"));
  }

  @Test
  void aHeadingBrokenAtItsColonIsJoined() {
    assertEquals("KOMMUNEDAG 2: PÅ VEJ MOD KV2017", fromText("KOMMUNEDAG 2:", "PÅ VEJ MOD KV2017", "Program"));
  }

  @Test
  void theFileNameOnlyWhenNothingBetterExists() {
    assertEquals("fil-navn", fromText("12.03.2024", "Pris: 500 kr", "tilmelding@kommune.dk"));
  }

  @Test
  void bylinesAndDatedLabelsAreNoTitles() {
    assertEquals("Vestegnen er blevet til Vækstegnen",
        fromText("Af Jesper Ernst Henriksen", "Vestegnen er blevet til Vækstegnen"));
    assertEquals("Konference om fremtidens friluftsliv", fromText("Vifo Artikel 09.01.2018", "Konference om fremtidens friluftsliv"));
    assertEquals("Bibliotekernes program", fromText("FAGLIG FREDAG den 11. november", "Bibliotekernes program"));
    assertEquals("Invitation til Landdistriktskonferencen den 9. oktober 2023",
        fromText("Invitation til Landdistriktskonferencen den 9. oktober 2023"), "a title may end with the event's date");
  }

  @Test
  void aLoneSectionWordAboveAHeadlineIsNoTitle() {
    assertEquals("Boligkonference sætter fokus på den mangfoldige by",
        fromText("Kultur", "Boligkonference sætter fokus på den mangfoldige by"));
    assertEquals("Temamøder", fromText("Temamøder", "Temamøde 1: Landdistriktsudvikling, herunder den nye planlov"));
    assertEquals("PROGRAM", fromText("PROGRAM", "09.00: Registrering og udstillingsområdet åbner"));
  }

  @Test
  void programmeTimesDatesAddressesAndNumberedItemsAreNoTitles() {
    assertEquals("fil-navn", fromText("Kl. 13.30 Introduktion ved Thea From", "10:30 Velkomst"));
    assertEquals("Har det danske sprog en fremtid?", fromText("Den 21. februar 2019 kl.19-21.30",
        "Frode Jacobsens Plads 4,1, 2720 Vanløse", "Har det danske sprog en fremtid?"));
    assertEquals("fil-navn", fromText("07. April , 2009", "1. Åbningsdebat"));
    assertEquals("Advokaten 9 Advokatdagene 2007", fromText("Advokaten 9 Advokatdagene 2007"),
        "a number and a year do not make a date without a month");
    assertEquals("Konference", fromText("[Oprindeligt publiceret af Veterancentret]", "Konference"));
  }

  @Test
  void aPersonsNameAloneIsNoTitle() {
    assertEquals("Årets konference",
        Titles.choose(Optional.empty(), Optional.empty(), List.of("Morten Skov\nÅrets konference"), "x",
            line -> line.equals("Morten Skov")));
  }

  @Test
  void aHeadingBelowTheRunningTextIsASubheading() {
    String sentence = "Kommunerne mødtes i Odense for at drøfte integrationsindsatsen og de nye regler på området.";
    assertEquals("fil-navn", fromText(sentence, sentence, "Masser af vækst"));
    assertEquals("KOMMUNEDAG 2: PÅ VEJ MOD KV2017", fromText(sentence, "KOMMUNEDAG 2:", "PÅ VEJ MOD KV2017"),
        "a site's lead may stand above the heading");
    assertEquals("Webinar: Hvordan udsorterer vi mere madaffald, og hvad skal det anvendes til i kommunerne?",
        fromText("Webinar: Hvordan udsorterer vi mere madaffald, og hvad skal det anvendes til i kommunerne?", sentence),
        "a title may ask");
  }

  @Test
  void aHeadingWrappedOverTwoLinesIsJoinedAndAWrappedSentenceIsNoHeading() {
    assertEquals("Foreløbigt program for en nordisk kystfiskerkonference som afholdes i Grenå 2-3 maj 2005",
        fromText("Foreløbigt program for en nordisk kystfiskerkonference som", "afholdes i Grenå 2-3 maj 2005"));
    assertEquals("DIALOG OM HJEMLØSHED PÅ LANDET", fromText("DIALOG OM HJEMLØSHED PÅ LANDET10. marts 2022", "i Maribohallerne"));
    assertEquals("fil-navn", fromText("Men især fordi Europa står overfor en række store udfordringer og komplekse beslutninger",
        "i de kommende år. Talen er den sidste i"));
  }

  @Test
  void aGenreWordAboveAHeadlineWithADigitIsNoTitle() {
    assertEquals("Politisk Speed-Debatter – KV21",
        fromText("INVITATION", "Torsdag d. 11. november 2021", "Politisk Speed-Debatter – KV21"));
  }
}
