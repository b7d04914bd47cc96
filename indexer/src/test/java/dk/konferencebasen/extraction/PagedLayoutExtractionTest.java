package dk.konferencebasen.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.konferencebasen.fixtures.FormatFixtures;
import dk.konferencebasen.fixtures.PagedReports;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Paged documents with running headers, footers and page numbers, generated at test time and
 * extracted by {@link TikaExtractor}: the text is the report's paragraphs and nothing else, and
 * what was left out is listed with its reason.
 */
class PagedLayoutExtractionTest {
  private static final String HEADER = "Integrationstræf 2019 – Rapport";
  private static final String FOOTER = "Faxe Kommune · Integrationsrådet";

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

  private static Path reportPdf() throws IOException {
    return PagedReports.writePdf(tmp.resolve("integrationstraef.pdf"), IntegrationstraefReport.TITLE,
        IntegrationstraefReport.WRITTEN, new PagedReports.Furniture(HEADER, "Side %d af %d", FOOTER, "- %d -"));
  }

  /** The lines of each page as PDFBox reads them: what the layout put where. */
  private static List<List<String>> pageLines(Path pdf) throws IOException {
    List<List<String>> pages = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      PDFTextStripper stripper = new PDFTextStripper();
      for (int p = 1; p <= doc.getNumberOfPages(); p++) {
        stripper.setStartPage(p);
        stripper.setEndPage(p);
        pages.add(stripper.getText(doc).lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
      }
    }
    return pages;
  }

  @Test
  void theFixtureHasWhatTheTestIsAbout() throws IOException {
    List<List<String>> pages = pageLines(reportPdf());
    assertEquals(4, pages.size());
    for (int p = 0; p < pages.size(); p++) {
      List<String> lines = pages.get(p);
      assertEquals(HEADER + " Side " + (p + 1) + " af 4", lines.get(0));
      assertEquals(List.of(FOOTER, "- " + (p + 1) + " -"), lines.subList(lines.size() - 2, lines.size()));
    }
    List<String> all = pages.stream().flatMap(List::stream).toList();
    assertTrue(all.stream().anyMatch(l -> l.endsWith(" udlændinge-")), "an elided compound at a line end");
    assertTrue(all.stream().anyMatch(l -> l.endsWith(" idræts-")), "a hyphenated word at a line end");
    // all three page breaks fall inside a paragraph; the last one inside a hyphenated word
    for (int p = 0; p < 3; p++) {
      List<String> lines = pages.get(p);
      String lastBodyLine = lines.get(lines.size() - 3);
      assertFalse(lastBodyLine.matches(".*[.!?:]"), lastBodyLine);
      assertTrue(Character.isLowerCase(pages.get(p + 1).get(1).charAt(0)), pages.get(p + 1).get(1));
    }
    assertTrue(pages.get(2).get(pages.get(2).size() - 3).endsWith("praktik-"));
  }

  @Test
  void pdfParagraphsAreTheReportsParagraphsWithoutPageFurniture() throws Exception {
    Extraction extraction = extractor.extract(reportPdf());
    assertEquals(IntegrationstraefReport.paragraphsAsRead(), extraction.paragraphs());
    for (String paragraph : extraction.paragraphs()) {
      assertFalse(paragraph.contains("\n"), paragraph);
      assertFalse(paragraph.contains("Side "), paragraph);
      assertFalse(paragraph.contains(FOOTER), paragraph);
    }
  }

  @Test
  void pdfRemovedListsEveryHeaderFooterAndPageNumberWithItsReason() throws Exception {
    List<RemovedText> expected = new ArrayList<>();
    for (int p = 1; p <= 4; p++) {
      expected.add(new RemovedText(HEADER + " Side " + p + " af 4", "running header repeated on 4 of 4 pages"));
      expected.add(new RemovedText(FOOTER, "running footer repeated on 4 of 4 pages"));
      expected.add(new RemovedText("- " + p + " -", "page number"));
    }
    assertEquals(expected, extractor.extract(reportPdf()).removed());
  }

  @Test
  void aTwoPagePdfLosesOnlyItsPageNumbers() throws Exception {
    Path pdf = PagedReports.writePdf(tmp.resolve("kort.pdf"), IntegrationstraefReport.TITLE,
        IntegrationstraefReport.WRITTEN.subList(0, 5), new PagedReports.Furniture(HEADER, null, FOOTER, "Side %d"));
    assertEquals(2, pageLines(pdf).size());
    Extraction extraction = extractor.extract(pdf);
    assertEquals(List.of(new RemovedText("Side 1", "page number"), new RemovedText("Side 2", "page number")),
        extraction.removed());
    // two pages are too few to tell a running header from a repeated line: both stay
    assertEquals(2, extraction.paragraphs().stream().filter(HEADER::equals).count());
    assertEquals(2, extraction.paragraphs().stream().filter(FOOTER::equals).count());
  }

  @Test
  void pdfWithoutFurnitureFromTheFormatFixturesIsUnwrappedToo() throws Exception {
    List<String> paragraphs = List.of(IntegrationstraefReport.paragraphsAsRead().get(4),
        IntegrationstraefReport.paragraphsAsRead().get(12));
    Path pdf = FormatFixtures.write(FormatFixtures.Format.PDF, tmp, "enkel", "Integrationstræf 2019", paragraphs);
    Extraction extraction = extractor.extract(pdf);
    List<String> expected = new ArrayList<>(List.of("Integrationstræf 2019"));
    expected.addAll(paragraphs);
    assertEquals(expected, extraction.paragraphs());
    assertTrue(extraction.removed().isEmpty(), extraction.removed()::toString);
  }

  @Test
  void docxHeaderAndFooterAreNotTextButAreListedAsRemoved() throws Exception {
    List<String> body = IntegrationstraefReport.paragraphsAsRead().subList(1, 6);
    Path docx = PagedReports.writeDocx(tmp.resolve("rapport.docx"), IntegrationstraefReport.TITLE, body, HEADER,
        FOOTER);
    Extraction extraction = extractor.extract(docx);
    List<String> expected = new ArrayList<>(List.of(IntegrationstraefReport.TITLE));
    expected.addAll(body);
    assertEquals(expected, extraction.paragraphs());
    assertEquals(List.of(
        new RemovedText(HEADER, "running header (Word header, printed on the document's pages)"),
        new RemovedText(FOOTER, "running footer (Word footer, printed on the document's pages)"),
        new RemovedText("Side 1", "page number (Word footer)")), extraction.removed());
  }

  @Test
  void pptxSlideFootersAndNumbersGo() throws Exception {
    List<String> slides = IntegrationstraefReport.paragraphsAsRead().subList(5, 9);
    Path pptx = PagedReports.writePptx(tmp.resolve("slides.pptx"), slides, FOOTER);
    Extraction extraction = extractor.extract(pptx);
    assertEquals(slides, extraction.paragraphs());
    List<RemovedText> expected = new ArrayList<>();
    for (int s = 1; s <= 4; s++) {
      expected.add(new RemovedText(FOOTER, "running footer repeated on 4 of 4 slides"));
      expected.add(new RemovedText(Integer.toString(s), "page number"));
    }
    assertEquals(expected, extraction.removed());
  }
}
