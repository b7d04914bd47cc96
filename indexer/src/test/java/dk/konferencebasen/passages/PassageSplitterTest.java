package dk.konferencebasen.passages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.konferencebasen.extraction.ExtractionLimits;
import dk.konferencebasen.extraction.PageChrome;
import dk.konferencebasen.extraction.TikaExtractor;
import dk.konferencebasen.testing.Corpus;
import java.util.List;
import org.junit.jupiter.api.Test;

class PassageSplitterTest {
  private final PassageSplitter splitter = new PassageSplitter(new dk.konferencebasen.entities.EntityFinder());

  @Test
  void seed000SplitsIntoOnePassagePerTalk() throws Exception {
    List<String> paragraphs = PageChrome.remove(
        new TikaExtractor(ExtractionLimits.DEFAULT).extract(Corpus.seed(Corpus.SEED_000)).paragraphs()).paragraphs();
    String body = PassageSplitter.join(paragraphs);
    List<Passage> passages = splitter.split(paragraphs, "Integrationstræf 2019");

    List<Passage> michael = passages.stream().filter(p -> p.text().contains("Michael Svendsen Petersen")).toList();
    assertEquals(1, michael.size());
    assertTrue(michael.get(0).text().startsWith("Lektor Emeritus Michael Svendsen Petersen"));
    assertTrue(michael.get(0).text().endsWith("parate til en jobansættelse."));
    assertTrue(passages.stream().noneMatch(p -> p.text().contains("Forskningschef") && p.text().contains("Lektor")));

    assertEquals(9, passages.size(), "nine paragraphs after the title");
    for (int i = 0; i < passages.size(); i++) {
      Passage p = passages.get(i);
      assertEquals(i, p.ordinal());
      assertEquals(p.text(), body.substring(p.start(), p.end()), "offsets point into the body");
      if (i > 0) {
        assertTrue(p.start() > passages.get(i - 1).end(), "passages keep their order");
      }
    }
  }

  @Test
  void aHeadingOpensTheNextPassage() {
    List<String> paragraphs = List.of("Rapport", "Workshop om sprog", "Deltagerne drøftede sprogundervisning.",
        "Dagen sluttede med en fælles opsamling i salen.");
    List<Passage> passages = splitter.split(paragraphs, "Rapport");
    assertEquals(2, passages.size());
    assertEquals("Workshop om sprog\n\nDeltagerne drøftede sprogundervisning.", passages.get(0).text());
    assertEquals("Dagen sluttede med en fælles opsamling i salen.", passages.get(1).text());
  }

  @Test
  void aFragmentJoinsItsNeighbour() {
    List<String> paragraphs = List.of("Deltagerne drøftede sprogundervisning og praktik i to timer.", "Læs referatet.",
        "Næste møde holdes i Odense, hvor de samme temaer tages op igen.", "Tak for i dag.");
    List<Passage> passages = splitter.split(paragraphs, "Referat");
    assertEquals(List.of("Deltagerne drøftede sprogundervisning og praktik i to timer.",
        "Læs referatet.\n\nNæste møde holdes i Odense, hvor de samme temaer tages op igen.\n\nTak for i dag."),
        passages.stream().map(Passage::text).toList());
    assertTrue(passages.stream().allMatch(p -> p.talk().isEmpty()));
  }

  @Test
  void eachTalkOfAProgrammeIsOnePassageWithItsTitle() {
    List<String> paragraphs = List.of("Program for temadagen",
        "9.00-10.00: Ankomst og indskrivning",
        "10.00-10.05: Velkomst\nv. Carsten Kissmeyer, borgmester",
        "10.10-10.30: Den geografiske ulighed\nv. Kristian Weise, direktør Cevea.",
        "Oplægget ser på tal for bosætning og job i hele landet og på, hvad de betyder for kommunerne.",
        "11.00 Kaffepause",
        "11.15 Paneldebat: Hvad gør vi nu?\nModerator: Anne Hansen",
        "Sted",
        "Remisen, Brande");
    List<Passage> passages = splitter.split(paragraphs, "Program for temadagen");
    List<String> titles = passages.stream().map(p -> p.talk().map(TalkHeading::title).orElse("-")).toList();
    assertEquals(List.of("-", "Velkomst", "Den geografiske ulighed", "-", "Paneldebat: Hvad gør vi nu?", "-"), titles,
        passages.toString());
    Passage ulighed = passages.get(2);
    assertTrue(ulighed.text().startsWith("10.10-10.30: Den geografiske ulighed") && ulighed.text().endsWith("for kommunerne."),
        "the talk keeps its abstract across the blank line: " + ulighed.text());
    assertTrue(passages.get(1).talk().orElseThrow().speakerText().contains("Carsten Kissmeyer"));
    assertTrue(passages.get(4).talk().orElseThrow().speakerText().contains("Moderator: Anne Hansen"));
    assertEquals("Sted\n\nRemisen, Brande", passages.get(5).text(), "a heading ends the last talk");
    assertEquals(List.of("", "10.00–10.05", "10.10–10.30", "", "11.15", ""),
        passages.stream().map(p -> p.talk().map(TalkHeading::time).orElse("")).toList(), "time slots written one way");
    String body = PassageSplitter.join(paragraphs);
    passages.forEach(p -> assertEquals(body.substring(p.start(), p.end()), p.text()));
  }

  @Test
  void aSlotMayFollowItsDayAndABreakThatLeadsIntoATalkIsThatTalk() {
    List<String> paragraphs = List.of("Folkemødet 2017",
        "1. juni 13:00 - 14:00 - Hvordan ser en investeringsmodel ud?\nDeltager: Sif Holst",
        "Kl. 16.30 Dørene åbnes",
        "Tirsdag den 3. maj kl. 14.30 Tillid mellem sagsbehandler og borger\nv/ Anne Hansen",
        "16.15 Pause. Derefter præsentation ved Julia Salado-Rasmussen, AAU");
    List<String> titles = splitter.split(paragraphs, "Folkemødet 2017").stream()
        .map(p -> p.talk().map(t -> t.time() + " " + t.title()).orElse("-")).toList();
    assertEquals(List.of("13.00–14.00 Hvordan ser en investeringsmodel ud?", "-",
        "14.30 Tillid mellem sagsbehandler og borger", "16.15 Pause. Derefter præsentation"), titles,
        "the doors opening is no talk");
  }

  @Test
  void aTopicWithItsSpeakerAndRoleIsATalkAndAContactIsNot() {
    List<String> paragraphs = List.of("Program",
        "Moderator: Nynne Bjerre, journalist og vært",
        "Psykiatrien: Merete Nordentoft, professor, overlæge",
        "Panel: Stephanie Lose (V), formand for Danske Regioner, og Jacob Bundsgaard (S), formand for KL",
        "Kontakt: Anne Hansen, konsulent i Socialstyrelsen",
        "Sted: Remisen, Brande");
    List<Passage> passages = splitter.split(paragraphs, "Program");
    List<String> titles = passages.stream().map(p -> p.talk().map(TalkHeading::title).orElse("-")).toList();
    assertEquals(List.of("Psykiatrien", "Panel", "-"), titles, "the short lines before the first talk join it");
    assertTrue(passages.get(2).text().startsWith("Kontakt: Anne Hansen"), passages.get(2).text());
  }

  @Test
  void aReportThatTellsOfTalksInRunningTextHasThoseTalks() {
    List<String> paragraphs = List.of("Dialogforum mødtes for tiende gang",
        "Søren Kromann, direktør i KOMBIT, gennemgik fokusområderne i den fælles infrastruktur. Han fortalte om planerna for 2025.",
        "Dagen bød også på oplæg fra Aalborgs borgmester Thomas Kastrup Larsen om ældrepolitik.",
        "Borgmester Jens Hansen fortalte, at kommunen vil spare på papir.",
        "- Vi er godt tilfredse, siger formand Lise Bak.",
        "Han fortalte om sin egen tid som frivillig.");
    List<Passage> passages = splitter.split(paragraphs, "Dialogforum mødtes for tiende gang");
    List<String> talks = passages.stream().filter(p -> p.talk().isPresent()).map(p -> p.talk().orElseThrow().speakerText()).toList();
    assertEquals(2, talks.size(), passages.toString());
    assertTrue(talks.get(0).startsWith("Søren Kromann, direktør i KOMBIT, gennemgik") && talks.get(0).endsWith("infrastruktur."),
        "the sentence that tells of the talk names its speaker: " + talks.get(0));
    assertTrue(talks.get(1).contains("Thomas Kastrup Larsen"), talks.get(1));
    assertTrue(passages.stream().filter(p -> p.text().contains("spare på papir") || p.text().contains("siger formand")
        || p.text().startsWith("Han fortalte")).allMatch(p -> p.talk().isEmpty()),
        "a quotation, and a talk told of without a name, start no talk");
  }

  @Test
  void aSlotIsWrittenOneWayHoweverTheProgrammeWritesIt() {
    assertEquals("09.30–10.15", SlotTimes.slotTime("9.30-10.15: "));
    assertEquals("09.30–10.00", SlotTimes.slotTime("kl. 9:30 til kl. 10 "));
    assertEquals("14.00", SlotTimes.slotTime("Kl. 14,00 "));
    assertEquals("", SlotTimes.slotTime("Workshop 2: "));
    assertEquals("09.00–09.10", SlotTimes.slotTime("Kl. 9 – 9.10: "));
  }

  @Test
  void aPanelOrAPoliticianAfterATopicAndADashIsATalk() {
    List<String> paragraphs = List.of("Session 3", "Etikken: Anne-Marie Gerdes, klinikchef, Rigshospitalet",
        "Den store vision 1 - Lars Løkke Rasmussen (V)", "Panel: Anne Koch Hansen,");
    List<String> titles = splitter.split(paragraphs, "Session 3").stream().flatMap(p -> p.talk().map(TalkHeading::title).stream()).toList();
    assertEquals(List.of("Etikken", "Den store vision 1", "Panel"), titles, "a topic, a dash and a politician with the party's letter too");
  }

  @Test
  void theDoorsOpeningOverTheDaysModeratorIsNoTalk() {
    List<String> paragraphs = List.of("Program",
        "Dørene åbner kl. 9.45 for registrering, kaffe og te\nModerator: Silke Bock, journalistisk chef i Zetland",
        "10.15 – 10.25 Velkommen og intro til dagen\nEnhedschef Tine Vind, Slots- og Kulturstyrelsen",
        "10.25 – 11.05 Integration i bibliotekerne\nv. Mia Arp Fallov, lektor ved Aalborg Universitet");
    List<String> titles = splitter.split(paragraphs, "Program").stream().flatMap(p -> p.talk().map(TalkHeading::title).stream()).toList();
    assertEquals(List.of("Velkommen og intro til dagen", "Integration i bibliotekerne"), titles);
  }

  @Test
  void aBreakGivenWithItsLengthIsABreak() {
    List<String> paragraphs = List.of("Program", "• 12.00 Oplæg om frikommuner v/ Anne Holm\n• 12.15 10 min. pause\n"
        + "• 12.25 Oplæg om velfærd v/ Per Berg\n• 13.00 15 minutters pause\n• 13.15 Debat");
    List<String> titles = splitter.split(paragraphs, "Program").stream().flatMap(p -> p.talk().map(TalkHeading::title).stream()).toList();
    assertEquals(List.of("Oplæg om frikommuner", "Oplæg om velfærd", "Debat"), titles);
  }

  @Test
  void aSlotThatOpensOnTheHourWithoutItsMinutesIsASlot() {
    List<String> paragraphs = List.of("Ledermøder 2026", "PROGRAM\nGældende for alle møder:\nKl. 8.30 – 9: morgenmad\n"
        + "Kl. 9 – 9.10: velkomst v. moderator Dorthe Filtenborg, LDD\nKl. 9.10 – 10.45: oplæg v. Ole Henrik Hansen\n"
        + "Kl. 10.45 – 11: pause m. frugt\nKl. 11 – 12.30: workshop om praksis", "Der er 9 – 10 pladser tilbage.");
    List<TalkHeading> talks = splitter.split(paragraphs, "Ledermøder 2026").stream().flatMap(p -> p.talk().stream()).toList();
    assertEquals(List.of("velkomst", "oplæg", "workshop om praksis"), talks.stream().map(TalkHeading::title).toList());
    assertEquals(List.of("09.00–09.10", "09.10–10.45", "11.00–12.30"), talks.stream().map(TalkHeading::time).toList());
  }

  @Test
  void oneTimeInANewsStoryIsNoProgramme() {
    List<String> paragraphs = List.of("Borgmesteren åbnede mødet, og bagefter talte direktøren om budgettet for næste år.",
        "Kl. 14.00 var der debat i salen, hvor mange borgere tog ordet.");
    assertTrue(splitter.split(paragraphs, "Nyhed").stream().allMatch(p -> p.talk().isEmpty()));
  }

  @Test
  void aVeryLongParagraphIsCutAtSentenceEnds() {
    String sentence = "Kommunen fortalte om sit arbejde med nyankomne borgere og deres familier. ";
    String paragraph = sentence.repeat(60).strip();
    List<Passage> passages = splitter.split(List.of(paragraph), "Titel");
    assertTrue(passages.size() >= 3, "cut into pieces: " + passages.size());
    for (Passage p : passages) {
      assertTrue(p.text().endsWith("familier."), "ends at a sentence end: " + p.text());
      assertEquals(p.text(), paragraph.substring(p.start(), p.end()));
    }
  }

