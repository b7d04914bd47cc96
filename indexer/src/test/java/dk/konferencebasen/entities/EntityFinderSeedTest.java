package dk.konferencebasen.entities;

import dk.konferencebasen.schema.NamedEntities;
import static dk.konferencebasen.entities.SeedTexts.SEED_000;
import static dk.konferencebasen.entities.SeedTexts.SEED_002;
import static dk.konferencebasen.entities.SeedTexts.paragraphStartingWith;
import static dk.konferencebasen.entities.SeedTexts.paragraphs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The finder run paragraph by paragraph over the real seed reports. */
class EntityFinderSeedTest {
  private static final EntityFinder FINDER = new EntityFinder();

  private static final List<String> SEED_000_PEOPLE = List.of(
      "Thomas Kastrup-Larsen", "Rasmus Stoklund", "Flemming Bendt", "Mads Blistrup",
      "Charlotte Liebak Hansen", "Michael Svendsen Petersen", "Aydin Soei", "Eva Steensig",
      "Mattias Tesfaye");

  private static final List<String> SEED_000_REQUIRED_ORGANISATIONS = List.of(
      "KL", "ISS Danmark", "Dansk Socialrådgiverforening", "Roskilde Universitet",
      "Væksthusets Forskningscenter");

  /** Every organisation that seed 000 really names; anything else reported would be noise. */
  private static final Set<String> SEED_000_GENUINE_ORGANISATIONS = Set.of(
      "KL", "Socialdemokratiet", "ISS Danmark", "Dansk Socialrådgiverforening", "Aalborg Kommune",
      "Esbjerg Kommune", "Væksthusets Forskningscenter", "Roskilde Universitet", "UIM",
      "Udlændinge- og Integrationsministeriet",
      "Styrelsen for International Rekruttering og Integration");

  private record Union(Set<String> people, Set<String> organisations, Set<String> municipalities) {}

  private static Union union(String seed) {
    Union u = new Union(new LinkedHashSet<>(), new LinkedHashSet<>(), new LinkedHashSet<>());
    for (String paragraph : paragraphs(seed)) {
      NamedEntities e = FINDER.find(paragraph);
      u.people().addAll(e.people());
      u.organisations().addAll(e.organisations());
      u.municipalities().addAll(e.municipalities());
    }
    return u;
  }

  @Test
  void seed000FindsTheSpeakersOrganisationsAndMunicipalities() {
    Union u = union(SEED_000);
    for (String person : SEED_000_PEOPLE) {
      assertTrue(u.people().contains(person), "missing person " + person + " in " + u.people());
    }
    for (String org : SEED_000_REQUIRED_ORGANISATIONS) {
      assertTrue(u.organisations().contains(org), "missing organisation " + org + " in " + u.organisations());
    }
    assertTrue(u.municipalities().containsAll(List.of("Aalborg", "Esbjerg")), u.municipalities().toString());
  }

  @Test
  void seed000EntitiesAreFoundOnTheirOwnParagraph() {
    NamedEntities lektor = FINDER.find(paragraphStartingWith(SEED_000, "Lektor Emeritus"));
    assertEquals(List.of("Michael Svendsen Petersen"), lektor.people());
    assertEquals(List.of("Roskilde Universitet"), lektor.organisations());
    assertEquals(List.of(), lektor.municipalities(), "Roskilde is part of the university's name");

    NamedEntities fagfolk = FINDER.find(paragraphStartingWith(SEED_000, "Fagfolk fra Aalborg Kommune"));
    assertEquals(List.of("Aalborg", "Esbjerg"), fagfolk.municipalities());
    assertEquals(List.of(), fagfolk.organisations(), "the municipalities, not organisations too");
    assertEquals(List.of(), fagfolk.people());

    NamedEntities panel = FINDER.find(paragraphStartingWith(SEED_000, "I dagens første programpunkt"));
    assertEquals(
        List.of("Rasmus Stoklund", "Flemming Bendt", "Mads Blistrup", "Thomas Kastrup-Larsen"), panel.people());
    assertEquals(
        List.of("Socialdemokratiet", "ISS Danmark", "Dansk Socialrådgiverforening"), panel.organisations());

    NamedEntities landsmoede = FINDER.find(paragraphStartingWith(SEED_000, "Det årlige"));
    assertEquals(List.of("Thomas Kastrup-Larsen"), landsmoede.people());
    assertEquals(List.of("KL"), landsmoede.organisations());

    NamedEntities forskning = FINDER.find(paragraphStartingWith(SEED_000, "Integrationstræf fik også"));
    assertEquals(List.of("Charlotte Liebak Hansen"), forskning.people());
    assertEquals(List.of("Væksthusets Forskningscenter"), forskning.organisations());

    NamedEntities sociologer = FINDER.find(paragraphStartingWith(SEED_000, "Siden kom sociolog"));
    assertEquals(List.of("Aydin Soei", "Eva Steensig"), sociologer.people());

    NamedEntities minister = FINDER.find(paragraphStartingWith(SEED_000, "Da dagen gik på hæld"));
    assertEquals(List.of("Mattias Tesfaye"), minister.people());
    assertEquals(List.of(), minister.organisations());

    NamedEntities opening = FINDER.find(paragraphStartingWith(SEED_000, "Mere end 400"));
    assertEquals(List.of("KL"), opening.organisations());
    assertEquals(List.of("Odense"), opening.municipalities());
  }

