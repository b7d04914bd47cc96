package dk.konferencebasen.entities;

import dk.konferencebasen.schema.NamedEntities;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** One small hand-written Danish sentence (or two) per rule. */
class EntityFinderRulesTest {
  private static final EntityFinder FINDER = new EntityFinder();

  private static List<String> people(String text) {
    return FINDER.find(text).people();
  }

  private static List<String> organisations(String text) {
    return FINDER.find(text).organisations();
  }

  private static List<String> municipalities(String text) {
    return FINDER.find(text).municipalities();
  }

  @Test
  void emptyTextHasNoEntities() {
    assertSame(NamedEntities.NONE, FINDER.find(""));
    assertSame(NamedEntities.NONE, FINDER.find("  \n "));
    assertSame(NamedEntities.NONE, FINDER.find(null));
  }

  @Nested
  class ProgrammeLines {
    @Test
    void theNameAfterAProgrammesVedIsAPerson() {
      assertEquals(List.of("Mette Hansen"), people("Oplæg ved Mette Hansen, Aarhus Kommune"));
      assertEquals(List.of("Jens Nytoft Rasmussen"), people("17.30 Indlæg v/ Jens Nytoft Rasmussen"));
      assertEquals(List.of("Peter Jon Larsen"), people("12.15 Velkomst v./ Peter Jon Larsen"));
      assertEquals(List.of("Kasper Fogh"), people("10.05 Dagens program\nv. konferencier Kasper Fogh."));
      assertEquals(List.of("Brita Kvist Hansen"), people("Moderator: Brita Kvist Hansen"));
      assertEquals(List.of("Ulvhild Snorresdatter"), people(" • Trivsel i udskolingen ved Ulvhild Snorresdatter"),
          "a list item's topic closed by who gives it");
      assertEquals(List.of("Gunnvor Lie"), people(" • Formand for undervisningsudvalget Gunnvor Lie, Danmarks Lærerforening"),
          "the title of a body written in small letters");
      assertEquals(List.of(), people("Direktøren for el-virksomheden SIF-Gruppen sagde det."), "… before a name, not a company");
      assertEquals(List.of("Gunnvor Lie"), people("Kontaktperson: Gunnvor Lie, 4848 2692"), "a role as the line's label");
      assertEquals(List.of("Gunnvor Lie", "Ulvhild Snorresdatter"),
          people("Oplæg ved prof. Gunnvor Lie og gdr. Ulvhild Snorresdatter, Landbrugsraadet"), "abbreviated titles");
      assertEquals(List.of("Gunnvor Lie"), people("10.00: Kunsten og dannelsen ved skuespiller Gunnvor Lie"),
          "an artist's trade is a title too");
      assertEquals(List.of("Sarah Lunar", "Ulvhild Snorresdatter"),
          people("Sarah Lunar (CFBU) og Ulvhild Snorresdatter (CFBU) lægger op til drøftelser"),
          "a second name written as the first, with its own organisation in brackets");
      assertEquals(List.of("Elisa Rimpler", "Annegrete Juul"),
          people("Paneldebat med Elisa Rimpler (BUPL), Annegrete Juul (KP) og flere."), "after a comma too");
      assertEquals(List.of("Ulvhild Snorresdatter", "Mads Holm"),
          people("10.00-10.30: Ulvhild Snorresdatter i samtale med Mads Holm"), "one who talks with someone is a person");
    }

    @Test
    void vedAsAPrepositionOfPlaceIsNoCue() {
      assertEquals(List.of(), people("Vi mødtes i huset ved Kolding Fjord."));
      assertEquals(List.of(), people("- Vi mødes ved Gammel Torv."), "a list item may end at a square");
      assertEquals(List.of("Hans V. Nielsen"), people("Oplægget holdt direktør Hans V. Nielsen."), "a middle initial V. is no v.");
    }

    @Test
    void aNounInTheDefiniteFormIsNoSurname() {
      assertEquals(List.of("Erik Lindgren", "Mette Holm"),
          people("Turen ledes af Erik Lindgren Skoven rundt, og Mette Holm Forsker-priserne overrakte."));
      assertEquals(List.of("Ninna Hedager Olsen", "Peter Lund Madsen"), people("Oplæg ved Ninna Hedager Olsen og Peter Lund Madsen."),
          "a surname in -sen only looks like one");
    }

    @Test
    void aKingsOrAQueensNumberBelongsToTheName() {
      assertEquals(List.of("Christian IV", "Margrethe II"), people("Foredraget handler om Christian IV og om Dronning Margrethe II."));
      assertEquals(List.of(), people("Kapitel IV handler om byen."), "a number after no first name");
    }

    @Test
    void initialsOrAFirstNameCutShortOpenAName() {
      assertEquals(List.of("N.F.S. Grundtvig", "K. E. Løgstrup"), people("Han læste N.F.S. Grundtvig og K. E. Løgstrup i sommer."));
      assertEquals(List.of("Johs. Snorresdatter"), people("Om foredraget skriver Johs. Snorresdatter: Jeg har forsket."));
      assertEquals(List.of(), people("Mødet er på H.C. Andersens Boulevard."), "a place named after a person");
      assertEquals(List.of(), people("Programmet: A. Velkomst og B. Workshop om skoven."), "a list's letters are no initials");
      assertEquals(List.of("Mary"), people("Prisen blev overrakt af H.K.H. Kronprinsesse Mary i går."), "the royal house's titles");
    }
  }

  @Nested
  class TitlesBeforeAName {
    @Test
    void lowerCaseTitleBeforeTheName() {
      assertEquals(List.of("Anne Mette Jensen"), people("Mødet blev åbnet af borgmester Anne Mette Jensen."));
      assertEquals(List.of("Aydin Soei"), people("Siden talte sociolog og forfatter Aydin Soei om tillid."));
    }

    @Test
    void compoundTitlesMatchBySuffix() {
      assertEquals(List.of("Hanne Holm"), people("Det sagde beskæftigelsesminister Hanne Holm i går."));
      assertEquals(List.of("Ole Bak"), people("Besøg af social- og boligminister Ole Bak."));
      assertEquals(List.of("Lise Dam"), people("Derefter talte integrationsordfører Lise Dam."));
      assertEquals(List.of("Per Kjær"), people("Oplægget kom fra kommunaldirektør Per Kjær."));
      assertEquals(List.of("Margrethe Vestager"), people("Næste år kommer EU-kommissær Margrethe Vestager."));
      assertEquals(List.of("Peter Lund"), people("Vi hørte fra adm. direktør Peter Lund."));
    }

    @Test
    void sentenceInitialTitlesAreStrippedFromTheName() {
      assertEquals(List.of("Lars Nielsen"), people("Professor Lars Nielsen talte om sprog."));
      assertEquals(List.of("Inge Lind"), people("Lektor Emeritus Inge Lind, Aarhus Universitet, talte."));
      assertEquals(List.of("Sara Ali"), people("Ph.d.-studerende Sara Ali fortalte om sin forskning."));
    }

    @Test
    void degreesAreTitlesNotOrganisations() {
      NamedEntities e = FINDER.find("Vi hørte et oplæg fra MD, PhD.-studerende Sara Ali om sundhed.");
      assertEquals(List.of("Sara Ali"), e.people());
      assertEquals(List.of(), e.organisations());
    }

    @Test
    void aTitleWithoutANameTagsNothing() {
      assertEquals(NamedEntities.NONE, FINDER.find("Borgmester og direktør talte begge."));
    }
  }

  @Nested
  class CuesAfterAName {
    @Test
    void aTitleWithAPartyLetterIsNoName() {
      assertEquals(List.of("Annette Lind"), people("MF Annette Lind, Børne- og Undervisningsordfører (S)"));
    }

    @Test
    void aPartyLetterOrAPartyInBracketsAfterAFullName() {
      assertEquals(List.of("Karin Friis Bach", "Jørgen Winther"),
          people("Deltagere: Karin Friis Bach (R) og Jørgen Winther (V) fra regionsrådene."));
      assertEquals(List.of("Stephan Kleinschmidt"), people("Stephan Kleinschmidt (Slesvigsk Parti) om kulturkompasset"));
      assertEquals(List.of("Steen B. Andersen"), people("Steen B. Andersen (A), formand for foreningen, lægger op til debat."));
      assertEquals(List.of(), people("Dansk Ungdoms Fællesråd (DUF) holdt møde."), "an acronym in brackets is no party");
    }

