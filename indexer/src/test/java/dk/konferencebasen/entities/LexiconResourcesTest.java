package dk.konferencebasen.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The word-list resources load and say what the rules rely on. */
class LexiconResourcesTest {
  private static final Lexicon LEXICON = Lexicon.load();

  private static Token word(String text) {
    return new Token(text, 0, text.length(), Token.Kind.WORD, false);
  }

  @Test
  void gazetteerHasThe98MunicipalitiesSince2007() throws IOException {
    List<String> names = ResourceLines.read(MunicipalityGazetteer.RESOURCE);
    assertEquals(98, names.size());
    assertEquals(98, new HashSet<>(names).size(), "duplicate municipality names");
    assertEquals(98, LEXICON.municipalities().size());
    for (String name : List.of("København", "Frederiksberg", "Aarhus", "Odense", "Aalborg", "Esbjerg",
        "Faxe", "Lyngby-Taarbæk", "Ærø", "Læsø", "Vesthimmerland")) {
      assertEquals(name, LEXICON.municipalities().lookup(name).orElseThrow());
    }
    try (InputStream in = MunicipalityGazetteer.class.getResourceAsStream(MunicipalityGazetteer.RESOURCE)) {
      String header = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().findFirst().orElseThrow();
      assertTrue(header.startsWith("#") && header.contains("98") && header.contains("2007"), header);
    }
  }

  @Test
  void gazetteerAcceptsTheGenitive() {
    assertEquals("København", LEXICON.municipalities().lookup("Københavns").orElseThrow());
    assertEquals("Aarhus", LEXICON.municipalities().lookup("Aarhus").orElseThrow());
    assertTrue(LEXICON.municipalities().lookup("Haslev").isEmpty());
  }

  @Test
  void titlesMatchBySuffix() {
    TitleLexicon titles = LEXICON.titles();
    for (String t : List.of("forskningschef", "Lektor", "sociolog", "forfatter", "integrationsminister",
        "integrationsordfører", "centerchef", "direktør", "professor", "borgmester", "rådmand", "konsulent",
        "leder", "formand", "ph.d.-studerende", "PhD.-studerende", "MD", "cand.scient.pol.")) {
      assertTrue(titles.isTitle(word(t)), t);
    }
    for (String notTitle : List.of("Kasper", "Sonne", "Socialrådgiverforening", "KL", "adm.")) {
      assertTrue(!titles.isTitle(word(notTitle)), notTitle);
    }
    assertTrue(titles.isModifier(word("Emeritus")));
    assertTrue(titles.isModifier(word("adm.")));
  }

  @Test
  void organisationHeads() {
    OrganisationLexicon orgs = LEXICON.organisations();
    assertTrue(orgs.head(word("Socialrådgiverforening")).compound());
    assertTrue(orgs.head(word("Forskningscenter")).compound());
    assertTrue(orgs.head(word("Universitets")).possessiveS());
    assertTrue(!orgs.head(word("Kommune")).compound());
    assertNotNull(orgs.head(word("A/S")));
    assertNull(orgs.head(word("Tråd")), "too short to be a compound of -råd");
    assertNull(orgs.head(word("Danmark")));
    assertNull(orgs.head(word("Idrætscenter")), "a venue");
    assertNull(orgs.head(word("Konferencecentret")), "a venue");
    assertNotNull(orgs.head(word("Forskningscenter")));
    assertNull(orgs.head(word("Bestyrelsen")), "a board");
    assertNull(orgs.head(word("Kommunalbestyrelsen")), "a board");
    assertNotNull(orgs.head(word("Socialstyrelsen")));
    assertTrue(orgs.isLead(word("Region")));
    assertTrue(!orgs.isLead(word("Socialrådgiverforening")));
  }

  @Test
  void everyLeadIsAlsoAHead() {
    for (String lead : ResourceLines.read("organisation-leads.txt")) {
      assertNotNull(LEXICON.organisations().head(word(lead)), lead);
    }
  }

  @Test
  void everyLoneNameIsAHead() {
    for (String name : ResourceLines.read("organisation-lone-names.txt")) {
      assertNotNull(LEXICON.organisations().head(word(name)), name);
    }
  }

  @Test
  void acronymsExceptCommonAbbreviationsAreOrganisations() {
    OrganisationLexicon orgs = LEXICON.organisations();
    assertTrue(orgs.isOrganisationAcronym(word("KL’s")));
    assertTrue(orgs.isOrganisationAcronym(word("UIM")));
    assertTrue(!orgs.isOrganisationAcronym(word("PTSD")));
    assertTrue(!orgs.isOrganisationAcronym(word("Kasper")));
    assertTrue(!orgs.isOrganisationAcronym(word("INTEGRATION")));
    for (String notOrganisation : List.of("JUNI", "MAJ", "A1", "C6", "J34", "CO2", "OK21", "VF12", "II", "IV")) {
      assertTrue(!orgs.isOrganisationAcronym(word(notOrganisation)), notOrganisation);
    }
    for (String organisation : List.of("DA", "DI", "FOA", "EU", "DGI")) {
      assertTrue(orgs.isOrganisationAcronym(word(organisation)), organisation);
    }
    // a Danish word in capitals is no acronym by its letters; "LEV", "SIND", "VIVE" and "VIA" are
    // organisations because organisation-names.txt knows them (EntityFinderRulesTest)
    for (String shouted : List.of("PRIS", "TEMA", "LEV", "SIND")) {
      assertTrue(!orgs.isOrganisationAcronym(word(shouted)), shouted);
    }
    for (String known : List.of("LEV", "SIND", "VIVE", "VIA")) {
      assertTrue(LEXICON.knownOrganisations().isNameAlone(known), known);
    }
  }

  @Test
  void wordListsHaveNoDuplicateEntries() {
    for (String file : List.of("titles.txt", "title-modifiers.txt", "degrees.txt", "organisation-heads.txt",
        "organisation-leads.txt", "acronyms-not-organisations.txt", "speech-verbs.txt",
        "sentence-starters.txt", "name-particles.txt", "abbreviations.txt", "talk-words.txt", "programme-breaks.txt",
        "party-letters.txt", "party-heads.txt", "organisation-lone-names.txt", "organisation-names.txt", "first-names.txt", "local-areas.txt", "not-organisation-heads.txt", "places.txt")) {
      List<String> entries = ResourceLines.read(file);
      Set<String> unique = new HashSet<>(entries);
      assertEquals(entries.size(), unique.size(), "duplicates in " + file);
      assertTrue(entries.size() > 0, file);
    }
  }
}
