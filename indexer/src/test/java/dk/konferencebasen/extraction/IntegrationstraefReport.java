package dk.konferencebasen.extraction;

import dk.konferencebasen.fixtures.PagedReports;
import java.util.ArrayList;
import java.util.List;

/**
 * A conference report of several pages for the layout tests: realistic Danish paragraphs, some
 * long enough to wrap over many lines and to be cut by a page break, headings, a list, words
 * that may be hyphenated at a line end (soft hyphens, see {@link PagedReports}) and an elided
 * compound ("udlændinge- og integrationsministeren").
 */
final class IntegrationstraefReport {
  static final String TITLE = "Integrationstræf 2019 – Rapport fra dagen";
  static final String SHY = String.valueOf(PagedReports.SOFT_HYPHEN);

  /** As written: a {@code \n} is a hard line break (heading above its text, list items). */
  static final List<String> WRITTEN = List.of(
      "Velkomst og formål\n"
          + "Faxe Kommune var torsdag vært for Integrationstræf 2019 på Kultunariet i Haslev, hvor godt "
          + "200 med" + SHY + "arbejdere, frivillige og borgere mødtes for at drøfte, hvordan integrations" + SHY
          + "indsatsen kan styrkes på tværs af forvaltninger og foreninger. Borgmester Ole Vive bød "
          + "velkommen og mindede om, at konfe" + SHY + "rencen var den hidtil største af sin art i "
          + "kommunen, og at den var blevet til i et tæt samarbejde med Integrations" + SHY + "rådet.",
      "Dagens første oplæg handlede om den nationale ramme. En kontorchef fra ministeriet gennemgik først, "
          + "hvad udlændinge- og integrationsministeren har lagt vægt på i de seneste år, og hvordan "
          + "kommunerne kan bruge de nye muligheder for at kombinere sprogunder" + SHY + "visning med "
          + "virksomheds" + SHY + "praktik. Hun understregede, at de bedste resultater opnås, når "
          + "jobcentret, sprogcentret og de lokale virksomheder taler sammen fra første dag, og når "
          + "den enkelte borger oplever, at forløbet hænger sammen.",
      "Eftermiddagens workshops havde fire temaer:\n"
          + "• Sprogundervisning for voksne og unge\n"
          + "• Beskæftigelse og virksomhedspraktik\n"
          + "• Foreningsliv og frivillighed\n"
          + "• Samarbejde med familier om børnenes skolegang",
      "Workshop om sprog",
      "I workshoppen om sprog fortalte to lærere fra sprogcentret om erfaringerne med at flytte en "
          + "del af undervisningen ud på arbejds" + SHY + "pladserne. Kursisterne lærer de ord, de har brug for i "
          + "deres daglige arbejde, og kollegerne bliver en del af læringen, fordi de hele tiden hjælper med ordene. Det kræver dog, at "
          + "virksomhederne afsætter tid, og at underviserne kender branchen godt nok til at kunne "
          + "tilrettelægge et relevant forløb. Flere deltagere pegede på, at de mindre virksomheder i "
          + "kommunen har svært ved at finde den tid, og at der er behov for en fast kontakt" + SHY + "person, som "
          + "kan hjælpe med det praktiske, fra plan" + SHY + "lægningen af forløbet til den afsluttende evaluering "
          + "af kursisternes udbytte.",
      "Workshop om beskæftigelse",
      "Workshoppen om beskæftigelse tog udgangspunkt i tre konkrete forløb, hvor borgere var kommet "
          + "i ordinært job efter en periode i virksomhedspraktik. Fælles for dem var, at praktikken "
          + "var planlagt i samarbejde med en mentor på arbejdspladsen, og at der var aftalt klare mål "
          + "for hver måned. En af virksomheds" + SHY + "lederne fortalte, at han i begyndelsen havde været "
          + "skeptisk, men at han nu ser praktikken som en god måde at rekrut" + SHY + "tere nye medarbejdere på, "
          + "fordi begge parter får tid til at lære hinanden at kende, inden der skrives en kontrakt. "
          + "Deltagerne drøftede også, hvordan man kan fastholde de borgere, der har fået job, og flere "
          + "efterlyste en opfølgning i det første halve år, hvor risikoen for at falde fra er størst.",
      "Workshop om foreningslivet",
      "Foreningslivet spiller en stor rolle for integrationen i Faxe Kommune. I workshoppen fortalte "
          + "repræsen" + SHY + "tanter fra idræts" + SHY + "foreninger, spejdere og en lokal menighed om, hvordan de har åbnet "
          + "dørene for nye medlemmer. Det gælder om at gøre det let at komme i gang, for eksempel med "
          + "gratis prøvetræning, hjælp til kontingentet og en voksen, der tager imod de nye og viser "
          + "dem rundt. Frivillige fra Røde Kors fortalte om deres lektiecafé, som hver uge samler både "
          + "børn og forældre, og som er blevet et sted, hvor mange nye familier finder ind i "
          + "lokal" + SHY + "samfundet og får deres første danske venner.",
      "Samarbejdet med familierne",
      "Den sidste workshop handlede om samarbejdet mellem skolerne og familierne. Lærere og "
          + "sundheds" + SHY + "plejersker beskrev, hvordan misfor" + SHY + "ståelser kan opstå, når forældrene ikke kender "
          + "den danske skoles forvent" + SHY + "ninger til dem, og hvordan tolkning, hjemme" + SHY + "besøg og "
          + "forældre" + SHY + "møder på flere sprog kan hjælpe. Flere forældre deltog selv og fortalte om deres "
          + "erfaringer, både de gode og de svære. En mor beskrev, hvordan hun i begyndelsen havde følt "
          + "sig udenfor, men at en lærer, der ringede hjem hver fredag, havde gjort en stor forskel for "
          + "hende og for hendes søn, som i dag går i syvende klasse og har mange kamme" + SHY + "rater.",
      "Workshop om ungdomsuddannelse",
      "Den femte og ekstra workshop var lagt til på opfordring fra ungdomsrådet. Tre unge, som selv "
          + "er kommet til Danmark som teenagere, fortalte om vejen gennem sprogskole, modtageklasse og "
          + "ungdomsuddannelse. De pegede på, at det sværeste ikke var sproget, men at forstå, hvordan "
          + "uddannelses" + SHY + "systemet hænger sammen, og hvilke valg der lukker eller åbner døre senere i "
          + "livet. En vejleder fra Ungdommens Uddannelsesvejledning tilføjede, at forældrene ofte har "
          + "store forventninger, men ikke altid kender mulighederne på erhvervsskolerne, og at en tidlig "
          + "samtale med hele familien derfor kan spare mange omveje. Deltagerne foreslog, at kommunen "
          + "laver en kort vejledning på flere sprog, som også forklarer, hvad en erhvervs" + SHY + "uddannelse "
          + "med praktik" + SHY + "plads indebærer, og hvordan man søger ind på den.",
      "Opsamling",
      "Dagen sluttede med en panel" + SHY + "debat, hvor politikere, medarbejdere og frivillige samlede op på "
          + "workshop" + SHY + "penes pointer. Der var enighed om, at samarbejdet på tværs skal styrkes, og at "
          + "kommunen i det kommende år vil afprøve en fælles indgang for nye borgere, hvor "
          + "sprogcentret, jobcentret og foreningerne er til stede samme sted. Integrationsrådet vil "
          + "følge arbejdet og gøre status ved næste års træf, som efter planen holdes i Faxe.");

  private IntegrationstraefReport() {}

  /** The paragraphs a reader sees: the title, then every written line as its own paragraph. */
  static List<String> paragraphsAsRead() {
    List<String> out = new ArrayList<>();
    out.add(TITLE);
    for (String written : WRITTEN) {
      for (String line : written.split("\n")) {
        out.add(PagedReports.asRead(line));
      }
    }
    return out;
  }
}
