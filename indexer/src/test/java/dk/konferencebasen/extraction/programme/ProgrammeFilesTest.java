package dk.konferencebasen.extraction.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.konferencebasen.entities.EntityFinder;
import dk.konferencebasen.extraction.Extraction;
import dk.konferencebasen.extraction.ExtractionException;
import dk.konferencebasen.extraction.ExtractionLimits;
import dk.konferencebasen.extraction.TikaExtractor;
import dk.konferencebasen.passages.Passage;
import dk.konferencebasen.passages.PassageSplitter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Structured programmes are read as talks, each field checked, through Tika's own type detection. */
class ProgrammeFilesTest {
  private static final String ICS = """
      BEGIN:VCALENDAR\r
      VERSION:2.0\r
      PRODID:-//Konferencebasen test//DA\r
      X-WR-CALNAME:Integrationsdagen 2024\r
      BEGIN:VEVENT\r
      UID:talk-2@example.dk\r
      DTSTAMP:20240301T120000Z\r
      DTSTART:20240411T094500\r
      DTEND:20240411T103000\r
      SUMMARY:Sprog på arbejdspladsen\r
      ATTENDEE;CN=Mette Lund Sørensen;ROLE=CHAIR:mailto:mls@example.dk\r
      LOCATION:Sal 2\r
      CATEGORIES:Beskæftigelse\r
      DESCRIPTION:Hvordan lærer nyankomne dansk\\, mens de arbejder?\r
      END:VEVENT\r
      BEGIN:VEVENT\r
      UID:talk-1@example.dk\r
      DTSTAMP:20240301T120000Z\r
      DTSTART:20240411T093000\r
      DTEND:20240411T094500\r
      SUMMARY:Velkomst\r
      ATTENDEE;CN=Jens Kristian Holm:mailto:jkh@example.dk\r
      LOCATION:Sal 1\r
      END:VEVENT\r
      END:VCALENDAR\r
      """;

  private static final String SCHEDULE_JSON = """
      {"schedule": {"version": "1.0", "conference": {"acronym": "fd24", "title": "Frivillighedsdagen 2024",
        "days": [{"index": 1, "date": "2024-09-27", "rooms": {
          "Store sal": [
            {"id": 2, "date": "2024-09-27T11:00:00+02:00", "start": "11:00", "duration": "00:45", "room": "Store sal",
             "title": "Foreningslivet efter corona", "subtitle": "", "track": "Foreninger", "type": "Talk",
             "abstract": "Hvad kom tilbage, og hvad gjorde ikke?", "description": "",
             "persons": [{"id": 7, "public_name": "Bjarne Ibsen"}, {"id": 8, "public_name": "Anne Lise Dam"}]}],
          "Lille sal": [
            {"id": 1, "date": "2024-09-27T10:00:00+02:00", "start": "10:00", "duration": "00:30", "room": "Lille sal",
             "title": "Workshop", "subtitle": "Rekruttering af unge", "track": "", "type": "Workshop",
             "abstract": "", "description": "", "persons": [{"id": 9, "public_name": "Sara Holm Nielsen"}]}]}}]}}}
      """;

  /** The same kind of programme as frab's (and pretalx's) schedule.xml. */
  private static final String SCHEDULE_XML = """
      <?xml version="1.0" encoding="UTF-8"?>
      <schedule>
        <version>1.0</version>
        <conference><acronym>ns25</acronym><title>Nærdemokratidagen 2025</title><start>2025-05-20</start></conference>
        <day index="1" date="2025-05-20" start="2025-05-20T09:00:00+02:00" end="2025-05-20T16:00:00+02:00">
          <room name="Sal 1">
            <event guid="b1" id="12">
              <date>2025-05-20T13:00:00+02:00</date><start>13:00</start><duration>01:00</duration><room>Sal 1</room>
              <slug>ns25-12</slug><title>Lokalråd i praksis</title><subtitle>Erfaringer fra landdistrikterne</subtitle>
              <track>Demokrati</track><type>Talk</type><language>da</language>
              <abstract>Hvordan får et lokalråd indflydelse på kommunens budget?</abstract><description/>
              <persons><person id="3">Hanne Dalsgaard</person><person id="4">Morten Vinther</person></persons>
            </event>
          </room>
          <room name="Sal 2">
            <event guid="b2" id="11">
              <date>2025-05-20T10:00:00+02:00</date><start>10:00</start><duration>0:45</duration><room>Sal 2</room>
              <slug>ns25-11</slug><title>Velkomst</title><subtitle/><track/><type>Talk</type>
              <abstract/><persons><person id="5">Lone Yde</person></persons>
            </event>
          </room>
        </day>
      </schedule>
      """;