    @Test
    void aTitleInBracketsOrRightAfterTheName() {
      assertEquals(List.of("Heino Knudsen"), people("Debat med Heino Knudsen (regionsrådsformand, Region Sjælland)."));
      assertEquals(List.of("Mette Højborg"), people("Mette Højborg CEO i Capital of Children fortæller om byen."));
      assertEquals(List.of("Noa Redington"), people("Noa Redington, politisk kommentator og journalist"));
      assertEquals(List.of(), people("Vejle Bibliotekerne, et godt sted for alle"));
    }

    @Test
    void aTitleAfterIsOrWho() {
      assertEquals(List.of("Klaus Larsen"), people("Klaus Larsen er journalist ved bladet og forfatter."));
      assertEquals(List.of("Laura Lundy"), people("Herefter tog Laura Lundy, der er professor i børns rettigheder, ordet."));
      assertEquals(List.of(), people("Roskilde Festival er en stor begivenhed."));
    }

    @Test
    void aCapitalisedTitleAfterAFullNameIsNoPartOfIt() {
      assertEquals(List.of("Alexander Karl Lehmann"), people("Alexander Karl Lehmann Sundhedskonsulent: forvaltningen."));
      assertEquals(List.of("Mette-Marie Harild"), people("Mette-Marie Harild, Vice President, North East Europe"));
      assertEquals(List.of(), people("Corporate Vice President of the Year"), "not a name before the title");
      assertEquals(List.of("Henning Hede Riistofte"), people("Henning Hede Riistofte, Børn- og Ungechef i kommunen"));
    }

    @Test
    void aBylineOrAPhotoCredit() {
      assertEquals(List.of("Jan Løfberg"), people("Af Jan Løfberg"));
      assertEquals(List.of("Mathias Olander"), people("Foto: Mathias Olander"));
      assertEquals(List.of(), people("Af Aarhus Universitet"), "an organisation as the author");
      assertEquals(List.of(), people("Af Tjalfe Løfberg og redaktionen"), "a byline is the name alone on its line");
    }

    @Test
    void aPartysCandidateListedAfterThePartysName() {
      assertEquals(List.of("Orla Hav", "Jeppe Fransson"),
          people(" •  Socialdemokratiet: Orla Hav\n •  Radikale Venstre: Jeppe Fransson\n •  Liberal Alliance: repræsentant"));
      assertEquals(List.of(), people("Sted: Remisen Brande"), "a practical label is no party");
    }

    @Test
    void aProgrammesVedBeforeARoleAndTheName() {
      assertEquals(List.of("Lone Hansen"), people("11.30 : Indlæg ved bruger Lone Hansen, Odense"));
      assertEquals(List.of("Poul Nyrup Rasmussen"), people("10.15 : Tale ved tidligere statsminister, Poul Nyrup Rasmussen"));
    }

    @Test
    void aTalksWordAsTheLinesLabelBeforeANameSetOffFromWhatFollows() {
      assertEquals(List.of("Noemi Katznelson"), people("12:15 Keynote: Noemi Katznelson (DK)"));
      assertEquals(List.of(), people("Keynote: Future Cities"), "a title after the label");
    }

    @Test
    void aProgrammesSlashVedNamesThePresenter() {
      assertEquals(List.of("Jørgen Ørgaard"), people("• Samarbejde på tværs af landsbyer V/ Jørgen Ørgaard, Landsbyklyngen Mols"));
      assertEquals(List.of(), people("Vi bor tæt ved Kolding Fjord, hvor vandet er roligt."));
    }

    @Test
    void aNameThatOpensAProgrammeSlotBeforeItsTitle() {
      assertEquals(List.of("Jonas Christoffersen"), people("9.30-10.00: Jonas Christoffersen – Den juridiske udvikling"));
      assertEquals(List.of("Stig Jørgensen"), people("09:02 Stig Jørgensen, MVA, fremlægger konklusionerne"));
      assertEquals(List.of(), people("13.00-13.50: Idrættens IdéLAB – frivillighed"), "a title in title case is no name");
    }

    @Test
    void theOtherLinesOfAListOfPeopleNamePeopleToo() {
      String speakers = "Mette Kierkgaard, ældreminister\nBjarne Laustsen, Socialdemokratiet\n"
          + "Jens Henrik Thulesen Dahl, Danmarks Demokraterne\nMette Dalsgaard, COO, Cepos";
      assertEquals(List.of("Mette Kierkgaard", "Bjarne Laustsen", "Jens Henrik Thulesen Dahl", "Mette Dalsgaard"), people(speakers));
      assertEquals(List.of(), people("Vejle Centrum, parkering\nGrønne Hus, indgang B\nStore Sal, 2. sal"),
          "no line names a person, so the list is of something else");
      assertEquals(List.of("Joy Mogensen", "Morten Messerschmidt", "Christine Buhl Andersen", "Kasper Holten"),
          people("Runde 1: Bredden og eliten\nPå scenen:\nJoy Mogensen\nMorten Messerschmidt\nChristine Buhl Andersen\nKasper Holten\n"
              + "Folkemødets Hovedscene"),
          "names alone on their lines, not a place named with words");
    }

    @Test
    void commaAndTitleAfterAName() {
      assertEquals(List.of("Jens Ravn"), people("Derefter talte Jens Ravn, centerchef for et jobcenter."));
      assertEquals(List.of("Kasper Sonne"), people("Kasper Sonne, formand for udvalget, åbnede dagen."));
    }

    @Test
    void ageAfterAName() {
      assertEquals(List.of("Mette Holm"), people("Hun hedder Mette Holm, 45 år, og bor i byen."));
    }

    @Test
    void speechVerbsMarkPeople() {
      assertEquals(List.of("Kasper Sonne"), people("- Det går godt, siger Kasper Sonne."));
      assertEquals(List.of("Anne Dahl"), people("Anne Dahl fortæller, at det går godt."));
      assertEquals(List.of("Kasper Sonne"), people("Det er svært, lyder det fra Kasper Sonne."));
      assertEquals(List.of(), people("Han fortæller, at det går godt."));
      assertEquals(List.of("Jens Holm"), people("Derefter talte Jens Holm om sprog."));
    }

    @Test
    void aOneWordNameAfterASpeechVerbOnlyAtTheEndOfTheClause() {
      assertEquals(List.of("Sonne"), people("- Det går godt, siger Sonne."));
      assertEquals(List.of(), people("I dag siger Danmark nej til forslaget."));
    }

    @Test
    void nameFromAnOrganisation() {
      NamedEntities e = FINDER.find("Dagen sluttede med Pia Olsen Dyhr fra KL.");
      assertEquals(List.of("Pia Olsen Dyhr"), e.people());
      assertEquals(List.of("KL"), e.organisations());
      assertEquals(List.of("Spejderne"), organisations("Oplæg i plenum ved Erik Friis fra Spejderne samt workshops."),
          "one word after 'fra' is a body when it is not a place");
      assertEquals(List.of("Fynbus"), organisations("Hvordan sikres sammenhængen?, v/ Carsten Hyldborg, Fynbus"));
      assertEquals(List.of(), organisations("Oplæg ved Jens Jensen fra Ullerslev og Karen Holm fra Irak."),
          "a town's or a country's name after 'fra' is where the person comes from");
      assertEquals(List.of(), organisations("Foredrag ved Karen Holm, Haslev"));
    }

    @Test
    void coordinatedNamesShareTheKind() {
      assertEquals(List.of("Anders Lund", "Birgit Holm"),
          people("Panelet bestod af borgmester Anders Lund og Birgit Holm."));
    }
  }

  @Nested
  class OrganisationPatterns {
    @Test
    void policeDistrictsDiocesesAndNewspapersAreBodies() {
      assertEquals(List.of("Københavns Politi"), organisations("Politidirektøren fortalte om Københavns Politis organisation."));
      assertEquals(List.of("Fyens Stift"), organisations("Alle ansatte ved kirkerne i Fyens Stift er velkomne."));
      assertEquals(List.of("Fagbladet FOA"), organisations("Fagbladet FOAs Facebook-profil viser flere fotos."),
          "the name ends in its genitive");
      assertEquals(List.of("Kristeligt Dagblad"), organisations("Det skriver Kristeligt Dagblad i dag."));
      assertEquals(List.of("Lill Palmblad"), people("• Stress, forebyggelse og tryghed ved Lill Palmblad"), "'-blad' ends surnames too");
    }

