package dk.konferencebasen.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Collects the paragraphs of Tika's XHTML output. Every format's parser marks paragraphs as
 * block elements (p, h1–h6, li …), except plain text, which arrives as one block with blank
 * lines between paragraphs; both end up as one {@link TextBlock} per paragraph. Stops with
 * {@link TextLimitReached} once {@code maxChars} characters have been collected.
 *
 * <p>It also keeps what the layout of a paged document needs: the page each block is on (a PDF
 * page is {@code <div class="page">}, a PPTX slide {@code <div class="slide-content">}), so that
 * running headers can be found afterwards. A header or footer the parser marks as such
 * ({@code <div class="header">} / {@code "footer"}, as Tika's .doc parser does) is not text of
 * the document: it goes to {@link #removed()}.
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

  /** The classes of the div a parser puts around one page (PDF) or slide (PPTX). */
  private static final Set<String> PAGES = Set.of("page", "slide-content");
  /** The classes of the div a parser puts around a header or footer, and the reason it goes. */
  private static final Map<String, String> HEADERS_FOOTERS = Map.of(
      "header", "running header (marked as header in the document)",
      "footer", "running footer (marked as footer in the document)");

  private final int maxChars;
  private final List<TextBlock> blocks = new ArrayList<>();
  private final List<RemovedText> removed = new ArrayList<>();
  private final StringBuilder current = new StringBuilder();
  private final List<String> scratch = new ArrayList<>();
  private int collected;
  private int headDepth;
  private boolean truncated;
  /** The page the text is on (NO_PAGE outside pages), and how many divs deep in it (0 outside). */
  private int page = TextBlock.NO_PAGE;
  private int pages;
  private int pageDivDepth;
  /** Why the text of the header or footer div being read goes; null outside one. */
  private String headerFooter;
  private int headerFooterDepth;

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
    if (name.equals("div")) {
      String cssClass = atts.getValue("class");
      if (pageDivDepth > 0) {
        pageDivDepth++;
      } else if (cssClass != null && PAGES.contains(cssClass)) {
        pageDivDepth = 1;
        page = pages++;
      }
      if (headerFooter != null) {
        headerFooterDepth++;
      } else if (cssClass != null && HEADERS_FOOTERS.containsKey(cssClass)) {
        headerFooter = HEADERS_FOOTERS.get(cssClass);
        headerFooterDepth = 1;
      }
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
    if (name.equals("div")) {
      if (pageDivDepth > 0 && --pageDivDepth == 0) {
        page = TextBlock.NO_PAGE;
      }
      if (headerFooter != null && --headerFooterDepth == 0) {
        headerFooter = null;
      }
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

  /** The paragraphs collected so far, cleaned of layout whitespace, as the parser delimited them. */
  List<String> paragraphs() {
    return blocks().stream().map(TextBlock::text).toList();
  }

  /** The blocks collected so far, cleaned of layout whitespace, each with its page. */
  List<TextBlock> blocks() {
    flush();
    return List.copyOf(blocks);
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
    LayoutWhitespace.paragraphs(current, scratch);
    current.setLength(0);
    for (String paragraph : scratch) {
      if (headerFooter != null) {
        removed.add(new RemovedText(paragraph, headerFooter));
      } else {
        blocks.add(new TextBlock(page, paragraph));
      }
    }
    scratch.clear();
  }
}