  private static final String CSV = """
      Dato;Tidspunkt;Titel;Oplægsholder;Organisation;Lokale;Spor;Beskrivelse
      12.03.2025;09.30-10.15;Klimatilpasning i kystbyer;Pia Rask Olsen;Vejle Kommune;Sal A;Klima;Erfaringer fra tre byer.
      12.03.2025;10.30-11.00;Paneldebat om diger;Ole Bak og Ida Krogh;Social- og Boligstyrelsen;Sal A;;
      """;

  @TempDir static Path tmp;
  private static TikaExtractor extractor;

  @BeforeAll
  static void setUp() {
    extractor = new TikaExtractor(ExtractionLimits.DEFAULT);
  }

  @AfterAll
  static void tearDown() {
    extractor.close();
  }

  @Test
  void anICalendarFileIsAProgrammeOfItsEvents() throws Exception {
    Path file = Files.writeString(tmp.resolve("program.ics"), ICS);
    Programme programme = ProgrammeFiles.read(file, "text/calendar").orElseThrow();
    assertEquals(Optional.of("Integrationsdagen 2024"), programme.name());
    assertEquals(List.of("Velkomst", "Sprog på arbejdspladsen"), programme.talks().stream().map(ProgrammeTalk::title).toList(),
        "in the order of their times, not of the file");
    ProgrammeTalk sprog = programme.talks().get(1);
    assertEquals(List.of("Mette Lund Sørensen"), sprog.speakers());
    assertEquals(Optional.of(LocalDate.of(2024, 4, 11)), sprog.day());
    assertEquals(Optional.of(LocalTime.of(9, 45)), sprog.start());
    assertEquals(Optional.of(LocalTime.of(10, 30)), sprog.end());
    assertEquals("Sal 2", sprog.room());
    assertEquals("Beskæftigelse", sprog.track());
    assertEquals("Hvordan lærer nyankomne dansk, mens de arbejder?", sprog.description());

    List<Passage> talks = talks(file);
    assertEquals(List.of("Velkomst", "Sprog på arbejdspladsen"), titles(talks));
    assertEquals(List.of("Mette Lund Sørensen"), speakers(talks.get(1)));
    assertEquals(List.of("Jens Kristian Holm"), speakers(talks.get(0)));
  }

  @Test
  void aFrabOrPretalxScheduleIsAProgramme() throws Exception {
    Path file = Files.writeString(tmp.resolve("schedule.json"), SCHEDULE_JSON);
    Programme programme = ProgrammeFiles.read(file, "application/json").orElseThrow();
    assertEquals(Optional.of("Frivillighedsdagen 2024"), programme.name());
    ProgrammeTalk workshop = programme.talks().get(0);
    assertEquals("Workshop: Rekruttering af unge", workshop.title());
    assertEquals(Optional.of(LocalTime.of(10, 30)), workshop.end(), "start and duration");
    ProgrammeTalk corona = programme.talks().get(1);
    assertEquals(List.of("Bjarne Ibsen", "Anne Lise Dam"), corona.speakers());
    assertEquals("Store sal", corona.room());
    assertEquals("Foreninger", corona.track());
    assertEquals("Hvad kom tilbage, og hvad gjorde ikke?", corona.description());

    List<Passage> talks = talks(file);
    assertEquals(List.of("Workshop: Rekruttering af unge", "Foreningslivet efter corona"), titles(talks));
    assertEquals(List.of("Bjarne Ibsen", "Anne Lise Dam"), speakers(talks.get(1)));
    assertEquals("application/json", extractor.extract(file).mediaType());
  }