    @Test
    void whoWorksWithOthersArrangesOrInvitesIsABody() {
      assertEquals(List.of("Psykinfo"), organisations("I samarbejde med Psykinfo i Næstved holder biblioteket dialogcafé."));
      assertEquals(List.of("Grøn Energi"), organisations("Branchen holdt møde i samarbejde med Grøn Energi i København."));
      assertEquals(List.of("Dragør Erhverv"), organisations("Derfor inviterer Dragør Erhverv til temaaften, og Dragør Erhverv inviterer alle."));
      assertEquals(List.of("Socialstyrelsen"), organisations("Konferencen er arrangeret af Socialstyrelsen."));
      assertEquals(List.of(), organisations("Camilla Fabricius inviterer til debat om psykiatrien."), "a first name opens a person's name");
      assertEquals(List.of(), organisations("Storkøbenhavn og Nordsjælland inviterer."), "a part of Denmark is no body");
      assertEquals(List.of("Fonden Ensomme Gamles Værn"),
          organisations("Projektet er støttet af Fonden Ensomme Gamles Værn og udføres i tæt samarbejde med Fonden."),
          "a bare head is the body named before");
    }

    @Test
    void whereATitleIsHeldEndsBeforeTheSentenceGoesOn() {
      assertEquals(List.of("Timegruppen"), organisations("Jens Sørensen er koncernchef i Timegruppen og formand for klubben."));
      assertEquals(List.of(), organisations("Hun er direktør i Landbrug og Fødevarer."), "'og' and a capital: the name goes on past the run");
    }

    @Test
    void aCouncilWithoutItsOwnerIsNoName() {
      assertEquals(List.of(), organisations("Nu sætter Byrådet yderligere fokus på frivilligheden."));
      assertEquals(List.of("Aarhus Byråd"), organisations("Det har Aarhus Byråd besluttet."));
    }

    @Test
    void aFieldInTheIndefiniteAfterOgGoesOnWithTheName() {
      assertEquals(List.of("Institut for Geovidenskab og Naturforvaltning"),
          organisations("Oplæg ved Sandra Gentin fra Institut for Geovidenskab og Naturforvaltning i går."));
      assertEquals(List.of("Center for Handicap", "Socialstyrelsen"),
          organisations("Et samarbejde mellem Center for Handicap og Socialstyrelsen om børn."), "a body is named in the definite");
    }

    @Test
    void aBranchOrWhereABodyIsOneIsPartOfItsName() {
      assertEquals(List.of("DGI Midt- og Vestsjælland"), organisations("Workshop ved Steen Ulrik Hansen fra DGI Midt- og Vestsjælland."));
      assertEquals(List.of("Microsoft Danmark"), organisations("Den 2. november samlede Microsoft Danmark branchefolk."));
      assertEquals(List.of("Foreningen af Lystbådehavne i Danmark"),
          organisations("Kl. 14.10: Tale fra Foreningen af Lystbådehavne i Danmark om havnene."));
      assertEquals(List.of("Radikale Venstre i Aarhus"), organisations("Mødet holdes af Radikale Venstre i Aarhus i aften."));
      assertEquals(List.of("University College Lillebælt"), organisations("Hun underviser på University College Lillebælt i Odense."),
          "an institution's town is where it is");
    }

    @Test
    void aBranchNamedByAPartOfDenmarkIsPartOfTheName() {
      assertEquals(List.of("FGU Vestegnen"), organisations("Mandag inviterer FGU Vestegnen og syv kommuner til konference."));
    }

    @Test
    void aChairOfABodyNamesItButADirectorForAFieldDoesNot() {
      NamedEntities found = FINDER.find("Klokken 15 vil formanden for Frivillig Forum Bornholm, Steffen Gerdes, byde velkommen.");
      assertEquals(List.of("Frivillig Forum Bornholm"), found.organisations());
      assertEquals(List.of("Steffen Gerdes"), found.people());
      assertEquals(List.of(), organisations("Oplæg ved Erik Hansen, direktør for Sociale forhold og Beskæftigelse."));
      assertEquals(List.of(), organisations("Oplæg ved minister for Ældre Mette Kierkgaard."));
    }

    @Test
    void aNameAfterAPersonAndACommaWithoutAFirstNameIsWhereThePersonWorks() {
      NamedEntities found = FINDER.find("Oplæg ved Mette Risager, Risager Consult og Anita Pedersen, Guldborgsund Kommune.");
      assertEquals(List.of("Mette Risager", "Anita Pedersen"), found.people());
      assertEquals(List.of("Risager Consult"), found.organisations());
      assertEquals(List.of("Anne Holm", "Jens Hansen", "Ole Bak"), people("Panelet: Anne Holm, Jens Hansen og Ole Bak."));
    }

    @Test
    void aLocalCouncilsOrAssociationsNameSaysWhereItIsOne() {
      NamedEntities found = FINDER.find("Anders J. Andersen, formand for Handicaprådet i Københavns Kommune, og Lisbeth Trinskjær, "
          + "formand for Folkehøjskolernes Forening i Danmark, talte med Danske Handicaporganisationer i Sorø.");
      assertEquals(List.of("Handicaprådet i Københavns Kommune", "Folkehøjskolernes Forening i Danmark",
          "Danske Handicaporganisationer i Sorø"), found.organisations());
      assertEquals(List.of("København", "Sorø"), found.municipalities(), "the place in the name is still named");
      assertEquals(List.of("University College Lillebælt"), organisations("Hun underviser på University College Lillebælt i Odense."),
          "an institution's town is where it is");
    }

    @Test
    void capitalsAndDigitsAreACodeUnlessKnownByName() {
      assertEquals(List.of("3F", "TV2"), organisations("Debatten om CO2 og OK21 blev sendt af 3F og TV2."));
    }

    @Test
    void aMuseumOrLibraryWhereTheMeetingIsIsAVenue() {
      assertEquals(List.of(), organisations("Debatten holdes i Arbejdermuseet den 30. oktober."));
      assertEquals(List.of(), organisations("Vi mødes på Hovedbiblioteket i Birkerød kl. 19."));
      assertEquals(List.of(), organisations("Ledermødet holdes i Odense Mødecenter, Buchwaldsgade 48."));
      assertEquals(List.of("Nationalmuseet"), organisations("Oplæg ved Per Kristian Madsen, Nationalmuseet, om fund."));
      assertEquals(List.of("Nationalmuseet"), organisations("Oplæg ved Anne Holm, forsker på Nationalmuseet."));
    }

    @Test
    void whereAListedPersonWorksAfterTheRoleOrAtTheEndOfTheLine() {
      assertEquals(List.of("Cepos"), organisations("Mette Dalsgaard, COO, Cepos"));
      assertEquals(List.of("Meyers Madhus"), organisations("Dorthe Pedersen, direktør, moderator, Meyers Madhus"));
      assertEquals(List.of("Danske Fysioterapeuter"), organisations("Formand Niels Sandø, Danske Fysioterapeuter"));
      assertEquals(List.of(), organisations("Formand Jens Jensen, Haslev"), "one word at the end of the line may be a town");
    }

    @Test
    void nationalBodiesAcronymsInTheGenitiveAndFolketinget() {
      assertEquals(List.of("Danske Regioner", "Dansk Firmaidræt"),
          organisations("Et samarbejde mellem Danske Regioner og Dansk Firmaidræt om sundhed."));
      assertEquals(List.of("FN"), organisations("Oplægget handlede om FNs verdensmål."));
      assertEquals(List.of("Folketinget"), organisations("Konferencen holdes i Folketinget i januar."));
    }

    @Test
    void whereATitleIsHeld() {
      assertEquals(List.of("Wuxus"), organisations("Karsten W. Kjær, administrerende direktør i Wuxus fortalte om det."));
      assertEquals(List.of("Cepos"), organisations("Mads Lundby, cheføkonom hos Cepos"));
      assertEquals(List.of(), organisations("Hun er professor i Aarhus."), "a municipality is a place");
      assertEquals(List.of(), organisations("Hun er minister for By, Bolig og Landdistrikter."), "a portfolio");
    }