  @Test
  void vedAsAVerbOrPrepositionIsNoSpeakerCue() {
    List<String> paragraphs = List.of("Program",
        "10.00 - 10.45: Hvad ved vi om anbragte børns trivsel?\nMette Lausten, seniorforsker, VIVE",
        "10.45 - 11.00: Dialog ved gruppeborde");
    List<String> titles = splitter.split(paragraphs, "Program").stream()
        .map(p -> p.talk().map(TalkHeading::title).orElse("-")).toList();
    assertEquals(List.of("Hvad ved vi om anbragte børns trivsel?", "Dialog ved gruppeborde"), titles);
  }

  @Test
  void titlesAndSpeakerLinesInPairsAreTalksWithoutTimes() {
    List<String> paragraphs = List.of("Folkesundhedsdage",
        "Første key-note speaker Jonas Egebart, direktør Sundhedsstyrelsen\nFolkesundhed og et bæredygtigt sundhedsvæsen",
        "Anders Holst Bodin, forfatter, leder Klimaakademiet\nKlima og bæredygtighed",
        "Tilmelding og pris\nSe hjemmesiden");
    List<String> titles = splitter.split(paragraphs, "Folkesundhedsdage").stream()
        .map(p -> p.talk().map(TalkHeading::title).orElse("-")).toList();
    assertEquals(List.of("Folkesundhed og et bæredygtigt sundhedsvæsen", "Klima og bæredygtighed", "-"), titles);
  }

  @Test
  void onePairIsATitleAndABylineNotAProgramme() {
    List<String> paragraphs = List.of("Nyhed", "Ny aftale om ældrepleje\nAf Jan Løfberg",
        "Kommunen har indgået en aftale med de private leverandører om plejen.");
    assertTrue(splitter.split(paragraphs, "Nyhed").stream().allMatch(p -> p.talk().isEmpty()));
  }

  @Test
  void aTalkToldInALaterSentenceOrAsSomeonesTalk() {
    List<String> paragraphs = List.of("Referat",
        "Årsmødet samlede mange. Deltagerne hørte, da Karen Hækkerup fra Landbrug & Fødevarer talte om FNs mål.",
        "Det var interessant at høre Lars Mejlbyes indlæg om kunderne.",
        "Med disse ord sluttede borgmester Trine Græse (A) konferencen.");
    List<Passage> passages = splitter.split(paragraphs, "Referat");
    assertEquals(List.of(List.of("Karen Hækkerup"), List.of("Lars Mejlbye"), List.of("Trine Græse")),
        passages.stream().map(p -> p.talk().orElseThrow().givers()).toList());
  }

  @Test
  void aHeadedParagraphClosedByItsSpeakerIsATalkInsideAProgrammesSlot() {
    List<String> paragraphs = List.of("Program",
        "10.00\nVelkommen til Den regionale by\nBestyrelsesformand Maj Green, Dansk Byplanlaboratorium",
        "Hverdagsliv i 100 km byen\nOm livet i den grænseløse bys mobilitetslandskaber.\nProfessor Ole B. Jensen, Aalborg Universitet",
        "13.00\nFrokostpause",
        "13.30 Paneldebat med:",
        "Mrs. Rasma Pipike, Foundation for Public Participation\nModerator: Brita Kvist Hansen");
    List<String> titles = splitter.split(paragraphs, "Program").stream()
        .map(p -> p.talk().map(TalkHeading::title).orElse("-")).toList();
    assertEquals(List.of("Velkommen til Den regionale by", "Hverdagsliv i 100 km byen", "-", "Paneldebat"), titles,
        "a list after a colon stays with its talk");
  }

  @Test
  void aDebatesPeopleListedUnderALabelBelowItsHeadingMakeItATalk() {
    List<String> paragraphs = List.of("Program for teltet", "Torsdag",
        "Hjælp, jeg er tyk - er det et problem?",
        "Flere og flere danskere bliver tykke. Kom med til debat.",
        "Deltagere",
        " • Karin Friis Bach (R), formand for udvalget\n • Jørgen Winther (V), regionsrådsmedlem i Region Midtjylland",
        "Hvem skal styre sundhedsvæsenet?",
        "Debatten sætter fokus på regionerne.");
    List<Passage> passages = splitter.split(paragraphs, "Program for teltet");
    List<Passage> talks = passages.stream().filter(p -> p.talk().isPresent()).toList();
    assertEquals(1, talks.size());
    assertEquals("Hjælp, jeg er tyk - er det et problem?", talks.get(0).talk().orElseThrow().title());
    assertTrue(talks.get(0).talk().orElseThrow().speakerText().contains("Jørgen Winther"));
    assertTrue(talks.get(0).text().contains("Flere og flere danskere"), "the description belongs to the debate");
  }

  @Test
  void aTalkToldWithTheSpeakerAfterTheVerbInACleftOrPastAnAbbreviation() {
    List<String> paragraphs = List.of("Referat",
        "Efterfølgende belyste Tea Torbenfeldt Bengtsson, professor i VIVE, børns egne perspektiver.",
        "Christian Harsløf og Morten Mandøe, hhv. direktør og cheføkonom i KL, bød velkommen.",
        "Derefter var det beskæftigelsesminister Troels Lund Poulsen (V), som gav sine bud på vækst.",
        "Erhvervsminister Brian Mikkelsen (K) deltager i konferencen med et indlæg om landdistrikterne.");
    assertEquals(List.of(List.of("Tea Torbenfeldt Bengtsson"), List.of("Christian Harsløf"), List.of("Troels Lund Poulsen"),
        List.of("Erhvervsminister Brian Mikkelsen")),
        splitter.split(paragraphs, "Referat").stream().map(p -> p.talk().orElseThrow().givers()).toList(),
        "the givers as written; the entity rules take the titles off");
  }

  @Test
  void singingStandsAndVisitsAreNoTalks() {
    List<String> paragraphs = List.of("Program", "09.30 : Besøg foreningernes stande", "10.00 : Velkomst ved borgmester Jan Boye",
        "10.10 : Fællessang", "10.15 : Tale ved statsminister Poul Nyrup Rasmussen");
    assertEquals(List.of("Velkomst", "Tale"), splitter.split(paragraphs, "Program").stream()
        .flatMap(p -> p.talk().map(TalkHeading::title).stream()).toList());
  }

  @Test
  void aTimeAloneTakesTheNextParagraphForItsTitleAndAnAbstractNamesItsSpeakerFirst() {
    List<String> paragraphs = List.of("Program", "Kl. 9.00 - 9.10", "Velkommen", "Kl. 9.10 - 9.25",
        "Partnerskaber mellem det offentlige og private",
        "Majbritt Evald, lektor, forsker i offentlig privat innovation, tager afsæt i FN’s verdensmål om partnerskaber. "
            + "Hun fortæller også om et samarbejde, hvor direktør Anne Holm fra en stor virksomhed var med, og om "
            + "hvordan partnerskaber kan bygges op over flere år med mange forskellige parter i en kommune.",
        "Kl. 9.30 - 9.40", "Hvad karakteriserer de gode skoler?\nOplæg v/ Torben Pilegaard Jensen, AKF");
    List<Passage> talks = splitter.split(paragraphs, "Program").stream().filter(p -> p.talk().isPresent()).toList();
    assertEquals(List.of("Velkommen", "Partnerskaber mellem det offentlige og private", "Hvad karakteriserer de gode skoler?"),
        talks.stream().map(p -> p.talk().orElseThrow().title()).toList());
    String abstractSpeakers = talks.get(1).talk().orElseThrow().speakerText();
    assertTrue(abstractSpeakers.contains("Majbritt Evald") && !abstractSpeakers.contains("Anne Holm"), abstractSpeakers);
  }

  @Test
  void aTimeAloneOverAHeadingAndItsSpeakerIsOneTalkAndAShortBreakIsNoTalk() {
    List<String> paragraphs = List.of("Program", "9.00", "Velkomst og introduktion\nFormand Susanne Knøchel, Institut for Fødevarevidenskab",
        "9.05", "En stærk sundhed i borgernes hverdag\nMF Annette Lind, Børne- og Undervisningsordfører (S)",
        "11.00", "Kort pause", "12.15 Lunch");
    List<Passage> talks = splitter.split(paragraphs, "Program").stream().filter(p -> p.talk().isPresent()).toList();
    assertEquals(List.of("Velkomst og introduktion", "En stærk sundhed i borgernes hverdag"),
        talks.stream().map(p -> p.talk().orElseThrow().title()).toList());
    assertTrue(talks.get(0).text().startsWith("9.00"), "the time is the talk's: " + talks.get(0).text());
    assertEquals("09.00", talks.get(0).talk().orElseThrow().time());
  }

  @Test
  void talksToldAsDeliveredByListedSpeakersOrOpeningTheDay() {
    List<String> paragraphs = List.of("Referat",
        "Derefter leverede Pernille Skipper, bestyrelsesformand for Coop, og ledelseskonsulent Hjalte Aaberg tre inspirerende oplæg.",
        "To oplægsholdere, Lisbeth Trinskjær, formand for Folkehøjskolernes Forening, og Per Paludan Hansen, giver hver deres bud.",
        "Her blev de budt velkommen af kredskonsulent Annesophie Hansen.",
        "Bruno Sander Nielsen, Foreningen Biogasbranchen, gjorde forsamlingen klogere på biomasse.",
        "Pernille Jensen og Klavs Serup Rasmussen rundede dagen af med et dialogisk oplæg om brugerdeltagelse.",
        "Konferencen åbnes af ældreminister Mette Kierkgaard.",
        "Medlemmerne af Videnskabernes Selskab byder igen i år indenfor i det smukke palæ.");
    List<Passage> passages = splitter.split(paragraphs, "Referat");
    assertEquals(6, passages.stream().filter(p -> p.talk().isPresent()).count(), passages.toString());
    assertTrue(passages.stream().filter(p -> p.text().startsWith("Medlemmerne")).allMatch(p -> p.talk().isEmpty()),
        "to invite in is no welcome address");
    assertEquals(List.of("Lisbeth Trinskjær"), passages.get(1).talk().orElseThrow().givers());
  }

  @Test
  void theTalksOfASessionAreTalksAndTheSessionIsNone() {
    List<String> paragraphs = List.of("Program",
        "10.00: Fællessession",
        "Åbning af dagen",
        "Velkomst ved Anne Holm, formand, Dansk Folkeoplysnings Samråd\nVelkommen til Vejle ved Jens Ries, borgmester, Vejle Kommune",
        "Foreningslivets rum og roller",
        "Introduktion til dagen ved Peter Berg, centerleder",
        "11.00: Parallelsession",
        "Lokaler til aftenskolerne",
        " • Mette Lund, senioranalytiker, Vifo",
        "12.00 Frokost");
    List<String> titles = splitter.split(paragraphs, "Program").stream().flatMap(p -> p.talk().map(TalkHeading::title).stream()).toList();
    assertEquals(List.of("Velkomst", "Velkommen til Vejle", "Foreningslivets rum og roller", "Lokaler til aftenskolerne"), titles);
  }

  @Test
  void eachPersonOfASpeakerRosterGivesATalkButADebatesPeopleShareOne() {
    List<String> paragraphs = List.of("Temadag om socialt arbejde",
        "På dagen får du konkrete ideer og eksempler på redskaber, der hjælper dig i arbejdet.",
        "Oplægsholdere",
        "Lars Uggerhøj\nSocialrådgiver og professor ved Aalborg Universitet",
        "Shadman Salih\nSocialrådgiver og indehaver af Sivitas",
        "Praktisk information",
        "Debat om fremtidens velfærd", "Paneldeltagere:\nMette Holm, direktør, KL\nPer Berg, formand, FOA");
    List<Passage> talks = splitter.split(paragraphs, "Temadag om socialt arbejde").stream().filter(p -> p.talk().isPresent()).toList();
    assertEquals(List.of("Oplæg", "Oplæg", "Debat om fremtidens velfærd"), talks.stream().map(p -> p.talk().orElseThrow().title()).toList());
    assertTrue(talks.get(0).text().startsWith("Lars Uggerhøj"), "the label heads the list, not the first talk: " + talks.get(0).text());
    assertTrue(talks.get(1).talk().orElseThrow().speakerText().startsWith("Shadman Salih"));
  }

  @Test
  void aPlacesCodeGivenUnderEachEventIsNoSession() {
    List<String> paragraphs = List.of("Folkemødet fredag",
        "09:00 - 09:30 Velkomst i teltet\nB4 - Foreningernes telt\nFællessang med Lone Berg.\nPlacering\nB4 - Foreningernes telt",
        "10:00 - 11:00 Debat om landdistrikterne\nB4 - Foreningernes telt\nDebat med Ole Dam og Rikke Holm.\nPlacering\nB4 - Foreningernes telt",
        "C2 – Workshop om frivillighed\nVed Anne Lind, Frivilligcentret");
    List<String> titles = splitter.split(paragraphs, "Folkemødet fredag").stream()
        .flatMap(p -> p.talk().map(TalkHeading::title).stream()).toList();
    assertEquals(List.of("Velkomst i teltet", "Debat om landdistrikterne", "C2 – Workshop om frivillighed"), titles);
  }

