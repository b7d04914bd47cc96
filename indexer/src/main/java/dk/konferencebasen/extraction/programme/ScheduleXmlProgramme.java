package dk.konferencebasen.extraction.programme;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * The schedule XML that frab writes and pretalx exports ({@code schedule.xml}: {@code
 * <schedule><conference><title>…</title></conference><day date="…"><room name="…"><event
 * id="…">…}), read with the JDK's DOM parser: one event a talk, with title and subtitle,
 * {@code persons/person} as speakers, start and duration, room, track, abstract and description.
 *
 * <p>The file is checked against what the format's published schema (voc/schedule,
 * {@code schedule.xml.xsd}) requires of the parts read here — a conference title, days, and
 * events with an id, a title, a start "HH:MM" and a duration "H:MM" — and a file that breaks it
 * is reported with the first fault, not half read. The schema's other requirements (slug, type,
 * language …) carry nothing a talk needs and are not enforced; the XSD is not bundled.
 */
final class ScheduleXmlProgramme {
  private static final Pattern START = Pattern.compile("[0-2][0-9]:[0-5][0-9](:[0-5][0-9])?");
  private static final Pattern DURATION = Pattern.compile("[0-9]{1,2}:[0-9]{2}(:[0-9]{1,2})?");

  private ScheduleXmlProgramme() {}

  /**
   * The programme of an XML file whose root is {@code <schedule>}, or empty for any other XML
   * (read as text by Tika).
   */
  static Optional<Programme> read(InputStream in, String mediaType) throws IOException, ProgrammeException {
    Document xml;
    try {
      xml = parser().parse(in);
    } catch (SAXException e) {
      return Optional.empty(); // not well-formed: Tika reads what it can as text
    }
    Element schedule = xml.getDocumentElement();
    if (!schedule.getTagName().equals("schedule")) {
      return Optional.empty();
    }
    Element conference = child(schedule, "conference")
        .orElseThrow(() -> new ProgrammeException("frab schedule XML without <conference>"));
    String name = text(conference, "title");
    if (name.isBlank()) {
      throw new ProgrammeException("frab schedule XML: <conference> has no <title>");
    }
    List<ProgrammeTalk> talks = new ArrayList<>();
    for (Element day : children(schedule, "day")) {
      Optional<LocalDate> date = ScheduleEvents.date(day.getAttribute("date"));
      List<ProgrammeTalk> ofDay = new ArrayList<>();
      for (Element room : children(day, "room")) {
        for (Element event : children(room, "event")) {
          ofDay.add(talk(event, room.getAttribute("name"), date));
        }
      }
      ofDay.sort(Comparator.comparing((ProgrammeTalk t) -> t.start().orElse(LocalTime.MAX)));
      talks.addAll(ofDay);
    }
    if (talks.isEmpty()) {
      throw new ProgrammeException("the frab schedule XML has no events");
    }
    return Optional.of(new Programme(mediaType, Optional.of(name), talks));
  }

  private static ProgrammeTalk talk(Element event, String roomName, Optional<LocalDate> day) throws ProgrammeException {
    String where = "frab schedule XML: event " + (event.hasAttribute("id") ? event.getAttribute("id") : "without id")
        + " in room \"" + roomName + "\"";
    if (!event.hasAttribute("id")) {
      throw new ProgrammeException(where + " has no id attribute");
    }
    String title = text(event, "title");
    if (title.isBlank()) {
      throw new ProgrammeException(where + " has no <title>");
    }
    String start = text(event, "start");
    if (!START.matcher(start).matches()) {
      throw new ProgrammeException(where + ": <start> \"" + start + "\" is not a time HH:MM");
    }
    String duration = text(event, "duration");
    if (!DURATION.matcher(duration).matches()) {
      throw new ProgrammeException(where + ": <duration> \"" + duration + "\" is not H:MM");
    }
    List<String> speakers = new ArrayList<>();
    for (Element persons : children(event, "persons")) {
      for (Element person : children(persons, "person")) {
        speakers.add(person.getTextContent().strip());
      }
    }
    Optional<LocalDate> date = ScheduleEvents.date(text(event, "date")).or(() -> day);
    String room = text(event, "room");
    return ScheduleEvents.talk(title, text(event, "subtitle"), speakers, date, start, duration,
        room.isBlank() ? roomName : room, text(event, "track"), text(event, "abstract"), text(event, "description"));
  }

  /** A parser that reads no DTD and no external entity: a schedule is data, not a fetch list. */
  private static DocumentBuilder parser() throws IOException {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setXIncludeAware(false);
      factory.setExpandEntityReferences(false);
      DocumentBuilder builder = factory.newDocumentBuilder();
      // faults end the parse as exceptions, instead of also being printed to stderr
      builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
        @Override
        public void fatalError(org.xml.sax.SAXParseException e) throws SAXException {
          throw e;
        }

        @Override
        public void error(org.xml.sax.SAXParseException e) throws SAXException {
          throw e;
        }
      });
      return builder;
    } catch (ParserConfigurationException e) {
      throw new IOException("no secure XML parser: " + e.getMessage(), e);
    }
  }

  private static List<Element> children(Element parent, String tag) {
    List<Element> found = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(tag)) {
        found.add(e);
      }
    }
    return found;
  }

  private static Optional<Element> child(Element parent, String tag) {
    return children(parent, tag).stream().findFirst();
  }

  private static String text(Element parent, String tag) {
    return child(parent, tag).map(e -> e.getTextContent().strip()).orElse("");
  }
}