    @Test
    void partiesSpelledOutAndALeadHeadWithItsAcronym() {
      assertEquals(List.of("Venstre", "Alternativet", "Danmarksdemokraterne"),
          organisations("Debat mellem Venstre, Alternativet og Danmarksdemokraterne om ældreplejen."));
      assertEquals(List.of("Landsforeningen LEV"), organisations("Oplæg ved formanden for Landsforeningen LEV om inklusion."));
    }

    @Test
    void aShoutedWordIsNoAcronym() {
      assertEquals(List.of(), organisations("Program for 14. APRIL og AUGUST"));
      assertEquals(List.of("VIVE"), organisations("Oplæg ved en forsker fra VIVE om anbragte børn."), "four letters stay an acronym");
    }

    @Test
    void committeesNetworksAndThinkTanksAreOrganisations() {
      assertEquals(List.of("Sundhedsudvalget", "Kultur- og Fritidsudvalget"),
          organisations("Formand for Sundhedsudvalget Hanne Simonsen og Kultur- og Fritidsudvalget deltog."));
      assertEquals(List.of("Kommunernes Klimapolitiske Netværk"), organisations("Kommunernes Klimapolitiske Netværk er et forum."));
      assertEquals(List.of("Tænketanken Cevea"), organisations("Vi mødte Tænketanken Cevea i går."));
      assertEquals(List.of(), organisations("Vi har et godt netværk i byen. Netværket mødes hver uge."), "a common noun");
    }

    @Test
    void anInstitutionNameKeepsItsArticle() {
      assertEquals(List.of("Det Centrale Handicapråd"), organisations("Arrangør: Det Centrale Handicapråd."));
      assertEquals(List.of("Det Nationale Forsknings- og Analysecenter for Velfærd"),
          organisations("Det Nationale Forsknings- og Analysecenter for Velfærd har skrevet rapporten."));
      assertEquals(List.of(), organisations("Det Store Spørgsmål er stillet."), "no head word, no name");
    }

    @Test
    void personFromOrganisation() {
      NamedEntities e = FINDER.find("Oplægget blev holdt af konsulent Lise Berg fra Dansk Flygtningehjælp.");
      assertEquals(List.of("Lise Berg"), e.people());
      assertEquals(List.of("Dansk Flygtningehjælp"), e.organisations());
    }

    @Test
    void oneWordAfterFraIsAPlaceNotAnOrganisation() {
      NamedEntities e = FINDER.find("Vi hørte konsulent Lise Berg fra Irak.");
      assertEquals(List.of("Lise Berg"), e.people());
      assertEquals(List.of(), e.organisations());
    }

    @Test
    void personCommaOrganisationComma() {
      NamedEntities e = FINDER.find("I panelet sad ordfører Karin Due, Venstre, og andre.");
      assertEquals(List.of("Karin Due"), e.people());
      assertEquals(List.of("Venstre"), e.organisations());
    }

    @Test
    void organisationCommaPerson() {
      NamedEntities e = FINDER.find("Panelet bestod af Aarhus Universitet, Sofie Kjær, og KL.");
      assertEquals(List.of("Sofie Kjær"), e.people());
      assertEquals(List.of("Aarhus Universitet", "KL"), e.organisations());
      assertEquals(List.of(), e.municipalities(), "Aarhus is part of the university's name");
    }

    @Test
    void titleForOrganisationThenName() {
      NamedEntities e = FINDER.find("Ordet gik til direktør i Novo Nordisk A/S, Lars Jensen, som takkede.");
      assertEquals(List.of("Lars Jensen"), e.people());
      assertEquals(List.of("Novo Nordisk A/S"), e.organisations());
    }

    @Test
    void aRunSplitsAfterTheOrganisationHead() {
      NamedEntities e = FINDER.find("Ordet gik til formand for Dansk Sygeplejeråd Grete Christensen.");
      assertEquals(List.of("Dansk Sygeplejeråd"), e.organisations());
      assertEquals(List.of("Grete Christensen"), e.people());
    }

    @Test
    void leadHeadsTakeTheNextWord() {
      assertEquals(List.of("Region Hovedstaden", "Jobcenter Vest"),
          organisations("Projektet drives af Region Hovedstaden og Jobcenter Vest."));
    }

    @Test
    void headsWithForContinuation() {
      assertEquals(List.of("Center for Familie, Social & Beskæftigelse"),
          organisations("Han er leder af Center for Familie, Social & Beskæftigelse i kommunen."));
      assertEquals(List.of("Styrelsen for International Rekruttering og Integration"),
          organisations("Styrelsen for International Rekruttering og Integration udgiver et nyhedsbrev."));
    }

    @Test
    void suspendedCompoundsAndParties() {
      assertEquals(List.of("Udlændinge- og Integrationsministeriet", "Socialdemokratiet"),
          organisations("Det oplyser Udlændinge- og Integrationsministeriet. Socialdemokratiet er enig."));
      assertEquals(List.of("Social-, Bolig- og Ældreministeriet"),
          organisations("Sagen ligger hos Social-, Bolig- og Ældreministeriet nu."), "a comma list of suspended compounds");
      assertEquals(List.of("Plan-, integrations-, og Tryghedsudvalget", "Klima-, Teknik-, og Miljøudvalget"),
          organisations("Velkomst ved formændene for Plan-, integrations-, og Tryghedsudvalget samt Klima-, Teknik-, og Miljøudvalget"),
          "a comma before 'og', and a part in small letters");
    }

    @Test
    void aBareHeadWithForAndSmallLettersIsAnOfficialName() {
      assertEquals(List.of("Udvalget for levedygtige landsbyer"),
          organisations("Der vil være oplæg om Udvalget for levedygtige landsbyer, som er nedsat af forligskredsen."));
      assertEquals(List.of("Center for landdistriktsforskning"),
          organisations("Oplæg ved Anne Holm, Center for landdistriktsforskning."));
      assertEquals(List.of(), organisations("Iben Nørup, Post Doc, PhD."), "a role after a name is no organisation");
    }

    @Test
    void schoolsAndUnionsAreOrganisations() {
      assertEquals(List.of("Nørre Alslev Skole", "Viborg Gymnasium", "Holbæk Idrætsunion"),
          organisations("Elever fra Nørre Alslev Skole og Viborg Gymnasium mødte Holbæk Idrætsunion."));
    }

    @Test
    void possessiveOfAnOrganisation() {
      assertEquals(List.of("Roskilde Universitet"), organisations("Det viser Roskilde Universitets forskning."));
    }

    @Test
    void loneHeadWordsAreCommonNouns() {
      assertEquals(List.of(), organisations("Rådet mødes i morgen. Foreningen har travlt."));
    }
  }

  @Nested
  class FirstNamesOpenNames {
    @Test
    void aRunOpeningWithAFirstNameIsAPerson() {
      assertEquals(List.of("Søren Engelbrecht"), people("Dagen sluttede med Søren Engelbrecht og en sang."));
      assertEquals(List.of("Carl-Johan Dalgaard", "Lars Løkke Rasmussen"),
          people("Carl-Johan Dalgaard og Lars Løkke Rasmussen var i panelet."));
    }

    @Test
    void aFirstNameThatIsAlsoAWordOpensANameThatIsItsLineOrSetOffByAComma() {
      assertEquals(List.of("Anders Sahl Hansen"), people("Anders Sahl Hansen"));
      assertEquals(List.of("Bo Fristed"), people("Bo Fristed, Chief Innovation Officer i Aarhus Kommune"));
      assertEquals(List.of(), people("Hans Ferie blev aflyst i år."), "at a sentence's start, with more after it, the word is the word");
    }

    @Test
    void aNameClosingAnOrganisationsRunIsAPersonOfItsOwn() {
      NamedEntities found = FINDER.find("Oplæg: Center for Daginstitutionsforskning Mette Hansen om børn.");
      assertEquals(List.of("Mette Hansen"), found.people());
      assertEquals(List.of("Center for Daginstitutionsforskning"), found.organisations());
      assertEquals(List.of("Søren Engelbrecht"), people("Med på scenen var Direktionen Søren Engelbrecht."));
      assertEquals(List.of("Anne Mette Hansen"), people("Med på scenen var Anne Mette Hansen."), "two first names");
    }