  @Test
  void aRostersItemMayListSeveralPeopleWithTheirRoles() {
    List<String> paragraphs = List.of("Konference om medborgerskab", "Dagens tre temaer blev behandlet via oplæg og debat.", "Oplægsholdere\n"
        + "  • Karen Hækkerup, socialminister\n"
        + "  • Susanne Olsen, formand for Danske Handicapforbund, Thorkild Olesen, formand for Dansk Blindesamfund, "
        + "Lisbeth Jensen, formand for Ungdomsforeningen, Anders J. Andersen, formand for handicaprådet i Vordingborg\n"
        + "  • Marianne Thyrring, demokratiudsending");
    List<TalkHeading> talks = splitter.split(paragraphs, "Konference om medborgerskab").stream().flatMap(p -> p.talk().stream()).toList();
    assertEquals(3, talks.size(), talks.toString());
    assertTrue(talks.get(1).speakerText().contains("Anders J. Andersen"), talks.get(1).speakerText());
    assertTrue(talks.get(2).speakerText().startsWith("• Marianne Thyrring") || talks.get(2).speakerText().startsWith("Marianne Thyrring"),
        talks.get(2).speakerText());
  }

  @Test
  void aRosterOverTheProgrammeWrittenOutGivesNoTalksOfItsOwn() {
    List<String> paragraphs = List.of("Forskningsfrihed under pres",
        "Talere:",
        "  • Heine Andersen, Professor, Københavns Universitet\n  • Mette Reissmann, Medlem af Folketinget, Socialdemokratiet",
        "  • Ida Holm, Lektor, Aarhus Universitet",
        "Program:",
        "17.00 - 17.10 Velkommen v. Lykke Friis\n17.10 - 17.30 Paneldebat v. Heine Andersen og Mette Reissmann\n17.30 - 17.45 Spørgsmål fra salen");
    List<String> titles = splitter.split(paragraphs, "Forskningsfrihed under pres").stream()
        .flatMap(p -> p.talk().map(TalkHeading::title).stream()).toList();
    // Ida Holm speaks in no talk of the programme: her line is hers
    assertEquals(List.of("Oplæg", "Velkommen", "Paneldebat", "Spørgsmål fra salen"), titles);
  }

  @Test
  void aFolkemoedeEventBeginsAtItsTitleOverTheSlotAtAStand() {
    List<String> paragraphs = List.of("Det sker fredag",
        "Morgenritualet med Pind og Hækkerup\n08:45 - 09:30 G22 MeningsMinisteriet - Allinge Havn\n"
            + "Minister Nick Hækkerup (S) og ordfører Søren Pind (V) mødes til en snak om dansk politik.",
        "Lykketoft i stolen\n09:00 - 10:00 D3 3F, Fagligt Fælles Forbund - Ved Brandstationen\nMogens Lykketoft fortæller om sit liv.");
    List<Passage> talks = splitter.split(paragraphs, "Det sker fredag").stream().filter(p -> p.talk().isPresent()).toList();
    assertEquals(List.of("Morgenritualet med Pind og Hækkerup", "Lykketoft i stolen"),
        talks.stream().map(p -> p.talk().orElseThrow().title()).toList());
    assertEquals(List.of("08.45–09.30", "09.00–10.00"), talks.stream().map(p -> p.talk().orElseThrow().time()).toList());
  }

  @Test
  void aSpeakersLineAParagraphBelowItsSlotIsThatSlotsAndAFieldsTimeIsNoSlot() {
    List<String> paragraphs = List.of("Program", "Varighed:", "09.30-15.00",
        "09.30 Indregistrering og kaffe",
        "10.00", "Skolens rolle i lokalsamfundet", " • Lektor Hanne Bruun, Danmarks Lærerforening",
        "10.30 Nye veje i ældreplejen", "Plenumoplæg ved Søren Kvist",
        "Oplægget handler om hverdagen på plejecentrene.",
        "11.15 Workshops",
        " • “Hvad virker?” – Oplæg fra Karin Holm, ph.d. om frivillighed",
        " • Naboskab og tryghed – Oplæg fra Ole Sand");
    List<Passage> talks = splitter.split(paragraphs, "Program").stream().filter(p -> p.talk().isPresent()).toList();
    assertEquals(List.of("Skolens rolle i lokalsamfundet", "Nye veje i ældreplejen",
            "“Hvad virker?” – Oplæg fra Karin Holm, ph.d. om frivillighed", "Naboskab og tryghed – Oplæg fra Ole Sand"),
        talks.stream().map(p -> p.talk().orElseThrow().title()).toList());
    assertTrue(talks.get(0).text().contains("Hanne Bruun"), "the speaker's line stays with the talk: " + talks.get(0).text());
    assertTrue(talks.get(0).talk().orElseThrow().speakerText().contains("Hanne Bruun"));
    assertTrue(talks.get(1).talk().orElseThrow().speakerText().contains("Søren Kvist"));
  }

  @Test
  void aTalkToldByTheOneTheSentenceBeforeNamedOrByWhoOpensTheDay() {
    List<String> paragraphs = List.of("Referat",
        "Formiddagen stod i digitaliseringens tegn.",
        "Kommunerne blev repræsenteret af Else Marie Krogh, direktør i Syddata. Hun fortalte om de nye fælles løsninger.",
        "Kulturminister Anders Bæk åbner konferencen med et oplæg om den nationale vision.",
        "Han talte også med deltagerne i pausen.",
        "Bagefter delte tidligere borgmester, Hanne Vig, sine erfaringer med frikommuneforsøget.",
        "Hele dagen var der debat, før formand Thorkild Olesen samlede op på dagen og takkede alle.",
        "Vi har inviteret Keld Bordinggaard (landstræner, DBU) til at komme med et indspark til debatten.");
    List<Passage> talks = splitter.split(paragraphs, "Referat").stream().filter(p -> p.talk().isPresent()).toList();
    assertEquals(5, talks.size(), talks.toString());
    assertTrue(talks.get(0).talk().orElseThrow().speakerText().contains("Else Marie Krogh"));
    assertEquals(List.of("Hanne Vig"), talks.get(2).talk().orElseThrow().givers(), "to share one's experience with the hall");
    assertTrue(talks.get(1).text().startsWith("Kulturminister Anders Bæk"), talks.get(1).text());
  }

  @Test
  void aTalkToldAsTakingTheFloorWelcomingOrAnItem() {
    List<String> paragraphs = List.of("Generalforsamling 2018",
        "Formanden aflagde beretning, og den blev godkendt.",
        "Efter beretningen bad æresmedlem Niels Wieland om ordet for at takke for opmærksomheden.",
        "Teknik- og Miljøborgmester Ninna Hedeager Olsen fik æren af at byde velkommen til konferencen.",
        "Ellen Birthe Christensen og Mie Christensen havde et lille indslag med tilbageblik på de seneste 25 år.",
        "Vi havde en god dag med mange gode samtaler.");
    List<TalkHeading> talks = splitter.split(paragraphs, "Generalforsamling 2018").stream().flatMap(p -> p.talk().stream()).toList();
    assertEquals(3, talks.size(), talks.toString());
    assertEquals(List.of("Niels Wieland"), talks.get(0).givers());
    assertTrue(talks.get(1).givers().get(0).endsWith("Ninna Hedeager Olsen"), talks.get(1).givers().toString());
    assertTrue(talks.get(2).speakerText().startsWith("Ellen Birthe Christensen og Mie Christensen havde"), talks.get(2).speakerText());
  }

  @Test
  void aSentenceThatOpensAListOfSpeakersMakesEachPersonATalkAndAReportIsGiven() {
    List<String> paragraphs = List.of("Kongres 2024",
        "Kongressen samler 600 delegerede fra hele landet.",
        "Gæstetalere ved kongressen vil bl.a. være:\n- formand for FH Morten Skov Christiansen (tirsdag kl. ca. 13.00).\n"
            + "- professor Anne Marie Berg, Roskilde Universitet (onsdag kl. ca. 10.00).",
        "Forretningsfører Eva Lundgaard holder sin beretning for a-kassens delegerede torsdag.");
    List<Passage> talks = splitter.split(paragraphs, "Kongres 2024").stream().filter(p -> p.talk().isPresent()).toList();
    assertEquals(3, talks.size(), talks.toString());
    assertTrue(talks.get(0).talk().orElseThrow().speakerText().contains("Morten Skov Christiansen"));
    assertTrue(talks.get(2).text().startsWith("Forretningsfører Eva Lundgaard"), talks.get(2).text());
  }

  @Test
  void aSlotWhoseListedItemsAreTalksIsTheirSessionAndATalkWordAloneOverItsSpeakerIsATalk() {
    List<String> paragraphs = List.of("Program",
        "Velkomst", "Hanne Mølgaard, direktør, Friluftsrådet",
        "Kl. 14.00 – 15.00\nGrøn omstilling på landet\n"
            + "- Karl Sørensen, formand, Landboforeningen: Hvad kan landbruget gøre?\n"
            + "- Lise Bach (V), ordfører: Regeringens udspil\n- Debat",
        "15.00 Kaffe");
    List<Passage> talks = splitter.split(paragraphs, "Program").stream().filter(p -> p.talk().isPresent()).toList();
    assertEquals(List.of("Velkomst", "Hvad kan landbruget gøre?", "Regeringens udspil", "Debat"),
        talks.stream().map(p -> p.talk().orElseThrow().title()).toList());
    assertTrue(talks.get(0).talk().orElseThrow().speakerText().contains("Hanne Mølgaard"));
  }

  @Test
  void aPanelsFourPeopleOneToALineUnderItsTitleAreItsSpeakers() {
    List<String> paragraphs = List.of("Program",
        "09:10 Fremtidens sundhedsvæsen\nKarl Sørensen, direktør, Region Nord\nLise Bach, cheføkonom, Cepos\n"
            + "Mette Holm, formand, Danske Patienter\nOle Dam, moderator",
        "10:00 Kaffe", "10:15 Velkomst v/ Per Berg");
    Passage panel = splitter.split(paragraphs, "Program").stream().filter(p -> p.talk().isPresent()).findFirst().orElseThrow();
    String speakers = panel.talk().orElseThrow().speakerText();
    for (String person : List.of("Karl Sørensen", "Lise Bach", "Mette Holm", "Ole Dam")) {
      assertTrue(speakers.contains(person), person + " in " + speakers);
    }
  }

  @Test
  void aLineUnderTheTitleThatOpensWithANameAndACommaGivesTheTalk() {
    List<String> paragraphs = List.of("Program", "19.15", "Ét mødested som ramme om fællesskabet\n"
        + "Ulvhild Snorresdatter, landsbyklyngen Mols i Udvikling", "20.00", "Kaffe og kage", "20.15 Afrunding v/ Per Berg");
    Passage talk = splitter.split(paragraphs, "Program").stream().filter(p -> p.talk().isPresent()).findFirst().orElseThrow();
    assertEquals(List.of("Ulvhild Snorresdatter"), talk.talk().orElseThrow().givers());
  }

  @Test
  void aDateLineIsNeitherASlotNorAHeading() {
    List<String> paragraphs = List.of("Årsmøde", "24.04",
        "Årsmødet samlede mange. Deltagerne hørte, da Karen Holm, direktør i Landbrug & Fødevarer, talte om verdensmålene.",
        "Derefter fortalte Ulvhild Snorresdatter om mikroplast i jord.");
    List<Passage> talks = splitter.split(paragraphs, "Årsmøde").stream().filter(p -> p.talk().isPresent()).toList();
    assertEquals(2, talks.size(), talks.toString());
    assertTrue(talks.get(0).text().startsWith("Årsmødet samlede"), "the date line is no part of the talk: " + talks.get(0).text());
    assertTrue(talks.stream().noneMatch(t -> t.talk().orElseThrow().time().startsWith("24")), "24.04 is no time of day");
  }

  @Test
  void aHeadingOfItsOwnOverAnOplaegVedLineIsTheTalksTitle() {
    List<String> paragraphs = List.of("Program", "Velkomst", "Hvad viser analysen?",
        "Oplæg v/ Morten Greve, chefkonsulent i DEFACTUM\nHvordan ser kommunerne på udviklingen?",
        "Sammen om opgaven", "Oplæg v/Gert Hougaard, leder for Skibet Skole\nSkolen har udviklet en tilgang.", "Pause");
    List<Passage> talks = splitter.split(paragraphs, "Program").stream().filter(p -> p.talk().isPresent()).toList();
    assertEquals(List.of("Hvad viser analysen?", "Sammen om opgaven"), talks.stream().map(p -> p.talk().orElseThrow().title()).toList());
    assertTrue(talks.get(1).text().contains("Skolen har udviklet"), talks.get(1).text());
    assertTrue(talks.get(1).talk().orElseThrow().speakerText().contains("Gert Hougaard"));
  }

  @Test
  void aOneWordHeadingOrAHeadingOverTwoSpeakersLinesIsNoTalksTitle() {
    List<String> paragraphs = List.of("Program", "Oplæg v/ Morten Greve, chefkonsulent",
        "Åbning af konferencen", "Velkomst ved Carl Holst, formand, Vifo\nVelkommen til Faaborg ved Hans Stavnsager, borgmester");
    List<String> titles = splitter.split(paragraphs, "Program").stream().filter(p -> p.talk().isPresent())
        .map(p -> p.talk().orElseThrow().title()).toList();
    assertTrue(titles.stream().noneMatch(t -> t.equals("Program") || t.equals("Åbning af konferencen")), titles.toString());
  }