  @Test
  void aFrabScheduleXmlIsAProgramme() throws Exception {
    Path file = Files.writeString(tmp.resolve("schedule.xml"), SCHEDULE_XML);
    String type = extractor.extract(file).mediaType();
    assertEquals("application/xml", type);
    Programme programme = ProgrammeFiles.read(file, type).orElseThrow();
    assertEquals(Optional.of("Nærdemokratidagen 2025"), programme.name());
    assertEquals(List.of("Velkomst", "Lokalråd i praksis: Erfaringer fra landdistrikterne"),
        programme.talks().stream().map(ProgrammeTalk::title).toList(), "by time across the rooms");
    ProgrammeTalk velkomst = programme.talks().get(0);
    assertEquals(Optional.of(LocalTime.of(10, 0)), velkomst.start());
    assertEquals(Optional.of(LocalTime.of(10, 45)), velkomst.end(), "start and a duration of 0:45");
    assertEquals("Sal 2", velkomst.room());
    ProgrammeTalk lokalraad = programme.talks().get(1);
    assertEquals(List.of("Hanne Dalsgaard", "Morten Vinther"), lokalraad.speakers());
    assertEquals(Optional.of(LocalDate.of(2025, 5, 20)), lokalraad.day());
    assertEquals("Demokrati", lokalraad.track());
    assertEquals("Hvordan får et lokalråd indflydelse på kommunens budget?", lokalraad.description());

    List<Passage> talks = talks(file);
    assertEquals(List.of("Velkomst", "Lokalråd i praksis: Erfaringer fra landdistrikterne"), titles(talks));
    assertEquals(List.of("Hanne Dalsgaard", "Morten Vinther"), speakers(talks.get(1)));
  }

  @Test
  void aScheduleXmlThatBreaksTheFormatIsReportedAndOtherXmlIsText() throws Exception {
    Path noStart = Files.writeString(tmp.resolve("broken-schedule.xml"), SCHEDULE_XML.replace("<start>13:00</start>", "<start>1 pm</start>"));
    ExtractionException e = assertThrows(ExtractionException.class, () -> extractor.extract(noStart));
    assertTrue(e.getMessage().contains("event 12") && e.getMessage().contains("1 pm"), e.getMessage());
    Path noTitle = Files.writeString(tmp.resolve("untitled-schedule.xml"), SCHEDULE_XML.replace("<title>Nærdemokratidagen 2025</title>", ""));
    assertTrue(assertThrows(ExtractionException.class, () -> extractor.extract(noTitle)).getMessage().contains("<title>"));

    Path other = Files.writeString(tmp.resolve("liste.xml"), "<?xml version=\"1.0\"?><deltagere><navn>Husleje Hansen</navn></deltagere>");
    assertEquals(Optional.empty(), ProgrammeFiles.read(other, "application/xml"));
    assertTrue(String.join("\n", extractor.extract(other).paragraphs()).contains("Husleje Hansen"));

    Path entity = Files.writeString(tmp.resolve("entity-schedule.xml"), SCHEDULE_XML
        .replace("<schedule>", "<!DOCTYPE schedule [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><schedule>")
        .replace("<title>Velkomst</title>", "<title>&x;</title>"));
    assertEquals(Optional.empty(), ProgrammeFiles.read(entity, "application/xml"), "a DTD is not read, so no file is fetched");
  }