    @Test
    void aNameInTheGenitiveLosesItsS() {
      assertEquals(List.of("Lars Mejlbye"), people("Derefter fulgte Lars Mejlbyes indlæg om byen."));
      assertEquals(List.of("Mette Frederiksen"), people("Det blev Mette Frederiksens tale."));
      assertEquals(List.of("Peter Thomas"), people("Bagefter fortalte Peter Thomas om byen."));
      assertEquals(List.of("Mads Andreas"), people("Med på scenen var Mads Andreas fortalte de."));
    }

    @Test
    void aPlaceIsNoPersonWhateverTheCue() {
      assertEquals(List.of(), people("Moderator: Aalborg Rådhus"));
      assertEquals(List.of("Lise Holbæk"), people("Moderator: Lise Holbæk"));
    }

    @Test
    void aMiddleInitialKeepsTheName() {
      assertEquals(List.of("Lars B. Andersen"), people("Han mødte Lars B. Andersen."));
      assertEquals(List.of("Per B. Christensen"), people("Mødet blev ledet af Per B. Christensen i går."));
      assertEquals(List.of(), people("Han mødte A. B. i går."), "initials alone are no name");
    }

    @Test
    void aNameListedAmongPeopleIsAPerson() {
      NamedEntities found = FINDER.find("Bagerst fra venstre: Inge Rasmussen, Jette Vika Jørgensen, Nana Højlund Skjødt og Andreas Lyng Pedersen");
      assertEquals(List.of("Inge Rasmussen", "Jette Vika Jørgensen", "Nana Højlund Skjødt", "Andreas Lyng Pedersen"), found.people());
      assertEquals(List.of(), found.organisations());
      assertEquals(List.of("Rasmus Stoklund", "Socialdemokratiet"),
          List.of(people("Oplæg ved Rasmus Stoklund, Socialdemokratiet, og debat").get(0), organisations("Oplæg ved Rasmus Stoklund, Socialdemokratiet, og debat").get(0)),
          "a name and its party is no list of people");
    }

    @Test
    void aFirstNameThatIsAWordFirstInASentenceIsNoCue() {
      assertEquals(List.of(), people("Hans Bog om Danmark udkom i år."));
    }
  }

  @Nested
  class OrganisationsKnownByName {
    @Test
    void aKnownNameIsAnOrganisationWithoutAnyCue() {
      assertEquals(List.of("Novo Nordisk", "Landbrug & Fødevarer"),
          organisations("Debatten havde deltagere fra Novo Nordisk og Landbrug & Fødevarer."));
      assertEquals(List.of(), people("Debatten havde deltagere fra Novo Nordisk og Landbrug & Fødevarer."));
    }

    @Test
    void itsGenitiveNamesIt() {
      assertEquals(List.of("Dansk Erhverv"), organisations("Dansk Erhvervs direktør åbnede mødet."));
      assertEquals(List.of("3F"), organisations("Det blev 3F’s sag."));
    }

    @Test
    void aPersonNextToItIsStillFound() {
      NamedEntities found = FINDER.find("Med i panelet var Tryg og direktør Mette Hansen fra Dansk Erhverv.");
      assertEquals(List.of("Tryg", "Dansk Erhverv"), found.organisations());
      assertEquals(List.of("Mette Hansen"), found.people());
    }

    @Test
    void twoNamesJoinedByASlash() {
      assertEquals(List.of("Idrættens Analyseinstitut", "Videncenter for Folkeoplysning"),
          organisations("Oplæg ved Idrættens Analyseinstitut/Videncenter for Folkeoplysning om foreningslivet."));
      assertEquals(List.of("Novo Nordisk A/S"), organisations("Hun kom fra Novo Nordisk A/S i går."));
    }

    @Test
    void anAssociationOfItsMembers() {
      assertEquals(List.of("Foreningen af Pensionerede Læger"), organisations("Mødet holdes af Foreningen af Pensionerede Læger i Odense."));
      assertEquals(List.of("Landsforeningen af Ungdomsskoleledere"), organisations("Hun er formand for Landsforeningen af Ungdomsskoleledere."));
      assertEquals(List.of("Organisationen af Danske Museer"), organisations("Oplæg fra Organisationen af Danske Museer i dag."));
      assertEquals(List.of(), organisations("Organisationen holder møde i morgen."), "alone it is the organisation, no name");
      assertEquals(List.of("Foreningen Viden om Skovbrug"), organisations("Det sker, når Foreningen Viden om Skovbrug inviterer."),
          "a lead word and its name take the continuation along");
    }

    @Test
    void aConjunctOpeningWithAFirstNameOrAHeadIsAnotherName() {
      NamedEntities found = FINDER.find("Oplæg ved Gunnvor Lie fra Organisationen af Danske Museer og Mette Holm.");
      assertEquals(List.of("Organisationen af Danske Museer"), found.organisations());
      assertEquals(List.of("Gunnvor Lie", "Mette Holm"), found.people());
      assertEquals(List.of("Institut for Psykologi", "Center For Psykisk Sundhed"),
          organisations("Oplæg fra Institut for Psykologi og Center For Psykisk Sundhed i Odense."));
      assertEquals(List.of("Institut for Geovidenskab og Naturforvaltning"),
          organisations("Institut for Geovidenskab og Naturforvaltning holder møde."), "a field after og goes on");
    }

    @Test
    void folketingetAtASentencesStartOrInTheGenitiveAndFacultiesAndLibraries() {
      assertEquals(List.of("Folketinget"), organisations("Folketinget vedtog loven i går."));
      assertEquals(List.of("Folketinget"), organisations("Næsten alle Folketingets partier er enige."));
      assertEquals(List.of(), organisations("Venstre vil noget andet."), "a party named by an ordinary word, at the start");
      assertEquals(List.of("Det Juridiske Fakultet", "Århus Kommunes Biblioteker"),
          organisations("Oplæg fra Det Juridiske Fakultet og fra Århus Kommunes Biblioteker."));
      assertEquals(List.of("Vendsyssel Tidende", "Psykiatrisk Tidsskrift"),
          organisations("Han skrev i Vendsyssel Tidende og i Psykiatrisk Tidsskrift om det."), "newspapers and journals");
    }

    @Test
    void aMunicipalitysCommitteeInSmallLetters() {
      NamedEntities found = FINDER.find("Oplæg fra Haderslev Kommunes socialudvalg og Vejle Kommunes børne- og ungeudvalg om sagen.");
      assertEquals(List.of("Haderslev Kommunes socialudvalg", "Vejle Kommunes børne- og ungeudvalg"), found.organisations());
      assertEquals(List.of("Haderslev", "Vejle"), found.municipalities());
      assertEquals(List.of(), organisations("Hun fortalte om Vejle Kommunes skoler og børnehaver."), "what a municipality has is no body");
    }

    @Test
    void aPagesLabelBeforeANameIsNoPartOfItAndABoardIsNoBody() {
      assertEquals(List.of("Landsforeningen for Bygningskultur"), organisations("Kontakt Landsforeningen for Bygningskultur i dag."));
      assertEquals(List.of(), organisations("Kontakt Landsforeningen i dag."), "alone at the start, the association");
      assertEquals(List.of("Mette Hansen"), people("Foto Mette Hansen"));
      assertEquals(List.of(), organisations("Kredsstyrelsen fremlægger hvert år en beretning."));
    }

    @Test
    void theUnitedNationsGeneralAssemblyIsABodyButAnAssociationsMeetingIsNot() {
      assertEquals(List.of("FN’s Generalforsamling"), organisations("Resolutionen blev vedtaget af FN’s Generalforsamling i New York."));
      assertEquals(List.of(), organisations("Ordinær Generalforsamling, se dagsorden her"));
    }