  @Test
  void speakersLinesUnderASlotEndingInAColonAreTalksOfTheirOwn() {
    List<String> paragraphs = List.of("Program", "19.30-20.00 Oplæg ved Domprovst Anders Gadegaard",
        "20.20-20.55 Tre skarpe:\nKirsten Jørgensen: Hvad præster ved om agurkesalat.",
        "Christian Balslev-Olesen: Desmond Tutu i anledning af hans fødselsdag.", "Ingeborg Ilkjær: Kan en samaritaner være upolitisk.",
        "Tilmelding");
    List<String> titles = splitter.split(paragraphs, "Program").stream().filter(p -> p.talk().isPresent())
        .map(p -> p.talk().orElseThrow().title()).toList();
    assertEquals(List.of("Oplæg", "Hvad præster ved om agurkesalat.", "Desmond Tutu i anledning af hans fødselsdag.",
        "Kan en samaritaner være upolitisk."), titles);
  }

  @Test
  void aMealServedAtAPlaceIsABreakAndAClosingWithItsSpeakerIsATalk() {
    List<String> paragraphs = List.of("Program", "11.00 Oplæg ved Lise Bach", "12.00 FROKOST Ved VIFTENS BISTRO",
        "17.30 - Spisning", "15.15", "Tak for i dag", "v/ Thomas Svendsen, faglig sekretær");
    List<Passage> talks = splitter.split(paragraphs, "Program").stream().filter(p -> p.talk().isPresent()).toList();
    assertEquals(List.of("Oplæg", "Tak for i dag"), talks.stream().map(p -> p.talk().orElseThrow().title()).toList());
    assertEquals("15.15", talks.get(1).talk().orElseThrow().time());
  }

  @Test
  void theEventsHoursUnderItsDateAreNoSlotButADaysHeadingOverATimeIs() {
    List<String> hours = List.of("Dato", "Tirsdag d. 23. marts 2021\nKl. 09.30 - 15.30", "Program", "09.45", "Velkomst v/ Kirsten Balle",
        "10.00", "Når etikken bliver synlig");
    assertEquals(List.of("09.45", "10.00"), splitter.split(hours, "Program").stream().filter(p -> p.talk().isPresent())
        .map(p -> p.talk().orElseThrow().time()).toList());
    List<String> day = List.of("Program", "FREDAG DEN 11. JUNI\n10.00\nFormandens beretning", "11.45\nMød læger fra Spørg-en-læge");
    assertEquals(List.of("10.00", "11.45"), splitter.split(day, "Program").stream().filter(p -> p.talk().isPresent())
        .map(p -> p.talk().orElseThrow().time()).toList());
  }

  @Test
  void aReportTellsOfDebatesTheirModeratorsAndSpeakersNamedBeforeTheirPart() {
    List<String> paragraphs = List.of("Referat",
        "Efter frokost fulgte det første indlæg fra minister for udviklingssamarbejde, Rasmus Prehn.",
        "Konferencen sluttede af med energipolitisk debat med deltagelse af politikerne Anne Paulin (S) og Carsten Kissmeyer (V).",
        "Der var en debat, hvor næstformand Thomas Bach, DIF og direktør Mikkel Nørtoft Magelund, DGI, debatterede.",
        "Bestyrelsesmedlem Henrik Weiergang stod for at styre diskussionen omkring netværket.",
        "I sommervarmen blev deltagerne budt velkommen af formand, Torben Ringsø, som viste rundt.",
        "Mathias Vibe, AU og Lone Nedergaard var oplægsholdere, og det gjorde de flot.",
        "Formand Vagn Meck's beretning gik på det gode samarbejde.");
    assertEquals(List.of(List.of("Rasmus Prehn"), List.of("Anne Paulin"), List.of("Thomas Bach"), List.of("Bestyrelsesmedlem Henrik Weiergang"),
        List.of("Torben Ringsø"), List.of("Mathias Vibe"), List.of("Formand Vagn Meck")),
        splitter.split(paragraphs, "Referat").stream().map(p -> p.talk().map(TalkHeading::givers).orElse(List.of())).toList());
  }

  @Test
  void aDebateOrAModeratorWithoutANameTellsOfNoTalk() {
    List<String> paragraphs = List.of("Nyhed", "Der var en god debat med mange af deltagerne i salen.",
        "Kommunen styrede diskussionen om budgettet, og mødet sluttede kl. 21.");
    assertTrue(splitter.split(paragraphs, "Nyhed").stream().allMatch(p -> p.talk().isEmpty()));
  }

  private List<String> talkTimes(List<String> paragraphs) {
    return splitter.split(paragraphs, "Program").stream().filter(p -> p.talk().isPresent())
        .map(p -> p.talk().orElseThrow().title() + " @ " + p.talk().orElseThrow().time()).toList();
  }

  @Test
  void slotsOnTheHourAndAfterCaOrFraAreSlots() {
    assertEquals(List.of("Velkomst @ 10.00", "Oplæg om klimaet @ 11.00", "Workshop om trivsel @ 13.00–14.00"),
        talkTimes(List.of("Program", "Kl. 10 Velkomst ved formand Jens Hansen", "Kl. 11 Oplæg om klimaet ved Anne Holm",
            "Kl. 12 Frokost", "Kl. 13-14 Workshop om trivsel")));
    assertEquals(List.of("Velkomst @ 10.00", "Oplæg om klimaet @ 10.30", "Debat om skolen @ 19.00–21.00"),
        talkTimes(List.of("Program", "Ca. kl. 10.00 Velkomst ved formand Jens Hansen", "Fra kl. 10.30 Oplæg om klimaet ved Anne Holm",
            "Kl. 19.00 – ca. 21.00 Debat om skolen")));
  }

  @Test
  void aTimeAfterTheTitleInBracketsOrAfterKlIsTheSlotsTime() {
    assertEquals(List.of("Velkomst @ 10.00", "Oplæg om klimaet @ 10.30–11.15", "Workshop om trivsel @ 13.00"),
        talkTimes(List.of("Program", "Velkomst ved formand Jens Hansen (kl. 10.00)", "Oplæg om klimaet ved Anne Holm (10.30-11.15)",
            "Frokost (kl. 12.00)", "Workshop om trivsel – kl. 13.00")));
    assertEquals(List.of(), talkTimes(List.of("Nyhed", "Debatten starter mellem 10.00 - 11.00",
        "Mødet holdes i Børsbygningen, torsdag 19. januar 2017 kl. 09.00 - 12.00", "Slutter ca. kl. 12 - 12.15")),
        "a time after a date or a number is no talk's");
  }

  @Test
  void aTitleOverItsTimeInOneParagraphTakesTheTime() {
    assertEquals(List.of("Velkomst @ 10.00–10.15", "Klimaet og kommunen @ 10.15–11.00"),
        talkTimes(List.of("Program", "Velkomst\nKl. 10.00-10.15\nJens Hansen, formand",
            "Klimaet og kommunen\nKl. 10.15-11.00\nAnne Holm, professor, Aarhus Universitet", "Frokost\nKl. 12.00-13.00")));
    assertEquals(List.of("Nye kompetencer @ 10.30", "Sundhed i hjemmet @ 13.00"),
        talkTimes(List.of("Program", "Tema – Hygiejne i læringsmiljøet\n10.30", "Nye kompetencer\nLektor Helle Brønnum Carlsen, Zahles Seminarium",
            "Tema – Hygiejne set fra borgeren\n13.00", "Sundhed i hjemmet\nLektor Ole Bak, UCC")),
        "a time closing its paragraph heads the next one");
  }

  @Test
  void aTablesRowIsTitledByItsFirstCellAndADatedDayIsNoSlot() {
    assertEquals(List.of("Velkomst @ 10.00", "Klimaet og kommunen @ 10.15", "Debat om skolen @ 11.15"),
        talkTimes(List.of("Mandag den 23. maj kl. 9-15 inviterer FGU Vestegnen til konference.",
            "Program", "10.00 | Velkomst | Jens Hansen, formand\n10.15 | Klimaet og kommunen | Anne Holm, professor\n11.00 | Kaffe\n"
            + "11.15 | Debat om skolen | Ole Bak, lærer")));
    assertEquals(List.of("Velkomst @ 10.00", "Klimaet og kommunen @ 10.15"),
        talkTimes(List.of("Program", "Tid\tEmne\tOplægsholder\n10.00\tVelkomst\tJens Hansen, formand\n"
            + "10.15\tKlimaet og kommunen\tAnne Holm, professor\n11.00\tKaffe")));
  }

  @Test
  void whoGivesTheTalkAfterADashIsNoPartOfItsTitle() {
    assertEquals(List.of("Velkomst @ 10.00", "Lykketoft i stolen - en samtale @ 10.15"),
        talkTimes(List.of("Program", "10.00 Velkomst – Jens Hansen, formand for KL", "10.15 Lykketoft i stolen - en samtale")));
  }

  @Test
  void aListUnderDeltagereOrALeadInNamesTheTalksSpeakersButAFieldEndsIt() {
    List<String> paragraphs = List.of("Program", "Torsdag den 13. juni kl. 16.30 - 17.30",
        "Debat: Lyt med, når formændene bliver ristet over sagte ild.\nHvor godt kender de patienterne? Og er det dem, der ved bedst?\n"
            + "Vi byder indenfor til en uformel quiz om sundhed.\nDeltagere:",
        "Lisbeth Lintz, Formand, Overlægeforeningen\nAndreas Rudkjøbing, Formand, Lægeforeningen",
        "Sted: Brandstationen\nKarsten Holm, vicevært",
        "11.45 At formidle viden om corona", "Vi får besøg af", "• Elif Bayram Orbe\n• Nadja Lindberg Bonne");
    List<String> speakerTexts = splitter.split(paragraphs, "Program").stream().filter(p -> p.talk().isPresent())
        .map(p -> p.talk().orElseThrow().speakerText()).toList();
    assertEquals(2, speakerTexts.size(), speakerTexts.toString());
    assertTrue(speakerTexts.get(0).contains("Andreas Rudkjøbing") && !speakerTexts.get(0).contains("Karsten Holm"), speakerTexts.get(0));
    assertTrue(speakerTexts.get(1).contains("Nadja Lindberg Bonne"), speakerTexts.get(1));
  }

  @Test
  void aReportTellsOfATalkWithAPronounAfterTheNameOrWithItsTopicBeforeTheSpeaker() {
    List<String> paragraphs = List.of("Referat",
        "Det mener Bornholms borgmester Winni Grosbøll (S). I sin afslutningstale til Folkemødet fastslog hun, at det gik godt.",
        "Læge Peter Qvortrup Geisling kommer igen til Holbæk. Denne gang holder han foredraget »Naturen på recept«.",
        "Leo Komischke-Konnerup, UC Syddanmark, har været den centrale oplægsholder på konferencerne.",
        "Dagen blev afsluttet med et oplæg omkring Samskabelse og Capacity Building af professor Hanne Kathrine Krogstrup.",
        "Borgmesteren var glad. I sin tale sagde hun ikke meget.");
    List<List<String>> givers = splitter.split(paragraphs, "Referat").stream().map(p -> p.talk().map(TalkHeading::givers).orElse(null)).toList();
    assertEquals(5, givers.size());
    assertTrue(givers.get(0) != null && givers.get(1) != null, givers.toString());
    assertEquals(List.of("Leo Komischke-Konnerup"), givers.get(2));
    assertEquals(List.of("Hanne Kathrine Krogstrup"), givers.get(3));
    assertEquals(null, givers.get(4), "no name before the pronoun: no talk");
  }

  @Test
  void slotsRunTogetherInOneLineAreTalksOfTheirOwn() {
    assertEquals(List.of("Velkomst og gennemgang af program @ 16.10", "Ørsted - landsbyen, der ikke ville dø @ 16.20"),
        talkTimes(List.of("Landsbytopmøde", "Program:16.00: Ankomst til kulturhuset, kaffe og sandwich. 16.10: Velkomst og gennemgang af "
            + "program v/ Steffen Damsgaard, formand. 16.20: Ørsted - landsbyen, der ikke ville dø v/ Tove Hjort Jensen, formand.")));
    assertEquals(List.of(), talkTimes(List.of("Nyhed", "Mødet begynder kl. 16.00 og slutter kl. 18.00 i salen.")),
        "times in a sentence are no slots");
    assertEquals(List.of(0, 0), List.of(SlotTimes.slotsRunTogether("Kl. 11.45 – 13.15: 11.45 – 13.15: 4 korte oplæg").size(),
        SlotTimes.slotsRunTogether("Kl. 10.00: Velkomst").size()), "a time written twice is one slot");
  }

  @Test
  void musicIsABreakAClosingWithATalkIsATalkAndPluralWorkshopsOverTheirListAreNone() {
    assertEquals(List.of("Velkomst @ 09.00", "Workshop 1: Læringspunkter @ ", "Workshop 2: Fem gode råd @ ", "Tak for i dag og afrunding @ 15.25"),
        talkTimes(List.of("Program", "9.00 Velkomst v/ Jens Hansen", "9.30 Underholdning – let opvarmning",
            "10.00 Koncerter med Keld & Hilda", "20.00-20.20 Sangtime: ved organist Mark Baumann",
            "13:00 Workshops (der deltages i én af de fire workshops)", "Workshop 1: Læringspunkter", "Workshop 2: Fem gode råd",
            "Kl. 15.25: Tak for i dag og afrunding", "Kl. 15.30: Tak for i dag")));
    assertEquals(List.of("Velkomst @ 12.20", "Temasessioner @ 13.30"),
        talkTimes(List.of("Program", "12.20 Velkomst v/ Jens Hansen", "13.30 Temasessioner", "14.30 Kaffepause")),
        "with no talks under it the sessions' slot is the talk there is");
  }

