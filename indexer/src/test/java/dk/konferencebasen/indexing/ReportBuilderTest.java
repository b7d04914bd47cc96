package dk.konferencebasen.indexing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.konferencebasen.corpus.CorpusFile;
import dk.konferencebasen.corpus.Sidecar;
import dk.konferencebasen.extraction.Extraction;
import dk.konferencebasen.extraction.RemovedText;
import dk.konferencebasen.extraction.TemplateLines;
import dk.konferencebasen.schema.AcronymPairs;
import dk.konferencebasen.schema.NamedEntities;
import dk.konferencebasen.schema.Report;
import dk.konferencebasen.schema.ReportIds;
import dk.konferencebasen.schema.ReportPassage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * One report put together from an extraction and a sidecar, without Tika or an index: which
 * source wins for each piece of metadata, the passages and what they name, and the audit of
 * what was removed.
 */
class ReportBuilderTest {
  private static final ReportBuilder BUILDER = new ReportBuilder();
  private static final CorpusFile FILE = new CorpusFile(Path.of("/corpus/2019/integrationsdag.pdf"), "2019/integrationsdag.pdf", 1_000);

  private static Extraction extraction(Optional<String> title, List<String> paragraphs, List<RemovedText> removed) {
    return new Extraction("application/pdf", paragraphs, removed, title, Optional.of("Enscript Output"),
        Optional.of("2019-09-10T08:00:00Z"), Optional.empty(), Optional.empty(), Optional.of("en"), OptionalInt.of(4), false);
  }

  private static Report build(Extraction extraction, Sidecar sidecar, AcronymPairs corpus) {
    return BUILDER.build(FILE, "hash-1", extraction, sidecar, TemplateLines.NONE, corpus);
  }

  private static final List<String> TALKS = List.of(
      "Integrationsdag i Aalborg",
      "Kommunernes Landsforening (KL) åbnede dagen med et oplæg om sprogundervisning for voksne flygtninge, "
          + "og Aalborg Kommune fortalte om sit samarbejde med de frivillige foreninger i byen.",
      "Bagefter talte Mette Frederiksen om beskæftigelse, og KL lovede at følge op på erfaringerne fra kommunerne.");

  @Test
  void theSidecarWinsOverWhatTheFileSaysAndFillsWhatTheFileDoesNotHave() {
    Sidecar sidecar = new Sidecar("Integrationsdagen 2019", "Integrationsdagen", "2019-09-12", "Aalborg", "KL", null, "da",
        "https://example.org/integrationsdag", null);
    Report report = build(extraction(Optional.of("Microsoft Word - dokument1"), TALKS, List.of()), sidecar, AcronymPairs.NONE);

    assertEquals(ReportIds.reportId("2019/integrationsdag.pdf"), report.id());
    assertEquals("2019/integrationsdag.pdf", report.path());
    assertEquals("hash-1", report.contentHash());
    assertEquals("Integrationsdagen 2019", report.title());
    assertEquals(Optional.of("Integrationsdagen"), report.conference());
    assertEquals(Optional.of(LocalDate.of(2019, 9, 12)), report.date());
    assertEquals(Optional.of("Aalborg"), report.place());
    assertEquals(Optional.of("https://example.org/integrationsdag"), report.url());
    assertEquals("da", report.language(), "the sidecar's language, not the file's 'en'");
    assertEquals("pdf", report.format());
    assertEquals(Optional.of(LocalDate.of(2019, 9, 10)), report.updated(), "the file's own creation date");
    assertEquals(OptionalInt.of(4), report.pageCount());
  }

  @Test
  void withoutASidecarTheTextDecidesTheLanguageAndAProgramsNameIsNoTitle() {
    Report report = build(extraction(Optional.empty(), TALKS, List.of()), Sidecar.NONE, AcronymPairs.NONE);
    assertEquals("da", report.language(), "Danish text in a file that says 'en'");
    assertTrue(!report.title().equals("Enscript Output") && !report.title().isBlank(), report.title());
    assertEquals(Optional.empty(), report.conference());
  }

  @Test
  void passagesCarryTheirIdsTextAndWhatTheyNameWithAnAcronymAsItsOrganisation() {
    Report report = build(extraction(Optional.of("Integrationsdag"), TALKS, List.of()), Sidecar.NONE, AcronymPairs.NONE);
    List<ReportPassage> passages = report.passages();
    assertTrue(!passages.isEmpty());
    for (int i = 0; i < passages.size(); i++) {
      assertEquals(ReportIds.passageId(report.id(), passages.get(i).ordinal()), passages.get(i).id());
      assertTrue(report.body().substring(passages.get(i).start(), passages.get(i).end()).equals(passages.get(i).text()),
          "a passage's offsets point at its text in the body");
    }
    List<String> organisations = passages.stream().flatMap(p -> p.entities().organisations().stream()).distinct().toList();
    assertTrue(organisations.contains("Kommunernes Landsforening"), organisations.toString());
    assertTrue(!organisations.contains("KL"), "KL is Kommunernes Landsforening in this report: " + organisations);
    List<String> people = passages.stream().flatMap(p -> p.entities().people().stream()).toList();
    assertTrue(people.contains("Mette Frederiksen"), people.toString());
    List<String> municipalities = passages.stream().flatMap(p -> p.entities().municipalities().stream()).toList();
    assertTrue(municipalities.contains("Aalborg Kommune") || municipalities.contains("Aalborg"), municipalities.toString());
    assertEquals(List.of("KL = Kommunernes Landsforening"), report.acronyms());
    assertEquals(List.of(), report.acronymsFromCorpus());
  }