    @Test
    void aLocalBranchIsNamedAfterItsPlace() {
      NamedEntities found = FINDER.find("Debat med FOA Sønderborg, BUPL Sønderjylland og DGI Nordsjælland om Landbrug & Fødevarer Fyn.");
      assertEquals(List.of("FOA Sønderborg", "BUPL Sønderjylland", "DGI Nordsjælland", "Landbrug & Fødevarer Fyn"),
          found.organisations());
      assertEquals(List.of(), found.municipalities(), "the place inside the name is no mention of the municipality");
      NamedEntities apart = FINDER.find("Med var FOA, Sønderborg Kommune og DGI i Aarhus.");
      assertEquals(List.of("FOA", "DGI"), apart.organisations());
      assertEquals(List.of("Sønderborg", "Aarhus"), apart.municipalities());
    }

    @Test
    void aNameWithItsContinuationInTheGenitive() {
      assertEquals(List.of("Erhvervssammenslutningen for Glostrup, Brøndby og Albertslund"),
          organisations("Vi deltog i Erhvervssammenslutningen for Glostrup, Brøndby og Albertslunds nytårstaffel."));
      assertEquals(List.of(), municipalities("Vi deltog i Erhvervssammenslutningen for Glostrup, Brøndby og Albertslunds nytårstaffel."));
    }

    @Test
    void aNationalBodyInTheGenitive() {
      assertEquals(List.of("Danske Regioner"), organisations("Vi mødtes i Danske Regioners telt."));
    }

    @Test
    void aHeadAfterItMakesTheLongerName() {
      assertEquals(List.of("Novo Nordisk A/S", "Novo Nordisk Fonden"),
          organisations("Både Novo Nordisk A/S og Novo Nordisk Fonden gav penge."));
    }
  }

  @Nested
  class Acronyms {
    @Test
    void acronymsAreOrganisationsAlsoInTheGenitive() {
      assertEquals(List.of("FOA", "DI", "KL"),
          organisations("Det fremgik af FOA’s undersøgelse, DI's analyse og et notat fra KL."));
    }

    @Test
    void aDanishWordInCapitalsIsNoAcronymUnlessKnownByName() {
      assertEquals(List.of(), organisations("PRIS 200 kr. for medlemmer, TEMA og HER står der mere."));
      assertEquals(List.of("SIND", "VIVE"), organisations("Oplæg ved SIND og VIVE om psykiatrien."));
    }

    @Test
    void klockTimeShoutedIsNoKl() {
      assertEquals(List.of(), organisations("Vi mødes hver onsdag KL. 14.00-16.00 i annekset."));
      assertEquals(List.of("KL"), organisations("Det fremgik af et notat fra KL. Det var godt."));
    }

    @Test
    void acronymAndDanmarkFormOneCompanyName() {
      assertEquals(List.of("ISS Danmark"), organisations("Han er direktør i ISS Danmark."));
      assertEquals(List.of("UC Syddanmark", "HK Region Nord"),
          organisations("Lektor ved UC Syddanmark og formand i HK Region Nord."), "a branch named after its part of the country");
    }

    @Test
    void commonAbbreviationsAreNotOrganisations() {
      assertEquals(List.of(), organisations("Mange har PTSD, og it og TV fylder meget."));
      assertEquals(List.of(), organisations("Pris 450 DKK. Udsendt 19.9.2022 10:55 CEST."), "currencies and time zones");
      NamedEntities roles = FINDER.find("Oplæg ved FTR Gunnvor Lie og TR Ulvhild Snorresdatter.");
      assertEquals(List.of(), roles.organisations(), "union roles written short are no organisations");
      assertEquals(List.of("Gunnvor Lie", "Ulvhild Snorresdatter"), roles.people(), "… but titles before a name");
    }

    @Test
    void parenthesisedAbbreviationOfANonOrganisation() {
      NamedEntities e = FINDER.find(
          "Borgerne er omfattet af Lov om Aktiv Beskæftigelsesindsats (LAB). Senere blev LAB ændret.");
      assertEquals(List.of(), e.organisations());
      assertEquals(List.of(), e.people());
    }

    @Test
    void parenthesisedAbbreviationOfAnOrganisation() {
      assertEquals(List.of("Kommunernes Landsforening", "KL"),
          organisations("Aftalen blev indgået med Kommunernes Landsforening (KL) i går."));
    }

    @Test
    void partyLettersAfterAPerson() {
      NamedEntities e = FINDER.find("Forslaget kom fra ordfører Karina Lund (SF) i går.");
      assertEquals(List.of("Karina Lund"), e.people());
      assertEquals(List.of(), e.organisations(), "a party's letters name it as a ballot does, not as a body");
      assertEquals(List.of(), organisations("På hovedscenen holder også EL, DF og SF taler."));
      assertEquals(List.of("Dansk Folkeparti", "DF"), organisations("Forslaget kom fra Dansk Folkeparti (DF) i går."),
          "spelled out, the party is an organisation and its letters with it");
    }

    @Test
    void shoutedHeadingsHaveNoAcronyms() {
      assertEquals(List.of(), organisations("NYT FRA OS"));
    }
  }

  @Nested
  class Quotations {
    @Test
    void textInQuotationMarksIsNotTagged() {
      NamedEntities e = FINDER.find(
          "Projektet ”Nye Veje for Ahmed og Oda, siger Mette Hansen” blev præsenteret af konsulent Lise Berg.");
      assertEquals(List.of("Lise Berg"), e.people());
      assertEquals(List.of(), e.organisations());
    }

    @Test
    void allDanishQuotationStyles() {
      for (String quoted : List.of("”Rushys Roulette”", "“Rushys Roulette”", "\"Rushys Roulette\"",
          "«Rushys Roulette»", "»Rushys Roulette«")) {
        // Inside the quotation there are cues (a title, a head word) that would tag names outside it.
        NamedEntities e = FINDER.find("Programmet " + quoted.replace("Rushys Roulette",
            "Borgmester Rushy Roulette fra Aalborg Kommune") + " var godt.");
        assertEquals(NamedEntities.NONE, e, quoted);
      }
    }

    @Test
    void aStrayQuotationMarkQuotesNothing() {
      assertEquals(List.of("Mette Hansen"), people("Skærmen er 24” bred, siger Mette Hansen."));
    }
  }

  @Nested
  class Municipalities {
    @Test
    void aLibraryNamedByItsTownIsNoMunicipality() {
      assertEquals(List.of(), municipalities("Pia Damsgaard fra Herning Bibliotekerne fortæller."));
    }

    @Test
    void kommuneAfterWordsThatNameNoDanishMunicipalityGivesNone() {
      assertEquals(List.of(), municipalities("Erfaringer fra Bergen Kommune i Norge."));
      assertEquals(List.of("København"), municipalities("Oplæg ved Sisse Marie Welling, Københavns Kommune."));
    }

    @Test
    void kommuneNamesTheMunicipality() {
      NamedEntities e = FINDER.find("Fagfolk fra Aalborg Kommune og Esbjerg Kommune deltog.");
      assertEquals(List.of("Aalborg", "Esbjerg"), e.municipalities());
      assertEquals(List.of(), e.organisations(), "a municipality is counted once, as the municipality");
    }

    @Test
    void aBodyOfTheMunicipalityIsAnOrganisationThatNamesIt() {
      NamedEntities e = FINDER.find("Oplægget kom fra Københavns Kommunes Beskæftigelses- og Integrationsforvaltning og Aalborg Kommunes Jobcenter.");
      assertEquals(List.of("Københavns Kommunes Beskæftigelses- og Integrationsforvaltning", "Aalborg Kommunes Jobcenter"),
          e.organisations());
      assertEquals(List.of("København", "Aalborg"), e.municipalities());
    }

    @Test
    void genitiveKommuneNames() {
      assertEquals(List.of("København", "Bornholm"),
          municipalities("Både Københavns Kommune og Bornholms Regionskommune var med."));
    }

    @Test
    void gazetteerNamesOutsideOtherNames() {
      assertEquals(List.of("Vejle", "Kolding"), municipalities("Mødet blev holdt i Vejle og Kolding."));
      assertEquals(List.of("Odense"), municipalities("Vi var samlet i Odenses rådhus."));
    }

    @Test
    void gazetteerNamesAtSentenceStartAreOnlyPositional() {
      assertEquals(List.of(), municipalities("Vejen til job er lang."));
    }