  @Test
  void aLineOpeningWithSuspendedCompoundsIsNoBreakButABuffetATimeForTheHallOrAnEndWithNoOneNamedIs() {
    assertEquals(List.of("Indledning @ 13.00–13.05", "Transport-, Bygnings- og Boligministeriets planer @ 13.05–13.30"),
        talkTimes(List.of("Program", "13.00-13.05: Indledning ved ordstyrer Per Homann Jespersen",
            "13.05-13.30: Transport-, Bygnings- og Boligministeriets planer, v/", "18.00: Aftenbuffet.",
            "19.00: Frokost- og netværkspause", "20.30: Tid til snak - over ostebord og rødvin", "21.00 Kongresafslutning")));
  }

  @Test
  void listedTalksUnderASlotTakeAnItemNamingItsSpeakerAfterItsTopicAndAPanelKeepsItsListedPeople() {
    List<String> paragraphs = List.of("Program", "14.35-15.15: Korte indlæg fra aktørerne:",
        "· Hvordan sikres sammenhængen?, v/ Carsten Hyldborg, Fynbus", "· Hvad har passagererne brug for?, v/ Laura Kirch Kirkegaard, Passagerpulsen",
        "· HOT, set fra regionalside, Martin Baden, Næstformand Trafikudvalget",
        "15.15-15.55: Paneldebat mellem politikere (og salen):", "· Næstformand Trafikudvalget, Martin Baden, Socialdemokratiet",
        "· Transportordfører Kim Christiansen", "· Borgmester Jens Hansen");
    List<Passage> talks = splitter.split(paragraphs, "Program").stream().filter(p -> p.talk().isPresent()).toList();
    assertEquals(List.of("Hvordan sikres sammenhængen?", "Hvad har passagererne brug for?", "HOT, set fra regionalside, Martin Baden, Næstformand Trafikudvalget",
        "Paneldebat mellem politikere (og salen)"), talks.stream().map(p -> p.talk().orElseThrow().title()).toList());
    String panel = talks.get(3).talk().orElseThrow().speakerText();
    assertTrue(panel.contains("Kim Christiansen") && panel.contains("Jens Hansen"), panel);
  }

  @Test
  void anItemOverItsSpeakersLineAndATitleOverTheSpeakerAndTheAbstractAreTalks() {
    assertEquals(List.of("Kulturarvsformidling - fra børnehave til verdensarv @ ", "Dannelse i dagtilbud @ "),
        talkTimes(List.of("Program", "Keynotes\n • Kulturarvsformidling - fra børnehave til verdensarv\n  v. MA Lars Kjær Larsen, HistorieLab/UCL\n"
            + " • Dannelse i dagtilbud\n   v. Ph.d. Andreas Rasch-Christensen, VIA")));
    String abstractText = "Der arbejdes i kommunerne med mange spændende nye teknologier, lige fra robotter og droner til initiativer, "
        + "der handler om den intelligente by, de såkaldte Smart City-initiativer, og om de udfordringer, de giver.";
    assertEquals(List.of("Visionær strategi for digitale udviklingsmuligheder @ ", "Den smarte by @ "),
        talkTimes(List.of("Program", "Runde 1: Oplæg og inspiration\nVisionær strategi for digitale udviklingsmuligheder\n"
            + "Anders Sahl Hansen, Innovation Lab\n" + abstractText, "Den smarte by\nBo Fristed, Chief Innovation Officer i Aarhus Kommune\n" + abstractText)));
  }

  @Test
  void aLongSlotLineNamesItsSpeakerInTheSentenceOfItsCue() {
    String line = "13.30: Ind i fællesskabet – har vi overhovedet en fremtid? Ved Niels Henrik Gregersen, professor i dogmatik, KU: "
        + "Vi kan ikke tale om livet efter døden uden at tale om livet før døden. Foredragets første tese vil være, at vi allerede midt "
        + "i tidens flow har en intuition om evighed. Mette Hansen har skrevet om det.";
    List<String> speakerTexts = splitter.split(List.of("Program", "13.15: Velkomst ved biskop Marianne Christiansen", line), "Program").stream()
        .filter(p -> p.talk().isPresent()).map(p -> p.talk().orElseThrow().speakerText()).toList();
    assertTrue(speakerTexts.get(1).contains("Niels Henrik Gregersen") && !speakerTexts.get(1).contains("Mette Hansen"), speakerTexts.get(1));
  }

  @Test
  void eachItemUnderOplaegVedIsATalk() {
    assertEquals(List.of("Beredskabsstyrelsen Midtjylland - centralt og lokalt @ ", "Environment Solutions om praktiske løsninger @ "),
        talkTimes(List.of("Program", "Erfaringer med beredskabsindsatsen.", "Oplæg ved:\n • Beredskabsstyrelsen Midtjylland - centralt og lokalt\n"
            + " • Environment Solutions om praktiske løsninger", "Diskussion i plenum.")));
  }

  @Test
  void aPageThatPresentsItsSpeakersOneByOneHasATalkForEach() {
    List<String> paragraphs = List.of("Mød oplægsholderne", "Monica Kosinska, Regional Focal Point for the WHO European Cities Network",
        "Monica Kosinska vil tage udgangspunkt i netværkets rolle i det internationale samarbejde om sundhed i byerne, og hun vil "
            + "præsentere FN's verdensmål for sundhed og trivsel og vise, hvordan byerne bidrager.",
        "Dr. Peter Goldblatt, University College London, Institute of Health Equity",
        "Peter Goldblatt fremlægger Closing the Gap, som han til dagligt arbejder med. Oplægget tager udgangspunkt i sociale "
            + "determinanter for sundhed og vigtigheden af, at vore tilgange ser på tværs af disse.");
    List<String> speakerTexts = splitter.split(paragraphs, "Mød oplægsholderne").stream().filter(p -> p.talk().isPresent())
        .map(p -> p.talk().orElseThrow().speakerText()).toList();
    assertEquals(2, speakerTexts.size(), speakerTexts.toString());
    assertTrue(speakerTexts.get(0).startsWith("Monica Kosinska") && speakerTexts.get(1).startsWith("Dr. Peter Goldblatt"), speakerTexts.toString());
    assertTrue(splitter.split(List.of("Nyhed", paragraphs.get(1), paragraphs.get(2)), "Nyhed").stream().allMatch(p -> p.talk().isEmpty()),
        "one person over one paragraph is a byline over an article");
  }

  @Test
  void roundsOfAPanelWithTheirPeopleOnTheStageAreTalks() {
    List<Passage> talks = splitter.split(List.of("Folkemødet", "Med skiftende paneler runder debatten tre tematikker:\n"
        + "Runde 1: Bredden og eliten\nPå scenen:\nMorten Messerschmidt\nChristine Buhl Andersen\n"
        + "Runde 2: Vækstlaget\nPå scenen:\nEsben Weile Kjær\nChristine Buhl Andersen"), "Folkemødet").stream()
        .filter(p -> p.talk().isPresent()).toList();
    assertEquals(List.of("Runde 1: Bredden og eliten", "Runde 2: Vækstlaget"), talks.stream().map(p -> p.talk().orElseThrow().title()).toList());
    assertEquals("Esben Weile Kjær\nChristine Buhl Andersen", talks.get(1).talk().orElseThrow().speakerText());
  }

  @Test
  void aNewsStoryNamesASpeakerAmongTheSpeakersOfTheDay() {
    List<Passage> talks = splitter.split(List.of("Nyhed", "Turisterhvervet mødes til årsmøde i januar.",
        "Blandt talerne på dagen er også Københavns Lufthavns adm. direktør, Thomas Woldbye, der vil tale om vækst."), "Nyhed").stream()
        .filter(p -> p.talk().isPresent()).toList();
    assertEquals(1, talks.size());
    assertTrue(talks.get(0).talk().orElseThrow().speakerText().contains("Thomas Woldbye"));
  }

  @Test
  void numberedItemsUnderASlotAreItsTalksUpToAParagraphOfSomethingElse() {
    assertEquals(List.of("1. Unge indvandrere og deltagelse @ ", "2. Frafaldsgruppen @ ", "Fremtidige initiativer @ 20.40"),
        talkTimes(List.of("Program", "10.30 Velkomst ved Anne Holm\n11:15 Tema 2 – Kan alle deltage?\n1. Unge indvandrere og deltagelse\n"
            + "Repræsentant fra Rabarberlandet\n2. Frafaldsgruppen\nÞorbjörn Jensson - Fjölsmiðjan", "18.30 Velkomstdrink",
            "20.40\nFremtidige initiativer", "Stande på konferencen", "1. LAG-midler kan skabe udvikling\nForeningen har EU-midler.",
            "2. Landsbypedel\nEn pedel for flere landsbyer.")).subList(1, 4));
  }

  @Test
  void aSpeakersLineUnderTheTitleUnderATimeAloneIsThatTalks() {
    List<Passage> talks = splitter.split(List.of("Program", "Kl. 13.15 – 13.25\nPause",
        "Kl. 13.25 – 13.45\nEtik i ældreplejen – Er der brug for et paradigmeskifte?\nOplæg ved Dorthe Birkmose, psykolog og forfatter."),
        "Program").stream().filter(p -> p.talk().isPresent()).toList();
    assertEquals(List.of("Etik i ældreplejen – Er der brug for et paradigmeskifte?"), talks.stream().map(p -> p.talk().orElseThrow().title()).toList());
    assertTrue(talks.get(0).talk().orElseThrow().speakerText().contains("Dorthe Birkmose"));
  }

  @Test
  void aReportTellsOfATalkPresentedBySomeoneOrOfSomeoneSharingTheirExperience() {
    List<List<String>> givers = splitter.split(List.of("Referat",
        "Målet blev præsenteret af Mette Kaagaard, CEO i Microsoft Danmark, der satte scenen for de fremmødte.",
        "Søndag er fokus på bestyrelsens rolle, hvor bl.a. mediepersonen Lisbeth Knudsen øser af sine erfaringer fra bestyrelser."),
        "Referat").stream().map(p -> p.talk().map(TalkHeading::givers).orElse(List.of())).toList();
    assertEquals(List.of(List.of("Mette Kaagaard"), List.of("Lisbeth Knudsen")), givers);
    List<List<String>> presenters = splitter.split(List.of("Referat",
        "Birgitte Holm Sørensen præsenterede nogle af de centrale resultater fra årets kommune-survey om velfærdsteknologi.",
        "Anne Lind Jensen præsenterede sig selv og sin baggrund som sygeplejerske i kommunen gennem tyve år."),
        "Referat").stream().map(p -> p.talk().map(TalkHeading::givers).orElse(List.of())).toList();
    assertEquals(List.of(List.of("Birgitte Holm Sørensen"), List.of()), presenters, "what one presents is a talk; presenting oneself is not");
  }

  @Test
  void aReportedTalkWithItsGiverAfterTheVerbEndsBeforeAListOfItsOwn() {
    List<Passage> talks = splitter.split(List.of("Pressemeddelelse",
        "Kongressen åbner lørdag kl. 13.00 og ca. kl. 15.50 holder 3F’s formand Henning Overgaard sin beretning for de delegerede.\n"
            + "Gæstetalere ved kongressen vil bl.a. være:\n- formand for FH Lizette Risgaard (tirsdag kl. ca. 13.00)."),
        "Pressemeddelelse").stream().filter(p -> p.talk().isPresent()).toList();
    assertEquals(2, talks.size(), talks.toString());
    assertEquals(List.of("Henning Overgaard"), talks.get(0).talk().orElseThrow().givers());
    assertTrue(talks.get(1).talk().orElseThrow().speakerText().contains("Lizette Risgaard"));
  }

  @Test
  void aLeadInToWhoHostsOrPaysNamesNoSpeakers() {
    List<String> speakerTexts = splitter.split(List.of("Program", "10.00 Velkomst ved Jens Hansen",
        "11.00 Oplæg om klimaet\nHvordan ser byen ud om tyve år?\nHvad kan vi gøre i dag?\nOg hvem betaler?\nDet ser vi på.\n"
            + "Arrangeret af\n• Mette Holm, direktør, Grøn Fond", "12.00 Frokost",
        "13.00 Debat om byen\nHvordan ser byen ud om tyve år?\nHvad kan vi gøre i dag?\nOg hvem betaler?\nDet ser vi på.\n"
            + "Vi får besøg af\n• Karen Lund, borgmester"), "Program").stream()
        .filter(p -> p.talk().isPresent()).map(p -> p.talk().orElseThrow().speakerText()).toList();
    assertEquals(3, speakerTexts.size(), speakerTexts.toString());
    assertTrue(!speakerTexts.get(1).contains("Mette Holm"), speakerTexts.get(1));
    assertTrue(speakerTexts.get(2).contains("Karen Lund"), speakerTexts.get(2));
  }