  @Test
  void aDanishSheetOfTalksIsAProgramme() throws Exception {
    Path file = Files.writeString(tmp.resolve("program.csv"), CSV);
    Programme programme = ProgrammeFiles.read(file, "text/csv").orElseThrow();
    ProgrammeTalk klima = programme.talks().get(0);
    assertEquals("Klimatilpasning i kystbyer", klima.title());
    assertEquals(List.of("Pia Rask Olsen"), klima.speakers());
    assertEquals(List.of("Vejle Kommune"), klima.organisations());
    assertEquals(Optional.of(LocalDate.of(2025, 3, 12)), klima.day());
    assertEquals(Optional.of(LocalTime.of(9, 30)), klima.start());
    assertEquals(Optional.of(LocalTime.of(10, 15)), klima.end());
    assertEquals("Sal A", klima.room());
    assertEquals("Klima", klima.track());
    assertEquals("Erfaringer fra tre byer.", klima.description());
    ProgrammeTalk panel = programme.talks().get(1);
    assertEquals(List.of("Ole Bak", "Ida Krogh"), panel.speakers());
    assertEquals(List.of("Social- og Boligstyrelsen"), panel.organisations(), "og splits names, not organisations");

    assertEquals(List.of("Ole Bak", "Ida Krogh"), speakers(talks(file).get(1)));
    assertEquals("text/csv", extractor.extract(file).mediaType(), "by content a sheet is plain text; its extension says CSV");
  }