    @Test
    void aGazetteerNameThatIsAWholeListItemIsAMunicipality() {
      assertEquals(List.of("Albertslund", "Ballerup", "Høje-Taastrup"),
          municipalities("Disse kommuner deltager:\n  • Albertslund\n  • Ballerup\n  • Høje-Taastrup\nVejen er lang."));
    }

    @Test
    void municipalityNamesInsideOrganisationsOrPeopleAreNotTagged() {
      assertEquals(List.of(), municipalities("Hun læser på Roskilde Universitet og arbejder i Faxe Jobcenter."));
    }
  }

  @Nested
  class MunicipalitiesInsideOtherNames {
    @Test
    void aNameThatOpensWithAMunicipalityIsNoMentionOfIt() {
      assertEquals(List.of(), municipalities("Debatten blev holdt af Sønderborg Lærerkreds i går."));
      assertEquals(List.of(), municipalities("Mødet var på Comwell Hotel Aarhus om aftenen."));
    }

    @Test
    void anAddressStillIs() {
      assertEquals(List.of("Aarhus"), municipalities("Adressen er Nørregade 1, 8000 Aarhus C."));
      assertEquals(List.of("København"), municipalities("Sted: Rådhuspladsen 1, 1550 København V"));
      assertEquals(List.of("Vejle"), municipalities("Konferencen holdes i Vejle."));
      assertEquals(List.of("Sorø", "Gribskov"), municipalities("Her har Sorø og Gribskov Kommuner arbejdet sammen."));
    }
  }

  @Nested
  class NoCueNoTag {
    @Test
    void singleCapitalisedWordsWithoutCues() {
      assertEquals(NamedEntities.NONE, FINDER.find("Konferencen blev holdt på Kultunariet i Haslev."));
      assertEquals(NamedEntities.NONE, FINDER.find("Han kom til Danmark fra Irak for 10 år siden."));
    }

    @Test
    void sentenceInitialWordsAreNotNames() {
      assertEquals(NamedEntities.NONE, FINDER.find("Integrationstræf blev afholdt. I Danmark går det godt."));
    }

    @Test
    void multiWordRunsWithoutCuesAreNotGuessed() {
      assertEquals(NamedEntities.NONE, FINDER.find("Læs mere om Æresrelateret Viden her."));
    }

    @Test
    void lowerCaseTextHasNoEntities() {
      assertEquals(NamedEntities.NONE, FINDER.find("der var mange deltagere fra kommunerne og regionerne."));
    }
  }

  @Test
  void aPlaceAloneIsNeitherAPersonNorAnOrganisation() {
    NamedEntities found = FINDER.find("Mrs. Regina Sabaliauskiene, direktør for Center for Innovativ Uddannelse, Litauen\n"
        + "Henrik Wilen, forbundssekretær i FNF, Finland\n"
        + "v. Benedicte Akre, seniorrådgiver i departementet, Oslo.");
    assertTrue(found.people().containsAll(List.of("Regina Sabaliauskiene", "Henrik Wilen", "Benedicte Akre")), found.toString());
    for (String place : List.of("Litauen", "Finland", "Oslo")) {
      assertFalse(found.people().contains(place) || found.organisations().contains(place), place + " in " + found);
    }
    assertTrue(FINDER.find("Oplæg ved Jens Hansen, Nordisk Ministerråd, København.").organisations().contains("Nordisk Ministerråd"));
  }

  @Test
  void aMunicipalitysAdministrationIsAnOrganisationOnlyWithItsOwner() {
    assertEquals(List.of(), FINDER.find("Oplæg ved Mette Holm, Sundheds- og Omsorgsforvaltningen.").organisations());
    assertEquals(List.of("Aarhus Kommunes Sundheds- og Omsorgsforvaltning"),
        FINDER.find("Oplæg ved Mette Holm, Aarhus Kommunes Sundheds- og Omsorgsforvaltning.").organisations());
  }

  @Test
  void wordsWrittenInCapitalsNextToEachOtherAreNoAcronyms() {
    assertEquals(List.of(), FINDER.find("10.40 Evaluering af onlinetilbud – LÆR AT TACKLE hverdagen som pårørende").organisations());
    assertEquals(List.of(), FINDER.find("Senior HR Manager Jon Skålerud taler om rekruttering.").organisations());
    assertTrue(FINDER.find("Oplæg ved Anne Holm, KL, og Per Berg, DGI.").organisations().containsAll(List.of("KL", "DGI")));
  }

  @Test
  void aPartysNameAloneBeforeAColonLabelsItsCandidate() {
    NamedEntities found = FINDER.find("Paneldebat med:\n •  Venstre: Martin Geertsen\n •  Enhedslisten: Jakob Sølvhøj");
    assertEquals(List.of("Venstre", "Enhedslisten"), found.organisations());
    assertEquals(List.of(), FINDER.find("Deltagerlisten: Jens Hansen og Per Berg").organisations());
    assertEquals(List.of(), FINDER.find("Venstre side af salen er reserveret.").organisations());
    assertEquals(List.of("Socialdemokraterne"), FINDER.find("Socialdemokraterne, lokale 11 (på hotellet)").organisations(),
        "a party is named so at a line's start too");
    assertEquals(List.of(), FINDER.find("Fakta: Konferencen samlede 300 deltagere.").organisations());
  }

  @Test
  void aLeadsNameMayRunOneWordFurtherAndAHeadMayNameItsLocalBranch() {
    assertEquals(List.of("Tænketanken Fremtidens Biblioteker"),
        FINDER.find("Oplæg ved Lotte Holm, daglig leder, Tænketanken Fremtidens Biblioteker.").organisations());
    assertEquals(List.of("Aftenskolernes Samråd København"),
        FINDER.find("Debat med Kåre Emtoft, formand, Aftenskolernes Samråd København.").organisations());
    assertEquals(List.of("Region Hovedstaden"), FINDER.find("Oplæg ved Region Hovedstaden Lise Holm.").organisations(),
        "a person's name after the region is no part of it");
    assertEquals(List.of("Museum Sønderjylland Kulturhistorie"),
        FINDER.find("Udstillingen er lavet af Museum Sønderjylland Kulturhistorie i år.").organisations(),
        "a bare head opening the run is named by what follows it");
  }

  @Test
  void aDepartmentASectionAndAnArchiveAreOrganisationsAndAHeadTeacherOrBishopAPerson() {
    NamedEntities found = FINDER.find("Professor Lone Skov fra Hud- og Allergiafdelingen fortalte om forskningen.");
    assertEquals(List.of("Lone Skov"), found.people());
    assertEquals(List.of("Hud- og Allergiafdelingen"), found.organisations());
    assertEquals(List.of("Aalborg Stadsarkiv"), FINDER.find("Medarbejdere fra Aalborg Stadsarkiv fortæller.").organisations());
    assertEquals(List.of("Tyge Mortensen"), FINDER.find("Panel: Højskoleforstander Tyge Mortensen og flere.").people());
    assertEquals(List.of("Peter Fischer-Møller"), FINDER.find("Mulighed for andagt v/Biskop Emeritus Peter Fischer-Møller").people());
    assertEquals(List.of(), FINDER.find("Centerafdeling og sengeafsnit flytter i år.").organisations(), "a kind of department, no name");
  }

  @Test
  void aPersonBeforeAMunicipalityIsAPersonAndAnAssociationMayBeTheCountrys() {
    NamedEntities found = FINDER.find("Panel med viceborgmester Morten Andersen Nordfyns Kommune og flere.");
    assertEquals(List.of("Morten Andersen"), found.people());
    assertEquals(List.of("Nordfyn"), found.municipalities());
    assertEquals(List.of("Landsforeningen Landsbyerne i Danmark"),
        FINDER.find("Landsforeningen Landsbyerne i Danmark deltager i år.").organisations());
    assertEquals(List.of("Odense Lærerforening"), FINDER.find("Mødet holdes af Odense Lærerforening i Danmarks største by.").organisations(),
        "the country's name only as its own word");
  }

  @Test
  void associationsInThePluralAreAnOrganisationWithTheirTown() {
    NamedEntities found = FINDER.find("Foredragene holdes i samarbejde mellem De Samarbejdende Kulturelle Foreninger i Aalborg og Folkeuniversitetet.");
    assertEquals(List.of("De Samarbejdende Kulturelle Foreninger i Aalborg", "Folkeuniversitetet"), found.organisations());
    assertEquals(List.of("Aalborg"), found.municipalities());
  }