  @Test
  void timesAfterADashOverTitleAndSpeakerAndAnHourSpanBeforeAColonAreSlots() {
    List<Passage> talks = splitter.split(List.of("Program", "- 12:30-12:50\nVelkomst og introduktion til de nye regler\nOle Morten Petersen, DAKOFA\n"
        + "- 12:50-13:10\nInitiativer for mere genbrug i Vejle\nJørgen Chris Madsen, Vejle Kommune - Ressourcer & Genbrug\n"
        + "- 13:10-13:30\nHvad gør vi i ARGO?\nFinn Kjær, Argo"), "Program").stream().filter(p -> p.talk().isPresent()).toList();
    assertEquals(List.of("Velkomst og introduktion til de nye regler @ 12.30–12.50", "Initiativer for mere genbrug i Vejle @ 12.50–13.10",
        "Hvad gør vi i ARGO? @ 13.10–13.30"), talks.stream().map(p -> p.talk().orElseThrow().title() + " @ " + p.talk().orElseThrow().time()).toList());
    assertTrue(talks.get(1).talk().orElseThrow().speakerText().contains("Jørgen Chris Madsen"));
    assertEquals(List.of("Et spil for tabere @ 14.00–14.45", "Afslutning @ 16.50"),
        talkTimes(List.of("Program", "Program formiddag (09.00-13.00)", "09.00-10.00 Indtjekning – kom i god tid",
            "14-14.45: Et spil for tabere. Foredrag v. forfatter Rune Nøhr", "16.50 Afslutning ved Torben Frølich, direktør",
            "18.00 Fest for alle konferencedeltagere")));
    assertEquals(List.of("Beretning @ 10.45"), talkTimes(List.of("Program", "Kl. 10.45: Beretning ved landsformand Jeppe Hedaa",
        "Kl. 17.00: Afstemning. Derefter er dagens møde slut.", "Kl. 18.30: Festaften – festtaler og underholdning",
        "09.30 Genåbning af kongressen", "13.00 Kongressen fortsættes eventuelt", "Kl. 15.30: Konferencen afsluttes", "Kl. 17.30: Museet lukker")),
        "a vote, a party, a reopening, a session going on and a closing are no talks");
    assertEquals(List.of("Fortsat faglig udvikling af økologisk jordbrug. @ 16.30"),
        talkTimes(List.of("Program", "16.30 Fortsat faglig udvikling af økologisk jordbrug.", "17.30 Middag")));
  }

  @Test
  void anInvitationTellsWhomOneWillMeetAndAReportWhoGaveAnIntroduction() {
    List<Passage> talks = splitter.split(List.of("Invitation",
        "Du kan møde Mette Kirkeskov Sie fra Fødevarestyrelsen og dyrlæge Hanne Lerche Voogd til debatten.",
        "Projektleder Henrik Høyer gav derfor en introduktion til projektet, som deltagerne kunne give feedback på."),
        "Invitation").stream().filter(p -> p.talk().isPresent()).toList();
    assertEquals(2, talks.size(), talks.toString());
    assertEquals(List.of("Mette Kirkeskov Sie"), talks.get(0).talk().orElseThrow().givers());
    assertTrue(talks.get(1).talk().orElseThrow().speakerText().contains("Henrik Høyer"));
  }

  @Test
  void aPanelMadeUpOfPeopleOrIntroducedByAColonIsATalk() {
    List<Passage> talks = splitter.split(List.of("Referat", "Mødet blev indledt af formanden.",
        "Til gengæld var der et panel med nogle lidt andre repræsentanter end dem vi plejer at se: Ditte Brøndum (Socialrådgiverne) "
            + "og Lars Andersen (Lederne).",
        "Mødet blev afsluttet med spørgsmål til et panel bestående af Inga Thorup Madsen, CTR, og Lars Gullev, VEKS."), "Referat").stream()
        .filter(p -> p.talk().isPresent()).toList();
    assertEquals(List.of(List.of("Ditte Brøndum"), List.of("Inga Thorup Madsen")),
        talks.stream().map(p -> p.talk().orElseThrow().givers()).toList());
  }

  @Test
  void aLineNamingItsGiverInTheProgrammesShorthandIsATalk() {
    assertEquals(List.of("Velkomst @ ", "Gennemgang af forslag til kommuneplantillæg @ ", "Oplæg om screeningsmetode @ "),
        talkTimes(List.of("Dagsorden", "Velkomst v. Michael Larsen, formand for udvalget",
            "Gennemgang af forslag til kommuneplantillæg v. Anja Valhøj, planchef",
            "Oplæg om screeningsmetode v. Andreas Munksgaard Weir, byplanlægger", "Åben debat og input til forslaget")));
    assertEquals(List.of(), talkTimes(List.of("Nyhed", "Han bor v. Søen og arbejder i byen.", "Hun kom ved middagstid.")),
        "no cue of a giver, no talk");
  }

  @Test
  void aSlotDatedInNumbersIsASlot() {
    assertEquals(List.of("Pia Søltoft @ 19.30", "Doris Ottesen @ 19.30"),
        talkTimes(List.of("Efterårshøjskole 2021", "Torsdag 16/9 kl. 19.30: Pia Søltoft", "Onsdag den 14/10 kl. 19.30: Doris Ottesen")));
  }

  @Test
  void anItemWithATopicAndSpeakerOfItsOwnUnderASlotWithItsSpeakerIsATalkAndARoundsItemsAreTalks() {
    List<Passage> talks = splitter.split(List.of("Program",
        " • 18:30:  Velkomst og introduktion ved Tine Hessner, formand, Udvalg for Kultur\n"
            + " •  Introduktion til aftenens program ved Peter Rosgaard, Centerchef, Borgerservice\n"
            + " • 18:50 Workshoprunde 1\n •  Et godt sted at vokse op\n •  Sundhed gennem fællesskab\n"
            + " • 19:50 Kaffe og kage\n • 20:00 Borgerpanel – politikerne stiller spørgsmål til borgerne"), "Program").stream()
        .filter(p -> p.talk().isPresent()).toList();
    assertEquals(List.of("Velkomst og introduktion", "Introduktion til aftenens program", "Et godt sted at vokse op", "Sundhed gennem fællesskab",
        "Borgerpanel – politikerne stiller spørgsmål til borgerne"), talks.stream().map(p -> p.talk().orElseThrow().title()).toList());
    assertTrue(talks.get(1).talk().orElseThrow().speakerText().contains("Peter Rosgaard"));
    assertTrue(!talks.get(0).talk().orElseThrow().speakerText().contains("Peter Rosgaard"));
  }

  @Test
  void spansRunTogetherInOneLineAreSlotsEachWithoutAColon() {
    assertEquals(List.of("Velkomst @ 10.00–10.10", "Præsentation 1 @ 10.20–10.40"),
        talkTimes(List.of("Program", "09.30 – 10.00 Kaffemingel  10.00 – 10.10 Velkomst v/Eyvind Vesselbo, Bestyrelsesformand DEOO "
            + "10.20 – 10.40 Præsentation 1 – Jens Nielsen, Artana")));
  }

  @Test
  void aReportTellsOfATalkByTheWordsDefiniteFormAndWhoContributesIt() {
    List<Passage> talks = splitter.split(List.of("Nyhed",
        "Organisten Thorkil Mølle vil lørdag 6. oktober holde foredraget »Indgang til den kristne Gud gennem musikken«.",
        "Desuden bidrager Svend Brodersen fra Gram Slot med indlægget »Et kig i værktøjskassen«."), "Nyhed").stream()
        .filter(p -> p.talk().isPresent()).toList();
    assertEquals(2, talks.size(), talks.toString());
    assertTrue(talks.get(1).talk().orElseThrow().speakerText().contains("Svend Brodersen"));
    assertEquals(List.of(), talkTimes(List.of("Nyhed", "Han holder af at læse foredraget igen.", "Vi bidrager med kage.")),
        "no name, no talk");
  }

  @Test
  void aDatedTimeOverWhereTheEventIsIsTheEventsTime() {
    assertEquals(List.of("Visionær strategi @ ", "Den smarte by @ "),
        talkTimes(List.of("Åbent møde", "Torsdag 9/2 kl. 19.00-22.00\nSted: Stiften Lounge, Frederiksgade 78B, 8000 Aarhus C",
            "Runde 1: Oplæg og inspiration\nVisionær strategi\nAnders Sahl Hansen, Innovation Lab\nDe digitale muligheder og specielt kunstig "
                + "intelligens ændrer alle brancher, og teknologien bag skaber nye muligheder i en verden i hastig forandring, for store og små virksomheder.",
            "Den smarte by\nBo Fristed, Aarhus Kommune\nByen samler data om trafik, luft og energi, og de kan bruges til at gøre "
                + "hverdagen lettere for borgerne, hvis de deles åbent og sikkert mellem kommunen og borgerne.")));
  }

  @Test
  void aLectureWhoseTitleOpensWithABreakWordIsStillALecture() {
    assertEquals(List.of("Kinesernes danske helt @ 19.00", "Radioaktiv kaffe @ 19.00"),
        talkTimes(List.of("Samlet program for Nyt fra historien:",
            "Torsdag 22. oktober kl. 19\nKinesernes danske helt\nPeter Harmsen, cand.mag., ph.d., journalist, Københavns Universitet",
            "Torsdag 29. oktober kl. 19\nRadioaktiv kaffe\nMarianne Rostgaard, lektor, ph.d., Aalborg Universitet",
            "Pris for alle foredrag: 445 kr.")));
    assertEquals(List.of("Velkomst @ 10.00"), talkTimes(List.of("Program", "10.00\nVelkomst ved Jens Hansen", "12.00\nFrokost i kantinen")),
        "a break is still a break");
  }

  @Test
  void aSlotThatSaysOnlyWhereItIsHasItsTitleBelow() {
    List<Passage> talks = splitter.split(List.of("Kalender", "Onsdag d. 17. januar kl 19.00 i Gjethuset",
        "VILHELM BUHL – UNDERBESLYST OG UNDERVURDERET", "Poul Smidt", "Journalist. Foredraget handler om statsministeren efter Stauning.",
        "Onsdag d. 20. marts kl 19.00 i Gjethuset", "Hans Hedtofts forlis - Danmarks Titanic", "Lars Halskov og Morten Halskov"), "Kalender")
        .stream().filter(p -> p.talk().isPresent()).toList();
    assertEquals(List.of("VILHELM BUHL – UNDERBESLYST OG UNDERVURDERET", "Hans Hedtofts forlis - Danmarks Titanic"),
        talks.stream().map(p -> p.talk().orElseThrow().title()).toList());
    assertTrue(talks.get(0).text().startsWith("Onsdag d. 17. januar"), talks.get(0).text());
  }

  @Test
  void aReportTellsWhoWelcomedAfterTheVerbAndWhoSpokeAsKeynote() {
    List<Passage> talks = splitter.split(List.of("Nyhed",
        "Onsdag morgen bød AAU-rektor Per Michael Johansen velkommen til det, han kaldte for forvaltningsrettens Roskilde Festival.",
        "Højesteretspræsident Jens Peter Christensen talte fra scenen, da han gik på som keynotespeaker nummer to."), "Nyhed").stream()
        .filter(p -> p.talk().isPresent()).toList();
    assertEquals(2, talks.size(), talks.toString());
    assertEquals(List.of("AAU-rektor Per Michael Johansen"), talks.get(0).talk().orElseThrow().givers(),
        "the run as written: the speakers are its name, checked later");
    assertEquals(List.of(), talkTimes(List.of("Nyhed", "Vi bød alle gæster velkommen.", "Hun var med som gæst.")), "no name, no talk");
  }

  @Test
  void anItemThatOpensWithItsSpeakersNameAmongListedTalksIsATalk() {
    List<Passage> talks = splitter.split(List.of("Program",
        "Kl. 11.45 – 13.15: 4 korte oplæg (3 x 20 min + 1 x 30.) fra forskellige museer – Samarbejdsmodeller",
        "• Lola Wøhlk Hansen, Glud Museum, Samarbejde mellem museum og kommune i praksis\n"
            + "• Helle Ålsbøl, Museum Vestsjælland: Projektet Unge Blik på bygningsarv, Et samarbejde med Københavns Museum\n"
            + "• Camilla Frellsen, Kroppedal Museum Velfærdsforstadens bygningskultur 1945-2015\n"
            + "• Nanna Uhrbrand: NGO-samarbejde med museerne. Hvordan Landsforeningen arbejder med fredningssager.",
        "Kl. 13.15 – 13.45: Frokost"), "Program").stream().filter(p -> p.talk().isPresent()).toList();
    assertEquals(4, talks.size(), talks.toString());
    assertTrue(talks.get(2).talk().orElseThrow().speakerText().contains("Camilla Frellsen"));
  }

  @Test
  void aSpeakerWhoWillTalkAboutSomethingGivesATalk() {
    List<Passage> talks = splitter.split(List.of("Nyhed",
        "Roald Bergmann vil så præsentere årets gæstetaler, Amar Dlakic, formand for Bornholms Ungeråd, som vil snakke om det at være ung.",
        "Bagefter er der kaffe."), "Nyhed").stream().filter(p -> p.talk().isPresent()).toList();
    assertEquals(1, talks.size(), talks.toString());
    assertEquals(List.of(), talkTimes(List.of("Nyhed", "Vi kan snakke om vejret.")), "no name, no talk");
  }

  @Test
  void aLineOfWhomToContactIsNoTalk() {
    assertEquals(List.of("Velkomst @ 10.00", "Oplæg om jord @ 11.00"),
        talkTimes(List.of("Program", "10.00 Velkomst ved Jens Hansen", "11.00 Oplæg om jord ved Anne Holm",
            "Spørgsmål til:\n• Birgit Ingvorsen, Innovationscenter for Økologisk Landbrug på tlf.: +45 23 74 37 98 eller mail: biin@icoel.dk\n"
                + "• Per Hansen, SEGES: per@seges.dk")));
    assertEquals(List.of("Velkomst @ 10.00"), talkTimes(List.of("Program", "10.00 Velkomst ved Jens Hansen, jens@kl.dk", "12.00 Frokost")),
        "a slot is a talk, its speaker's address given or not");
  }