  @Test
  void anAcronymTheReportDoesNotDefineTakesTheCorpusMeaning() {
    AcronymPairs corpus = AcronymPairs.definedIn(List.of(new NamedEntities(List.of(), List.of("Dansk Flygtningehjælp"),
        List.of(), java.util.Map.of("DFH", "Dansk Flygtningehjælp"))));
    List<String> paragraphs = List.of("Frivillige i Aarhus",
        "DFH stod for oplægget om de frivillige netværk, som DFH har bygget op i Aarhus gennem mange år.");
    Report report = build(extraction(Optional.of("Frivillige i Aarhus"), paragraphs, List.of()), Sidecar.NONE, corpus);
    List<String> organisations = report.passages().stream().flatMap(p -> p.entities().organisations().stream()).toList();
    assertTrue(organisations.contains("Dansk Flygtningehjælp") && !organisations.contains("DFH"), organisations.toString());
    assertEquals(List.of("DFH = Dansk Flygtningehjælp"), report.acronymsFromCorpus());
    assertEquals(List.of(), report.acronyms(), "the report itself defines none");
  }

  @Test
  void theAuditCountsWhatExtractionRemovedBesideWhatWasKept() {
    List<RemovedText> removed = List.of(new RemovedText("Rapport  Side 1 af 4", "running header"));
    Report report = build(extraction(Optional.empty(), TALKS, removed), Sidecar.NONE, AcronymPairs.NONE);
    long kept = TALKS.stream().mapToLong(String::length).sum();
    assertEquals(kept + "Rapport  Side 1 af 4".length(), report.audit().extractedChars());
    assertEquals(kept, report.audit().keptChars());
    assertTrue(report.audit().removed().stream().anyMatch(r -> r.reason().equals("running header")), report.audit().toString());
  }

  @Test
  void aSlotThatNamesItsSpeakerFirstHasTheRestForItsTitle() {
    Report report = build(extraction(Optional.of("Program"), List.of("Program",
        "9.00-9.25: Velkomst ved Rasmus Kjeldahl",
        "9.30-10.00: Jonas Christoffersen – Den juridiske udvikling på området",
        "10.30-10.45: Pause"), List.of()), Sidecar.NONE, AcronymPairs.NONE);
    ReportPassage talk = report.passages().stream().filter(p -> p.text().contains("Christoffersen")).findFirst().orElseThrow();
    assertEquals(Optional.of("Den juridiske udvikling på området"), talk.talkTitle());
    assertEquals(List.of("Jonas Christoffersen"), talk.speakers());
  }

  @Test
  void aTalksGiverIsAPersonAndItsSpeaker() {
    Report report = build(extraction(Optional.of("Erhvervskonference"), List.of("Erhvervskonference",
        "For en flue på væggen var det interessant at høre Lars Mejlbyes indlæg om kunderne."), List.of()),
        Sidecar.NONE, AcronymPairs.NONE);
    ReportPassage talk = report.passages().get(0);
    assertEquals(List.of("Lars Mejlbye"), talk.speakers());
    assertTrue(talk.entities().people().contains("Lars Mejlbye"));
  }

  @Test
  void aPersonNamedAgainByTheFirstNamesIsThatPersonNotAnother() {
    List<String> paragraphs = List.of("Sognedag", "Årets foredrag er ved Jørn Henrik Pedersen, professor i velfærdshistorie.",
        "Jørn Henrik vil tale om Luthers betydning for det danske samfund. Anne Marie Holm og Anne Marie spiller.");
    List<String> people = peopleOf(build(extraction(Optional.of("Sognedag"), paragraphs, List.of()), Sidecar.NONE, AcronymPairs.NONE));
    assertTrue(people.contains("Jørn Henrik Pedersen") && !people.contains("Jørn Henrik"), people.toString());
  }

  @Test
  void aFirstNameAloneIsThePersonTheReportNamesInFull() {
    List<String> paragraphs = List.of("Sognedag", "Kirsten Bak holdt oplæg om skoven.", "Det var godt, sagde Kirsten.");
    List<String> people = peopleOf(build(extraction(Optional.of("Sognedag"), paragraphs, List.of()), Sidecar.NONE, AcronymPairs.NONE));
    assertEquals(List.of("Kirsten Bak"), people);
  }

  @Test
  void aPersonNamedAgainWithTheFirstNamesCutShortIsThatPersonNotAnother() {
    List<String> paragraphs = List.of("Sognedag", "Årets foredrag er ved Ulvhild Reiersen Snorresdatter og Christian Bak.",
        "U.R. Snorresdatter har skrevet om Chr. Bak og om J. Snorresdatter.");
    List<String> people = peopleOf(build(extraction(Optional.of("Sognedag"), paragraphs, List.of()), Sidecar.NONE, AcronymPairs.NONE));
    assertEquals(List.of("Ulvhild Reiersen Snorresdatter", "Christian Bak", "J. Snorresdatter"), people);
  }

  @Test
  void aSpeakerIsNamedByTheFullestFormTheReportGives() {
    List<String> paragraphs = List.of("Temamøde", "10.00 Velkomst v. Dorte Sørensen", "10.30 Oplæg ved Lars Holm, arkitekt",
        "Med venlig hilsen provst Dorte R. Sørensen");
    Report report = build(extraction(Optional.of("Temamøde"), paragraphs, List.of()), Sidecar.NONE, AcronymPairs.NONE);
    assertEquals(List.of("Dorte R. Sørensen"), report.passages().get(0).speakers());
    assertEquals(List.of("Dorte R. Sørensen", "Lars Holm"), peopleOf(report));
  }

  /** Everyone the report's passages name, each once. */
  private static List<String> peopleOf(Report report) {
    return report.passages().stream().flatMap(p -> p.entities().people().stream()).distinct().toList();
  }
}