  /** A programme as a conference office writes it in Excel: a sheet per day, times and dates as Excel values. */
  private static Path workbook(Path file) throws Exception {
    try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
      org.apache.poi.ss.usermodel.CellStyle time = book.createCellStyle();
      time.setDataFormat(book.createDataFormat().getFormat("h:mm"));
      org.apache.poi.ss.usermodel.CellStyle date = book.createCellStyle();
      date.setDataFormat(book.createDataFormat().getFormat("d/m/yyyy"));
      String[][] days = {
          {"Dag 1", "2025-11-04", "9.5", "Velkomst og dagens program", "Karen Bech Poulsen", "KL", "Store sal", ""},
          {"Dag 2", "2025-11-05", "13.25", "Unge uden job", "Ali Demir; Sofie Kragh", "VIVE", "Lokale 4", "Hvad virker for de 18-29-årige?"}};
      for (String[] day : days) {
        org.apache.poi.ss.usermodel.Sheet sheet = book.createSheet(day[0]);
        org.apache.poi.ss.usermodel.Row header = sheet.createRow(0);
        String[] names = {"Dato", "Start", "Titel", "Oplægsholder", "Organisation", "Lokale", "Beskrivelse"};
        for (int i = 0; i < names.length; i++) {
          header.createCell(i).setCellValue(names[i]);
        }
        org.apache.poi.ss.usermodel.Row row = sheet.createRow(1);
        row.createCell(0).setCellValue(LocalDate.parse(day[1]));
        row.getCell(0).setCellStyle(date);
        row.createCell(1).setCellValue(Double.parseDouble(day[2]) / 24);
        row.getCell(1).setCellStyle(time);
        for (int i = 3; i < day.length; i++) {
          row.createCell(i - 1).setCellValue(day[i]);
        }
      }
      book.createSheet("Noter").createRow(0).createCell(0).setCellValue("Husk navneskilte");
      try (var out = Files.newOutputStream(file)) {
        book.write(out);
      }
    }
    return file;
  }

  @Test
  void anExcelWorkbookOfTalksIsAProgrammeWithExactTimesAndDates() throws Exception {
    Path file = workbook(tmp.resolve("program.xlsx"));
    String type = extractor.extract(file).mediaType();
    assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", type);
    assertEquals("xlsx", TikaExtractor.formatName(type), "the format facet's value");
    Programme programme = ProgrammeFiles.read(file, type).orElseThrow();
    assertEquals(List.of("Velkomst og dagens program", "Unge uden job"), programme.talks().stream().map(ProgrammeTalk::title).toList(),
        "both days' sheets; the notes sheet has no programme header");
    ProgrammeTalk velkomst = programme.talks().get(0);
    assertEquals(Optional.of(LocalDate.of(2025, 11, 4)), velkomst.day());
    assertEquals(Optional.of(LocalTime.of(9, 30)), velkomst.start(), "9.5 hours as an Excel time");
    assertEquals(List.of("Karen Bech Poulsen"), velkomst.speakers());
    assertEquals(List.of("KL"), velkomst.organisations());
    assertEquals("Store sal", velkomst.room());
    ProgrammeTalk unge = programme.talks().get(1);
    assertEquals(Optional.of(LocalDate.of(2025, 11, 5)), unge.day());
    assertEquals(Optional.of(LocalTime.of(13, 15)), unge.start());
    assertEquals(List.of("Ali Demir", "Sofie Kragh"), unge.speakers());
    assertEquals("Hvad virker for de 18-29-årige?", unge.description());

    List<Passage> talks = talks(file);
    assertEquals(List.of("Velkomst og dagens program", "Unge uden job"), titles(talks));
    assertEquals(List.of("Ali Demir", "Sofie Kragh"), speakers(talks.get(1)));
  }

  @Test
  void aWorkbookThatIsNoProgrammeIsReadAsText() throws Exception {
    Path file = tmp.resolve("budget.xlsx");
    try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
      org.apache.poi.ss.usermodel.Sheet sheet = book.createSheet("Budget");
      sheet.createRow(0).createCell(0).setCellValue("Post");
      sheet.getRow(0).createCell(1).setCellValue("Beløb");
      sheet.createRow(1).createCell(0).setCellValue("Husleje");
      sheet.getRow(1).createCell(1).setCellValue(200);
      try (var out = Files.newOutputStream(file)) {
        book.write(out);
      }
    }
    assertEquals(Optional.empty(), ProgrammeFiles.read(file, extractor.extract(file).mediaType()));
    assertTrue(String.join("\n", extractor.extract(file).paragraphs()).contains("Husleje"));
  }

  @Test
  void aSheetOrJsonThatIsNoProgrammeIsReadAsTextAndABrokenCalendarIsReported() throws Exception {
    Path table = Files.writeString(tmp.resolve("budget.csv"), "Post;Beløb\nLøn;1000\nHusleje;200\n");
    assertEquals(Optional.empty(), ProgrammeFiles.read(table, "text/csv"));
    assertTrue(String.join("\n", extractor.extract(table).paragraphs()).contains("Husleje"));
    Path stray = Files.writeString(tmp.resolve("noter.csv"), "Titel;Tidspunkt\n\"Velkomst;9.30\nog \"så videre\" Husleje\n");
    assertEquals(Optional.empty(), ProgrammeFiles.read(stray, "text/csv"), "an unclosed quote is no sheet");
    assertTrue(String.join("\n", extractor.extract(stray).paragraphs()).contains("Husleje"));
    Path json = Files.writeString(tmp.resolve("data.json"), "{\"navn\": \"Temadag\", \"deltagere\": 40}");
    assertEquals(Optional.empty(), ProgrammeFiles.read(json, "application/json"));

    Path broken = Files.writeString(tmp.resolve("broken.ics"), "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nSUMMARY:x\r\n");
    ExtractionException e = assertThrows(ExtractionException.class, () -> extractor.extract(broken));
    assertTrue(e.getMessage().contains("iCalendar"), e.getMessage());
  }

  private static List<Passage> talks(Path file) throws ExtractionException {
    Extraction extraction = extractor.extract(file);
    return new PassageSplitter(new dk.konferencebasen.entities.EntityFinder()).split(extraction.paragraphs(), extraction.title().orElse(""))
        .stream().filter(p -> p.talk().isPresent()).toList();
  }

  private static List<String> titles(List<Passage> talks) {
    return talks.stream().map(p -> p.talk().orElseThrow().title()).toList();
  }

  private static List<String> speakers(Passage talk) {
    return new EntityFinder().find(talk.talk().orElseThrow().speakerText()).people();
  }
}