  @Test
  void aSeriesOfLecturesGivenByTheirDatesHasATalkForEachDate() {
    List<String> paragraphs = List.of("Vintermøder 2016",
        "Karen Holm: \"Bier i byen\"", "Mandag den 1. februar 2016.", "Karen fortæller om sine bistader på taget af rådhuset.",
        "Lørdag den 12. marts 2016", "Jens Mikkelsen:", "Jens har arbejdet med honning i tyve år og viser, hvordan man tapper.",
        "Sted: Foreningshuset, Vestergade 3");
    List<Passage> passages = splitter.split(paragraphs, "Vintermøder 2016");
    List<String> talks = passages.stream().filter(p -> p.talk().isPresent()).map(p -> p.talk().get().title()).toList();
    assertEquals(List.of("Karen Holm: \"Bier i byen\"", "Jens Mikkelsen"), talks, passages.toString());
    assertTrue(passages.stream().filter(p -> p.talk().isPresent()).allMatch(p -> !p.text().contains("Sted:")), "where it is ends the series");
    assertTrue(passages.get(0).text().startsWith("Karen Holm") && passages.get(0).text().contains("Mandag den 1. februar"),
        "a lecture begins at its heading above the date: " + passages.get(0).text());

    List<Passage> oneLine = splitter.split(List.of("Program:\n19. september – Organist Hanne Lund, Domkirken, ’Orgel og rum’\n"
        + "24. oktober – Lektor Bo Tved, Kirkens sprog"), "Kirkehøjskole");
    assertEquals(List.of("Organist Hanne Lund, Domkirken, ’Orgel og rum’", "Lektor Bo Tved, Kirkens sprog"),
        oneLine.stream().filter(p -> p.talk().isPresent()).map(p -> p.talk().get().title()).toList());

    List<Passage> withADaysPlan = splitter.split(List.of("Program:\n19. september – Organist Hanne Lund, Domkirken, ’Orgel og rum’\n"
        + "24. oktober – Lektor Bo Tved, Kirkens sprog", "Hver gang:\n• Kl. 10:00 – 10:45: Fællessang og foredrag\n"
        + "• Kl. 10:45 – 11:05: Kaffepause\n• Kl. 11:05 – 11:50: Foredrag og spørgsmål"), "Kirkehøjskole");
    assertEquals(List.of("Organist Hanne Lund, Domkirken, ’Orgel og rum’", "Lektor Bo Tved, Kirkens sprog"),
        withADaysPlan.stream().filter(p -> p.talk().isPresent()).map(p -> p.talk().get().title()).toList(),
        "a day's plan that names nobody gives way to the lectures: " + withADaysPlan);

    List<Passage> writtenOtherwise = splitter.split(List.of("Forårsprogram", "Januar", "Mandag 28. januar – kl. 19:30 på biblioteket.",
        "Foredrag om ” Skovfolket ” ved Tuva Eskeland.", "Hun fortæller om de finske indvandrere i Norge.",
        "April", "Mandag 29. april 2019 – kl.19.30 på Kirkehavegård", "“Krigen og Danmark 1914 – 1918”",
        "Ved Jørgen Stormgaard, pensioneret oberstløjtnant", "Tirsdag d. 19. januar: Medlemsmøde\nForfatter Malene Fenger: ”Flygtninge”",
        "23.9. Poul Nedergaard: ”Da Danmark blev befæstet”", "Onsdag den 22. september 2021 kl. 19,00\nChristian Eugen-Olsen:\nKongehuset"),
        "Forårsprogram");
    assertEquals(List.of("Foredrag om ” Skovfolket ” ved Tuva Eskeland.", "“Krigen og Danmark 1914 – 1918”", "Medlemsmøde",
        "Poul Nedergaard: ”Da Danmark blev befæstet”", "Christian Eugen-Olsen"),
        writtenOtherwise.stream().filter(p -> p.talk().isPresent()).map(p -> p.talk().get().title()).toList(),
        "a dash or a colon after the date, hours in any writing, a venue in small letters, the date in numbers, who gives it two lines down");

    List<Passage> oneDate = splitter.split(List.of("Foredrag om bier", "Karen Holm:", "Mandag den 1. februar 2016",
        "Om bistader på taget af rådhuset."), "Bier");
    assertTrue(oneDate.stream().noneMatch(p -> p.talk().isPresent()), "one dated lecture is when an event is on");
  }

  @Test
  void headingsEachOverTheLineOfWhoGivesThemAreTheTalksOfTheirTimeAlone() {
    List<String> paragraphs = List.of("Program", "Kl. 13.00 – 14.30", "Hvad virker i praksis?", "– Erfaringer fra Vejle",
        "v. Projektleder Anne Krog, Vejle Kommune", "Nye krav til drikkevandet", "v. Geolog Peter Strand, Miljøstyrelsen",
        "Kl. 14.30 Kaffepause");
    List<Passage> passages = splitter.split(paragraphs, "Program");
    List<Passage> talks = passages.stream().filter(p -> p.talk().isPresent()).toList();
    assertEquals(List.of("Hvad virker i praksis?", "Nye krav til drikkevandet"), talks.stream().map(p -> p.talk().get().title()).toList());
    assertTrue(talks.get(0).talk().get().speakerText().contains("Anne Krog") && !talks.get(0).text().contains("Peter Strand"),
        "the subtitle and the speaker's line stay with their talk: " + talks.get(0).text());
    assertTrue(talks.get(1).text().startsWith("Nye krav") && talks.get(1).talk().get().speakerText().contains("Peter Strand"));
  }

  @Test
  void theOrganisersContactsAFieldsLabelAndAMeetingsAgendaAreNoTalks() {
    List<String> paragraphs = List.of("Temadag om grundvand", "Tid", "9:00 - 15:30", "Pris", "750 kr",
        "Faglig tilrettelæggelse\nCivilingeniør Per Holm, Vandforsyningen, ph@vand.dk",
        "Arrangør/tilrettelæggelse\nForeningen for Vand, sekretær Lise Berg",
        "10.00 Velkomst ved formand Ole Ravn", "10.15 Grundvandet i fremtiden ved geolog Eva Dahl",
        "12.00 Årsmøde – Dagsorden iflg. vedtægterne\n1. Beretning\n2. Regnskab\n3. Valg",
        "Kl. 8.30 God morgen med en sang", "Kl. 9-10 Andagt i kirken og morgenkaffe", "Kl. 15: Eftermiddagskaffe");
    List<String> talks = splitter.split(paragraphs, "Temadag om grundvand").stream().filter(p -> p.talk().isPresent())
        .map(p -> p.talk().get().title()).toList();
    assertEquals(List.of("Velkomst", "Grundvandet i fremtiden"), talks);
  }

  @Test
  void anItemGivenBySomeoneInThePassiveIsATalkAndMusicBetweenIsNot() {
    List<String> paragraphs = List.of("Program", "11.00\nVelkomst ved formand Anne Lind", "Fællessang: Kom maj du søde",
        "Demokratiprisen - overrækkes af Bjørn Bredahl, forstander på Højskolen", "Musikunderholdning ved Soul Sisters",
        "Sundhedsprisen - overrækkes af Lone Dalgren, Rødovre Kommune", "12.00\nFrokost");
    List<String> titles = splitter.split(paragraphs, "Program").stream().filter(p -> p.talk().isPresent())
        .map(p -> p.talk().get().title()).toList();
    assertEquals(List.of("Velkomst", "Demokratiprisen", "Sundhedsprisen"), titles, "the title is the item before whom it is given by");
  }

  @Test
  void aSpanOfHoursWithoutKlBeforeItsTitleIsASlot() {
    List<String> paragraphs = List.of("Program", "9.30 Ankomst og formiddagskaffe",
        "13-15 Fællesforedrag: Irene Hellvang, Dansk Landbrugsmuseum. Landbrugets forvandling", "15-16 Afrunding ved formand Ole Bak",
        "Der kommer 10-12 Deltagere fra hver forening.");
    List<String> talks = splitter.split(paragraphs, "Program").stream().filter(p -> p.talk().isPresent())
        .map(p -> p.talk().get().time() + " " + p.talk().get().title()).toList();
    assertEquals(2, talks.size(), talks.toString());
    assertTrue(talks.get(0).startsWith("13.00–15.00 Fællesforedrag") && talks.get(1).startsWith("15.00–16.00 Afrunding"), talks.toString());
  }

  @Test
  void aReportTellsOfTalksByBidsSharedAModeratorToBeADebateBetweenAndWhomOneCanHear() {
    List<List<String>> givers = splitter.split(List.of("Årsmøde",
        "På dagen deler politikere, bl.a. erhvervsminister Brian Mikkelsen, meningsdannere og branchefolk deres bud på mere vækst.",
        "I år skal Peter Poulsen selv være ordstyrer ved en enkelt session om godser.",
        "Mandag er der en paneldebat mellem folketingspolitikerne Ellen Trane Nørby (V) og Troels Ravn (S).",
        "Blandt arrangementerne kan man for eksempel opleve balletmester Nikolaj Hübbe, der taler om ballet."),
        "Årsmøde").stream().map(p -> p.talk().map(TalkHeading::givers).orElse(List.of())).toList();
    assertEquals(List.of(List.of("Brian Mikkelsen"), List.of("Peter Poulsen"), List.of("Ellen Trane Nørby"),
        List.of("Nikolaj Hübbe")), givers);
  }

  @Test
  void aSeriesDateMayBeFollowedByWhatItIsOrWhereOrItsYearInNumbers() {
    List<Passage> passages = splitter.split(List.of("Program",
        "27. januar Lokalhistoriker Niels Storgård Simonsen fortæller om huset.",
        "10. februar Forbered din ferierejse allerede nu.\nTorben Iversholm har tilbudt at holde et indlæg.",
        "2. oktober: (I Musikhuset)\nKampen om Grønland. Oplæg ved Hjørdis Nielsen fra partiet.",
        "16.03.2023\nFornyelse i den offentlige sektor\nved: Finn Østrup, fhv. professor ved CBS",
        "Onsdag den 18. marts 2020 kl. 19.30 på Osted Efterskole",
        "Tidligere direktør Erik Aalbæk Jensen om sin tid i filmbranchen. Om at turde flytte grænsen for hvad en branche kan, og om "
            + "hvordan man holder fast i et fællesskab gennem mange år med både medgang og modgang i et lille land."), "Program");
    assertEquals(List.of("Lokalhistoriker Niels Storgård Simonsen fortæller om huset.", "Forbered din ferierejse allerede nu.",
        "Kampen om Grønland. Oplæg ved Hjørdis Nielsen fra partiet.", "Fornyelse i den offentlige sektor",
        "Tidligere direktør Erik Aalbæk Jensen om sin tid i filmbranchen."),
        passages.stream().filter(p -> p.talk().isPresent()).map(p -> p.talk().get().title()).toList());
  }

  @Test
  void linesOfANameAColonAndATopicAreTalksUnlessTheyNameASlotsSpeakers() {
    List<String> lecture = splitter.split(List.of("Program efterår", "Gitte Bergendal Høst: Sådan fandt jeg min slægt",
        "Erik Kulvig: Murens fald", "Peer Henrik Hansen: Berlin under den kolde krig"), "Program efterår").stream()
        .filter(p -> p.talk().isPresent()).map(p -> p.talk().get().speakerText()).toList();
    assertEquals(3, lecture.size(), lecture.toString());
    List<String> underASlot = splitter.split(List.of("Program", "9.30 – 10.05 Aktive børn i forening",
        "Birgitte Møller: Bevægelseskonsulent i forvaltningen\nMartin Kristiansen: Idrætskonsulent i forvaltningen\n"
            + "Anne Lund: Sundhedskonsulent i forvaltningen", "10.05 Kaffepause"), "Program").stream()
        .filter(p -> p.talk().isPresent()).map(p -> p.talk().get().title()).toList();
    assertEquals(List.of("Aktive børn i forening"), underASlot);
  }

  @Test
  void aListOfNamesADashAndATopicIsTalksButNotAListOfNamesAndWhereTheyWork() {
    List<String> titles = splitter.split(List.of("Konference om fremtidens skov", "Oplæg på konferencen:\n"
        + "Mette Kjærgaard – Visioner for fremtidens skovbrug\n"
        + "Lars Holm, Søren Bak og Anne Friis – Skoven i lyset af klimaloven\n"
        + "Gitte Ravn og Jens Mørk – Træ til byggeri og energi"), "Konference").stream()
        .filter(p -> p.talk().isPresent()).map(p -> p.talk().get().title()).toList();
    assertEquals(List.of("Visioner for fremtidens skovbrug", "Skoven i lyset af klimaloven", "Træ til byggeri og energi"), titles);
    List<String> panel = splitter.split(List.of("Konference om fremtidens skov", "Deltagere:\n"
        + "Mette Kjærgaard – direktør, Dansk Skovforening\nLars Holm – Aalborg Kommune\nGitte Ravn – Skov og Landskab"),
        "Konference").stream().filter(p -> p.talk().isPresent()).map(p -> p.talk().get().title()).toList();
    assertTrue(panel.stream().noneMatch(t -> t.contains("direktør") || t.contains("Kommune") || t.contains("Landskab")), panel.toString());
  }

