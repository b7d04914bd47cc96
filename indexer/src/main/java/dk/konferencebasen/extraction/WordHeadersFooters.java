package dk.konferencebasen.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.BoundedInputStream;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.utils.XMLReaderUtils;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The headers and footers of a DOCX file, as text removed from it. Tika 3.3 writes a DOCX's
 * headers as plain paragraphs before the body and its footers after it, nothing marking them, so
 * the extractor has Tika leave them out ({@code OfficeParserConfig.setIncludeHeadersAndFooters})
 * and reads them here, from the header and footer parts of the package, only to record what was
 * left out. A part's paragraphs are read as Word stores them (w:p of w:t text); a field's
 * instruction (the PAGE in a page number) is not text, its last shown result is.
 */
final class WordHeadersFooters {
  /** Where Word, LibreOffice and POI put them: word/header1.xml, word/footer2.xml … */
  private static final Pattern PART = Pattern.compile("word/(header|footer)(\\d*)\\.xml");
  /** A header part is a few lines; more than this is not read (a zip bomb is not inflated). */
  private static final long MAX_PART_BYTES = 4L * 1024 * 1024;
  private static final int MAX_PARTS = 64;

  private WordHeadersFooters() {}

  /** The text of the headers and footers, each distinct paragraph once, headers first. */
  static List<RemovedText> read(Path docx) {
    List<String> names = new ArrayList<>();
    try (ZipFile zip = new ZipFile(docx.toFile())) {
      zip.stream().map(ZipEntry::getName).filter(n -> PART.matcher(n).matches()).limit(MAX_PARTS).forEach(names::add);
      names.sort((a, b) -> order(a).compareTo(order(b)));
      Set<String> headers = new LinkedHashSet<>();
      Set<String> footers = new LinkedHashSet<>();
      for (String name : names) {
        boolean header = name.startsWith("word/header");
        try (InputStream in = new BoundedInputStream(MAX_PART_BYTES, zip.getInputStream(zip.getEntry(name)))) {
          Paragraphs paragraphs = new Paragraphs();
          XMLReaderUtils.parseSAX(in, paragraphs, new ParseContext());
          (header ? headers : footers).addAll(paragraphs.texts);
        } catch (SAXException | TikaException e) {
          // a damaged header part: Tika has left it out, there is just nothing to record
        }
      }
      List<RemovedText> removed = new ArrayList<>();
      headers.forEach(text -> removed.add(new RemovedText(text, reason(text, "header"))));
      footers.forEach(text -> removed.add(new RemovedText(text, reason(text, "footer"))));
      return removed;
    } catch (IOException e) {
      return List.of(); // not a readable zip: Tika has said or will say what is wrong with it
    }
  }

  private static String reason(String text, String part) {
    if (PageNumberLine.isWorded(text) || PageNumberLine.bareNumber(text).isPresent()) {
      return "page number (Word " + part + ")";
    }
    return "running " + part + " (Word " + part + ", printed on the document's pages)";
  }

  /** header1, header2, …, header10 in number order, headers before footers. */
  private static String order(String name) {
    Matcher m = PART.matcher(name);
    m.matches();
    String number = m.group(2).isEmpty() ? "0" : m.group(2);
    return m.group(1) + "0".repeat(Math.max(0, 6 - number.length())) + number;
  }

  /** Collects the text of each w:p; w:tab and w:br become a space. */
  private static final class Paragraphs extends DefaultHandler {
    private final List<String> texts = new ArrayList<>();
    private final StringBuilder paragraph = new StringBuilder();
    private boolean inText;

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
      String name = localName.isEmpty() ? qName.substring(qName.indexOf(':') + 1) : localName;
      switch (name) {
        case "t" -> inText = true;
        case "tab", "br", "cr" -> paragraph.append(' ');
        default -> { }
      }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
      String name = localName.isEmpty() ? qName.substring(qName.indexOf(':') + 1) : localName;
      if (name.equals("t")) {
        inText = false;
      } else if (name.equals("p")) {
        String text = paragraph.toString().replaceAll("\\s+", " ").strip();
        if (!text.isEmpty()) {
          texts.add(text);
        }
        paragraph.setLength(0);
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      if (inText && paragraph.length() < 10_000) {
        paragraph.append(ch, start, length);
      }
    }
  }
}
