package dk.konferencebasen.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.utils.XMLReaderUtils;
import org.junit.jupiter.api.Test;

/** The collector reading XHTML of the shapes Tika writes, parsed by a real SAX parser. */
class ParagraphCollectorTest {
  private static ParagraphCollector collect(String body) throws Exception {
    String xhtml = "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>Titel</title></head><body>"
        + body + "</body></html>";
    ParagraphCollector collector = new ParagraphCollector(1_000_000);
    XMLReaderUtils.parseSAX(new ByteArrayInputStream(xhtml.getBytes(StandardCharsets.UTF_8)), collector,
        new ParseContext());
    return collector;
  }

  @Test
  void blocksKnowTheirPdfPage() throws Exception {
    ParagraphCollector collector = collect("""
        <div class="page"><p/><p>Rapport Side 1 af 2
        </p><p>Første afsnit på
        to linjer.</p><div class="annotation"><p>note</p></div><p/></div>
        <div class="page"><p>Rapport Side 2 af 2</p><p>Andet afsnit.</p></div>
        <ul><li>Bogmærke</li></ul>""");
    assertEquals(List.of(new TextBlock(0, "Rapport Side 1 af 2"), new TextBlock(0, "Første afsnit på\nto linjer."),
        new TextBlock(0, "note"), new TextBlock(1, "Rapport Side 2 af 2"), new TextBlock(1, "Andet afsnit."),
        new TextBlock(TextBlock.NO_PAGE, "Bogmærke")), collector.blocks());
  }

  @Test
  void slidesArePagesAndNotesAreNot() throws Exception {
    ParagraphCollector collector = collect("""
        <div class="slide-content"><p>Dias et</p><p>1</p></div><div class="slide-master-content"/>
        <div class="slide-notes"><p>Noter</p></div>
        <div class="slide-content"><p>Dias to</p><p>2</p></div>""");
    assertEquals(List.of(new TextBlock(0, "Dias et"), new TextBlock(0, "1"), new TextBlock(TextBlock.NO_PAGE, "Noter"),
        new TextBlock(1, "Dias to"), new TextBlock(1, "2")), collector.blocks());
  }

  @Test
  void markedHeadersAndFootersAreRemovedWithTheirReason() throws Exception {
    // the shape of Tika's .doc output: header and footer stories in their own divs
    ParagraphCollector collector = collect("""
        <div class="header"><p>Integrationstræf 2019 – Rapport</p></div>
        <p>Brødtekst.</p>
        <div class="footer"><p>Faxe Kommune</p><div><p>Side 1</p></div></div><p>Mere tekst.</p>""");
    assertEquals(List.of("Brødtekst.", "Mere tekst."), collector.paragraphs());
    assertEquals(List.of(
        new RemovedText("Integrationstræf 2019 – Rapport", "running header (marked as header in the document)"),
        new RemovedText("Faxe Kommune", "running footer (marked as footer in the document)"),
        new RemovedText("Side 1", "running footer (marked as footer in the document)")), collector.removed());
  }
}
