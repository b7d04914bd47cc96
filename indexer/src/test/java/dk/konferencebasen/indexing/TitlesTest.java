package dk.konferencebasen.indexing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TitlesTest {
  private static String fromText(String... lines) {
    return Titles.choose(Optional.empty(), Optional.empty(), List.of(String.join("\n", lines)), "fil-navn");
  }

  @Test
  void whatTheFileDeclaresComesFirstUnlessAToolWroteIt() {
    assertEquals("Årsrapport", Titles.choose(Optional.empty(), Optional.of("Årsrapport"), List.of("Indledning"), "x"));
    assertEquals("Indledning", Titles.choose(Optional.empty(), Optional.of("Enscript Output"), List.of("Indledning"), "x"));
    assertEquals("Indledning", Titles.choose(Optional.empty(), Optional.of("rapport_v2.docx"), List.of("Indledning"), "x"));
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
}