  @Test
  void aHotelOrAStreetNamedAfterSomeoneIsNoPerson() {
    assertEquals(List.of(), FINDER.find("I år var taflet henlagt til Michael Laudrup Loungen på Brøndby Stadion.").people());
    assertEquals(List.of(), FINDER.find("- Helnan Phønix Hotel, Vesterbro 77, 9000 Aalborg").people());
    assertEquals(List.of("Martin Gade"), FINDER.find("Oplæg ved Martin Gade, lektor.").people(), "a surname that is also a street's word");
  }

  @Test
  void aCompoundLecturersTitleAfterTheNameIsNoPartOfIt() {
    assertEquals(List.of("Sandra Gentin"), FINDER.find(" • Sandra Gentin Studieadjunkt i Videncenter for Friluftsliv og Naturformidling").people());
    assertEquals(List.of("Flemming Tait Svith"), FINDER.find("Oplæg ved forskningslektor Flemming Tait Svith.").people());
  }

  @Test
  void bodiesNamedInEnglishAreOrganisations() {
    assertEquals(List.of("Institute of Health Equity"), FINDER.find("Oplæg ved professor Michael Marmot, Institute of Health Equity.").organisations());
    NamedEntities found = FINDER.find("10.15 Konferencens moderator, Jeff Risom fra Gehl Architects taler om planlægning i by og land");
    assertEquals(List.of("Gehl Architects"), found.organisations());
    assertEquals(List.of("Jeff Risom"), found.people(), "a person from a body named in English");
  }

  @Test
  void anOrganisationsOwnBodyAfterItsGenitiveIsNamedInFull() {
    NamedEntities found = FINDER.find("Formanden for KL's Børne- og Undervisningsudvalg talte. FN’s Generalforsamling vedtog planen.");
    assertTrue(found.organisations().containsAll(List.of("KL's Børne- og Undervisningsudvalg", "FN’s Generalforsamling")),
        found.organisations().toString());
    assertTrue(found.organisations().stream().noneMatch(o -> o.startsWith("Børne") || o.equals("Generalforsamling")), found.organisations().toString());
    assertEquals(List.of(), found.people(), "a body's word is no person");
    assertEquals(List.of(), FINDER.find("Generalforsamling i foreningen kl. 19.").organisations(), "the meeting alone is no name");
  }

  @Test
  void aDefiniteCompoundHeadTakesTheBodysOwnNameAfterIt() {
    assertEquals(List.of("Musik- og Kulturforeningen Quedens"), FINDER.find("Programmet er lavet med Musik- og Kulturforeningen Quedens.").organisations());
    assertEquals(List.of("FOA"), FINDER.find("Fagforeningen FOA deltog.").organisations(), "an acronym after it is a name of its own");
  }

  @Test
  void aTalksLineThatEndsInVedAndANameSaysWhoGivesIt() {
    assertEquals(List.of("Tuva Eskeland"), FINDER.find("Foredrag om ” Skovfolket ” ved Tuva Eskeland.").people());
    assertEquals(List.of(), FINDER.find("Foredrag om sommerhuset ved Lille Bælt.").people(), "a place by the water is where");
  }

  @Test
  void aBylineRunIntoThePagesLabelAfterItIsTheNameAlone() {
    assertEquals(List.of("Claus Sørensen"), FINDER.find("Claus Sørensen Kontakt").people());
  }

  @Test
  void aForContinuationEndsBeforeANameOfItsOwnAndJoinsWithAnd() {
    assertEquals(List.of("Institut for Statskundskab", "Syddansk Universitet"),
        FINDER.find("Hun er lektor ved Institut for Statskundskab Syddansk Universitet.").organisations());
    assertEquals(List.of("Center for Macroecology, Evolution and Climate"),
        FINDER.find("Oplæg fra Center for Macroecology, Evolution and Climate om biodiversitet.").organisations());
  }

  @Test
  void aBranchNamedByTownsJoinedWithHyphensIsPartOfTheName() {
    assertEquals(List.of("FOF Odense-Fredericia-Middelfart"),
        FINDER.find("Prisen overrækkes af Anders Kinch-Jensen, FOF Odense-Fredericia-Middelfart.").organisations());
  }

  @Test
  void aPlacesBodyInSmallLettersAndASuspendedWordWrittenApartAreOneName() {
    assertEquals(List.of("Guldager menighedsråd"), FINDER.find("Mødet er i samarbejde med Guldager menighedsråd.").organisations());
    assertEquals(List.of("Danmarks Medie – og Journalisthøjskole"),
        FINDER.find("Forskningschef ved Danmarks Medie – og Journalisthøjskole Roger Buch talte.").organisations());
    assertEquals(List.of("Aarhus"), FINDER.find("Han talte med Aarhus kommune.").municipalities(), "the municipality stays one");
  }

  @Test
  void aHeadAfterAWordOfItsOwnTakesThePlaceAfterIt() {
    NamedEntities found = FINDER.find("Formand for Lokalhistorisk Forening Karlebo Niels Storgård Simonsen fortalte.");
    assertEquals(List.of("Lokalhistorisk Forening Karlebo"), found.organisations());
    assertEquals(List.of("Niels Storgård Simonsen"), found.people());
    assertEquals(List.of("Kroppedal Museum"), FINDER.find("Kroppedal Museum Velfærdsforstadens historie blev fortalt.").organisations(),
        "a genitive after it opens what follows");
  }

  @Test
  void aKnownBodysAcronymOpeningACompoundNamesIt() {
    NamedEntities found = FINDER.find("LO-formand Lizette Risgaard og 3F-formand Henning Overgaard talte om EU-Kommissionen.");
    assertTrue(found.organisations().containsAll(List.of("LO", "3F")), found.organisations().toString());
    assertTrue(!found.organisations().contains("EU"), "a body named whole by the compound: " + found.organisations());
    assertEquals(List.of(), FINDER.find("Et CO-udslip og et IT-system.").organisations(), "not an acronym no body goes by");
  }

  @Test
  void aNameInCapitalsKnownByItsFirstNameIsAPerson() {
    NamedEntities found = FINDER.find("Undervisningsminister MATTIAS TESFAYE og borgmester BRITT JENSEN åbner topmødet.");
    assertEquals(List.of("MATTIAS TESFAYE", "BRITT JENSEN"), found.people());
    assertEquals(List.of(), found.organisations(), "no acronyms of them");
    assertEquals(List.of(), FINDER.find("TILMELDING HER OG NU").people(), "a shouted heading names nobody");
  }

  @Test
  void aHeadTakesWhatTheBodyIsAboutAlong() {
    assertEquals(List.of("Nationalt Videncenter om Udsatte Børn og Unge"),
        FINDER.find("Janne Hansen (centerchef for Nationalt Videncenter om Udsatte Børn og Unge) styrer formiddagen.").organisations());
    assertEquals(List.of("Naturstyrelsen"), FINDER.find("Derfor oplyser Naturstyrelsen om En ny plan for skoven.").organisations(),
        "'om' and a function word is the sentence going on");
  }

  @Test
  void olderAndNordicFirstNamesAreKnown() {
    assertEquals(List.of("Kåre Johannessen", "Thorkil Sørensen"),
        FINDER.find("Aftenen byder på Kåre Johannessen og Thorkil Sørensen i salen.").people());
  }

  @Test
  void anAcronymTakesTheWordOfItsUnitAlong() {
    assertEquals(List.of("DTU Transport"), FINDER.find("Oplæg ved Henrik Gudmundsson fra DTU Transport om indikatorer.").organisations());
    assertEquals(List.of("FN"), FINDER.find("Vi arbejder med FN's Verdensmål i hele kommunen.").organisations(), "a genitive names its own");
    assertEquals(List.of("DB"), FINDER.find("Efter frokost holder DB Repræsentantskabsmøde i salen.").organisations(),
        "what the body holds is no unit of it");
  }

  @Test
  void rolesOfMuseumsChurchesAndMediaMarkAPerson() {
    assertEquals(List.of("Vestergaard Lund", "Kragh Møller"),
        FINDER.find("Aftenen ledes af museumsinspektør Vestergaard Lund og organist Kragh Møller.").people());
  }
}
