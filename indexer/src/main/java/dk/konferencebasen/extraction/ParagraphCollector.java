package dk.konferencebasen.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Collects the paragraphs of Tika's XHTML output. Every format's parser marks paragraphs as
 * block elements (p, h1–h6, li …), except plain text, which arrives as one block with blank
 * lines between paragraphs; both end up as one entry per paragraph. Stops with
 * {@link TextLimitReached} once {@code maxChars} characters have been collected.
 */
final class ParagraphCollector extends DefaultHandler {
  private static final Set<String> BLOCKS =
      Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "blockquote", "pre",
          "div", "td", "th", "tr", "table", "ul", "ol", "section", "article");

  /** Thrown to stop a parse early: enough text has been read. */
  static final class TextLimitReached extends SAXException {
    TextLimitReached() {
      super("text limit reached");
    }
  }

  private final int maxChars;
  private final List<String> paragraphs = new ArrayList<>();
  private final List<RemovedText> removed = new ArrayList<>();
  private final StringBuilder current = new StringBuilder();
  private int collected;
  private int headDepth;
  private boolean truncated;

  ParagraphCollector(int maxChars) {
    this.maxChars = maxChars;
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes atts) {
    String name = localName.isEmpty() ? qName : localName;
    if (name.equals("head")) {
      headDepth++;
    } else if (name.equals("br")) {
      current.append('\n');
    } else if (BLOCKS.contains(name)) {
      flush();
    }
  }

  @Override
  public void endElement(String uri, String localName, String qName) {
    String name = localName.isEmpty() ? qName : localName;
    if (name.equals("head")) {
      headDepth--;
    } else if (BLOCKS.contains(name)) {
      flush();
    }
  }

  @Override
  public void characters(char[] ch, int start, int length) throws SAXException {
    if (headDepth > 0) {
      return; // <title> and <meta> of the XHTML head are metadata, not body text
    }
    int room = maxChars - collected;
    int take = Math.min(room, length);
    current.append(ch, start, take);
    collected += take;
    if (take < length) {
      truncated = true;
      throw new TextLimitReached();
    }
  }

  @Override
  public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
    characters(ch, start, length);
  }

  /** The paragraphs collected so far, cleaned of layout whitespace. */
  List<String> paragraphs() {
    flush();
    return List.copyOf(paragraphs);
  }

  /** What the collector left out of the paragraphs, with the reason. */
  List<RemovedText> removed() {
    return List.copyOf(removed);
  }

  boolean truncated() {
    return truncated;
  }

  private void flush() {
    if (current.isEmpty()) {
      return;
    }
    LayoutWhitespace.paragraphs(current, paragraphs);
    current.setLength(0);
  }
}