  @Test
  void itemsNumberedWithABracketAreAListsItems() {
    List<String> titles = splitter.split(List.of("Temamøde om kirkegårdenes mure", "1) Velkomst og præsentation v. Gunnvor Lie",
        "2) Oplæg ved Mette Kjærgaard, arkitekt og ekspert i diger", "a) Hvorfor er kirkegårdene indhegnede?",
        "b) Hvad skal vi holde øje med på kirkegårdenes diger?", "3) Oplæg ved personalekonsulent Lars Holm",
        "a) Hvem har ansvaret?"), "Temamøde").stream()
        .filter(p -> p.talk().isPresent()).map(p -> p.talk().get().title()).toList();
    assertEquals(List.of("Velkomst og præsentation", "Oplæg", "Oplæg"), titles);
  }

  @Test
  void aSeriesReadByItsDatesKeepsTheLecturesWhoseDateHasItsYear() {
    List<String> titles = splitter.split(List.of("Program 2014-2015",
        "Tirsdag den 25. november kl. 19.00 på Biblioteket\nTidligere højskolelærer Gunnvor Lie ”Javel hr. minister”\n"
            + "Gunnvor Lie går bag kulisserne på Borgen.",
        "Tirsdag den 9. december kl. 19.00 på Biblioteket\nForfatter Lars Holm ”Julens historie”\nLars Holm fortæller om julen.",
        "Torsdag den 22. januar 2015 kl. 19.00 på Biblioteket\nMette Kjærgaard – Leonora Christina\n"
            + "Kongens yndlingsdatter og rigets førstedame sad fængslet i Blåtårn."), "Program").stream()
        .filter(p -> p.talk().isPresent()).map(p -> p.talk().get().speakerText()).toList();
    assertEquals(3, titles.size(), titles.toString());
  }

  @Test
  void theLineThatClosesALecturesParagraphHeadsNoNextDate() {
    List<String> titles = splitter.split(List.of("Sognecafé efteråret 2017",
        "Fredag d. 27. oktober 2017\nPoesien og sangen som bindeled\nEn eftermiddag med Mette Kjærgaard, Broager",
        "Fredag d. 24. november 2017\nEn arbejdsopgave i Irak\nEn eftermiddag med Lars Holm, Broager",
        "Fredag d. 15. december\nJuleafslutning i sognecaféen\nTraditionen tro er der julesange og gløgg."), "Sognecafé").stream()
        .filter(p -> p.talk().isPresent()).map(p -> p.talk().get().title()).toList();
    assertEquals(List.of("Poesien og sangen som bindeled", "En arbejdsopgave i Irak"), titles);
  }

  @Test
  void anAssociationsYearlyMeetingIsItsBusinessNoTalk() {
    List<String> titles = splitter.split(List.of("Program", "10.00 Velkomst ved formand Ole Ravnsbæk", "11.00 Oplæg ved Eva Dahl",
        "13.30 Årsmøde"), "Program").stream().filter(p -> p.talk().isPresent()).map(p -> p.talk().get().title()).toList();
    assertEquals(List.of("Velkomst", "Oplæg"), titles);
  }

  @Test
  void aReportTellsWhoGotTheDayGoingAndWhoWelcomedWithTheirRolesBetween() {
    List<List<String>> givers = splitter.split(List.of("Forskningens dag",
        "Sygeplejefaglig direktør Rikke Degner skød dagen i gang med en trefoldig opfordring.",
        "Sammen bød Pernille Bergholt, Science Director, BLOXHUB, og moderator Tine Langhoff velkommen til konferencen."),
        "Forskningens dag").stream().map(p -> p.talk().map(TalkHeading::givers).orElse(List.of())).toList();
    assertEquals(List.of(List.of("Rikke Degner"), List.of("Pernille Bergholt")), givers);
  }

  @Test
  void linesOfOneParagraphThatEachNameTheirGiverInShorthandAreTalks() {
    List<String> titles = splitter.split(List.of("Trafikdage", "Følgende emner skal diskuteres:",
        "Visionen om en fast Kattegatforbindelse, v/Jens Kampmann, formand for Kattegatkomitéen.\n"
            + "Indikatorer som politisk styringsværktøj v/Henrik Gudmundsson, DTU Transport.\n"
            + "Bussernes rolle i fremtidens trafik v/Christian Roslev, direktør i Nordjyllands Trafikselskab."), "Trafikdage")
        .stream().filter(p -> p.talk().isPresent()).map(p -> p.talk().get().title()).toList();
    assertEquals(List.of("Visionen om en fast Kattegatforbindelse", "Indikatorer som politisk styringsværktøj",
        "Bussernes rolle i fremtidens trafik"), titles);
  }

  @Test
  void aListsItemOpenedByItsDateInNumbersHasItsTitleAndItsLecturerUnderIt() {
    List<TalkHeading> talks = splitter.split(List.of("Forelæsningsrække", "Program:",
        "• Tirsdag. 27/10/26 kl. 17.15 - 19.00\nLudvig Holberg\nSimona Zetterberg-Nielsen, lektor i nordisk litteratur, Aarhus Universitet\n"
            + "AU, bygning 1530, Ny Munkegade 118, 8000 Aarhus C\n"
            + "• Tirsdag. 3/11/26 kl. 17.15 - 19.00\nSøren Kierkegaard\nLise Vandborg, litteraturformidler\n"
            + "AU, bygning 1530, Ny Munkegade 118, 8000 Aarhus C"), "Forelæsningsrække")
        .stream().flatMap(p -> p.talk().stream()).toList();
    assertEquals(List.of("Ludvig Holberg", "Søren Kierkegaard"), talks.stream().map(TalkHeading::title).toList());
    assertEquals("17.15–19.00", talks.get(0).time());
    assertTrue(talks.get(1).speakerText().startsWith("Lise Vandborg"), "the title names whom the lecture is about");
  }

  @Test
  void oneLectureAnnouncedByItsDateHourAndLecturerIsThePagesTalk() {
    List<TalkHeading> talks = splitter.split(List.of("Foredrag", "Der bliver løbende afholdt foredrag i menighedshuset.",
        "Danmarkshistorien i gulvhøjde", "Tirsdag den 30. april kl. 19.00", "med Kåre Johannessen",
        "Danmarkshistorien er fyldt med store og små begivenheder."), "Foredrag").stream().flatMap(p -> p.talk().stream()).toList();
    assertEquals(1, talks.size(), talks.toString());
    assertEquals("19.00", talks.get(0).time());
    assertTrue(talks.get(0).speakerText().contains("Kåre Johannessen"));
    // a news page's date and byline is no lecture, nor a day's event from one to five
    assertTrue(splitter.split(List.of("Valgdebat på skolen", "3. juni 2019 Politik Skrevet af: Michael Kjær",
        "Tolv partier var mandag samlet til valgdebat."), "Valgdebat på skolen").stream().allMatch(p -> p.talk().isEmpty()));
    assertTrue(splitter.split(List.of("Dialogmøde", "Lørdag 2. juni kl.13.00-17.00", "med Kenn Klinthøj",
        "Alle er velkomne."), "Dialogmøde").stream().allMatch(p -> p.talk().isEmpty()));
  }

  @Test
  void aPageThatAnnouncesOneEventByItsTimeAndWhoTakesPartIsThatTalk() {
    List<Passage> passages = splitter.split(List.of("Akademisk Arkitektforening", "Tidspunkt", "Kl. 17.30-20.00", "Beskrivelse",
        "Stadsarkitekten i København", "Hvordan påvirker stadsarkitekten konkret byens udvikling?",
        "Arkitektforeningen København har inviteret to tidligere stadsarkitekter, Otto Käszner og Jan Christiansen, til en debat "
            + "om byens udvikling."), "Akademisk Arkitektforening");
    List<Passage> talks = passages.stream().filter(p -> p.talk().isPresent()).toList();
    assertEquals(1, talks.size(), passages.toString());
    assertTrue(talks.get(0).text().startsWith("Kl. 17.30-20.00"), "the field's label is no part of the talk");
    assertEquals("17.30–20.00", talks.get(0).talk().get().time());
    assertTrue(talks.get(0).talk().get().speakerText().contains("Otto Käszner"));
    // without anyone named as taking part, or with two times, the page announces no talk of its own
    assertTrue(splitter.split(List.of("Koncert", "Tidspunkt", "Kl. 17.30-20.00", "Kom og hør koret synge."), "Koncert")
        .stream().allMatch(p -> p.talk().isEmpty()));
  }

  @Test
  void aReportTellsOfTalksByWhatTheDayBeganWithWhomItInvitedAndWhoGaveAnInsight() {
    List<String> sentences = List.of(
        "Vi indleder foredragsrækken d. 30 januar kl. 19 med museumsdirektør Lise Jeppesen, som har stået for udstillingen.",
        "Lisa Ekstrand, Head of Sustainability hos Vestas, startede med at påpege nødvendigheden af at reducere udledningen.",
        "I pakken af oplæg fredag har vi nemlig inviteret forfatter og tidligere politiker Uffe Elbæk.",
        "Om aftenen er der tre tilbud: I hallen taler Helen Murphy fra England ved det ungdommelige møde.",
        "Søren Bregenov (KL) gav os et indblik i, hvordan det er gået med projekterne.",
        "Den anerkendte forsker, Julie Sewlyn, formidler resultaterne af en ny britisk undersøgelse.",
        "Programmet bliver lukket af transportminister Pia Olsen Dyhr (SF).");
    for (String sentence : sentences) {
      assertTrue(ReportedTalks.tellsOfATalk(sentence), sentence);
    }
    for (String sentence : List.of("Han taler blandt andet med Stanley Schmücker fra Hav og Fjord om livet ved vandet.",
        "I samarbejde med Psykinfo inviterer Næstved Bibliotek til dialogcafé om psykiske lidelser.")) {
      assertTrue(!ReportedTalks.tellsOfATalk(sentence), "a conversation, an invitation from the host: " + sentence);
    }
  }

  @Test
  void aHeadingOverItsAbstractOverWhoGivesTheLectureBeginsIt() {
    List<Passage> passages = splitter.split(List.of("21. oktober kl. 19-21.30", "To foredrag. Tilmelding senest 18. oktober.",
        "Befrielsen 75 år efter\nForedraget fortæller om Danmark og danskerne i foråret og sommeren 1945.\n"
            + "Foredrag ved arkivleder, ph.d. Henrik Lundtofte, Sydvestjyske Museer.",
        "Den anden besættelse\nForedraget fortæller historien om de tyske flygtninge i Danmark.\n"
            + "Foredrag ved museumsinspektør John V. Jensen, Vardemuseerne"), "Program");
    List<Passage> talks = passages.stream().filter(p -> p.talk().isPresent() && p.text().contains("Foredraget")).toList();
    assertEquals(2, talks.size(), passages.toString());
    assertTrue(talks.get(0).text().startsWith("Befrielsen 75 år efter"));
    assertTrue(talks.get(1).text().startsWith("Den anden besættelse"));
  }

  @Test
  void aTimeWithARemarkOrAfterItsTalkAndAColonIsASlot() {
    assertTrue(SlotTimes.isBareTime("27. marts kl. 19 (flyttet fra den 13. marts)"));
    assertEquals("11.00 - 11.15 Velkomst", SlotTimes.timeFirst("Velkomst: 11.00 - 11.15"));
    assertEquals("Starttidspunkt: 09.00", SlotTimes.timeFirst("Starttidspunkt: 09.00"), "a field of the event");
    assertEquals("", SlotTimes.slotTime("16.03.2023"), "a date in numbers is no time of day");
    assertEquals("13.00–17.00", SlotTimes.slotTime("Lørdag 2. juni kl.13.00-17.00"));
  }

  @Test
  void aSlotThatNamesItsOwnSpeakerOverListedTalksIsATalkOfItsOwn() {
    List<String> titles = splitter.split(List.of("Program", "8.15: Tjek-in og en bid morgenbrød",
        "9.00: Velkomst v/ Søren Steen Andersen, borgmester i Assens Kommune", "Fyn – fra et overordnet perspektiv",
        "• Fyn som cykeleksperimentarie v/Rasmus Hessum Hansen, vicedirektør i Erhvervshus Fyn\n"
            + "• Har Fyn en chance? v/ Klaus Bondam, direktør i Cyklistforbundet"), "Program").stream()
        .flatMap(p -> p.talk().stream()).map(TalkHeading::title).toList();
    assertEquals(List.of("Velkomst", "Fyn som cykeleksperimentarie", "Har Fyn en chance?"), titles);
  }

  @Test
  void itemsUnderALeadInNamingTalksInThePluralAreTalks() {
    List<String> titles = splitter.split(List.of("Dialogdage", "Der vil også være workshops med temaerne:",
        "• Trivsel og læring i børnefællesskaber\n• Samarbejde mellem forældre og dagtilbud\n• Faglig ledelse, der fremmer læring"),
        "Dialogdage").stream().flatMap(p -> p.talk().stream()).map(TalkHeading::title).toList();
    assertEquals(List.of("Trivsel og læring i børnefællesskaber", "Samarbejde mellem forældre og dagtilbud",
        "Faglig ledelse, der fremmer læring"), titles);
    assertTrue(splitter.split(List.of("Praktisk", "Husk at medbringe:", "• Madpakke\n• Regntøj\n• Godt humør"), "Praktisk")
        .stream().allMatch(p -> p.talk().isEmpty()), "a list under any lead-in is no list of talks");
  }
}