  @Test
  void seed000HasNoFalsePeopleOrOrganisations() {
    List<String> notNames = List.of(
        "LAB", "Lektor", "Emeritus", "Forskningschef", "Integrationstræf", "Danmark",
        "Rushys Roulette", "Ahmed", "Oda", "Baba");
    int people = 0;
    int organisations = 0;
    for (String paragraph : paragraphs(SEED_000)) {
      NamedEntities e = FINDER.find(paragraph);
      people += e.people().size();
      organisations += e.organisations().size();
      for (String notName : notNames) {
        assertFalse(e.people().contains(notName), notName + " tagged as person in: " + paragraph);
        assertFalse(e.organisations().contains(notName), notName + " tagged as organisation in: " + paragraph);
      }
      for (String person : e.people()) {
        for (String title : List.of("Lektor", "Emeritus", "Forskningschef")) {
          assertFalse(person.contains(title), "title left in person name " + person);
        }
      }
      assertFalse(e.people().contains("Socialdemokratiet"), "Socialdemokratiet is a party, not a person");
    }
    Union u = union(SEED_000);
    System.out.printf("Seed 000: %d people (%d distinct) %s%n", people, u.people().size(), u.people());
    System.out.printf("Seed 000: %d organisations (%d distinct) %s%n",
        organisations, u.organisations().size(), u.organisations());
    System.out.printf("Seed 000: municipalities %s%n", u.municipalities());
    assertEquals(Set.copyOf(SEED_000_PEOPLE), u.people(), "people found in seed 000");
    for (String org : u.organisations()) {
      assertTrue(SEED_000_GENUINE_ORGANISATIONS.contains(org), "noise organisation " + org);
    }
    assertEquals(Set.of("Odense", "Aalborg", "Esbjerg"), u.municipalities());
  }

  @Test
  void seed002FindsKasperSonneFaxeAndTheMedicalDoctor() {
    NamedEntities quote = FINDER.find(paragraphStartingWith(SEED_002, "- Det er stigmatiserende"));
    assertEquals(List.of("Kasper Sonne"), quote.people());
    assertEquals(List.of("Center for Familie, Social & Beskæftigelse"), quote.organisations());

    assertEquals(List.of("Kasper Sonne"), FINDER.find(paragraphStartingWith(SEED_002, "Kasper Sonne fortæller")).people());
    assertEquals(List.of("Kasper Sonne"), FINDER.find(paragraphStartingWith(SEED_002, "Men hvad er så")).people());

    NamedEntities faxe = FINDER.find(paragraphStartingWith(SEED_002, "Den hidtil største"));
    assertEquals(List.of("Faxe"), faxe.municipalities());
    assertEquals(List.of(), faxe.organisations());

    NamedEntities doctor = FINDER.find(paragraphStartingWith(SEED_002, "Dagen bød på oplæg"));
    assertEquals(List.of("Mohammad Mahdi Al-karagholi"), doctor.people());
    assertFalse(doctor.organisations().contains("MD"), doctor.organisations().toString());
    assertEquals(List.of(), doctor.organisations(), "Haslev and Irak are places");

    Union u = union(SEED_002);
    assertTrue(u.people().contains("Kasper Sonne"));
    assertTrue(u.municipalities().contains("Faxe"));
    for (String place : List.of("Irak", "Haslev", "Kultunariet", "Danmark", "MD")) {
      assertFalse(u.organisations().contains(place), place + " tagged as organisation");
      assertFalse(u.people().contains(place), place + " tagged as person");
    }
    System.out.printf("Seed 002: people %s, organisations %s, municipalities %s%n",
        u.people(), u.organisations(), u.municipalities());
  }

  @Test
  void oneFinderServesSeveralThreads() throws Exception {
    List<String> all = new ArrayList<>(paragraphs(SEED_000));
    all.addAll(paragraphs(SEED_002));
    List<NamedEntities> sequential = all.stream().map(FINDER::find).toList();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<NamedEntities>>> runs = new ArrayList<>();
      for (int t = 0; t < 16; t++) {
        runs.add(pool.submit(() -> all.stream().map(FINDER::find).toList()));
      }
      for (Future<List<NamedEntities>> run : runs) {
        assertEquals(sequential, run.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
