package dk.konferencebasen.corpus;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Writes a report (a title and its paragraphs) as a real PDF (PDFBox, Standard 14 fonts with
 * WinAnsi encoding, a blank line between paragraphs so extraction sees them apart) or DOCX
 * (POI, the title as Heading 1). For corpora made by programs: the test fixtures and
 * {@code kb bench-corpus}.
 */
public final class ReportFiles {
  private ReportFiles() {}

  public static void writePdf(Path file, String title, List<String> paragraphs, String creator) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDDocumentInformation info = doc.getDocumentInformation();
      info.setTitle(title);
      info.setCreator(creator);
      doc.getDocumentCatalog().setLanguage("da");
      PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
      PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      try (PdfLayout layout = new PdfLayout(doc, 11f * 1.3f)) {
        layout.block(title, bold, 16f);
        for (String p : paragraphs) {
          layout.block(p, regular, 11f);
        }
      }
      doc.save(file.toFile());
    }
  }

  /** Minimal top-to-bottom text layout: blocks of word-wrapped lines, blank line between blocks. */
  private static final class PdfLayout implements AutoCloseable {
    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float MARGIN = 56.7f; // 2 cm
    private static final float WIDTH = PAGE.getWidth() - 2 * MARGIN;
    private static final float TOP = PAGE.getHeight() - MARGIN;

    private final PDDocument doc;
    private final float blankLine;
    private final Map<PDFont, Map<Integer, String>> encodable = new HashMap<>();
    private PDPageContentStream stream;
    private float y;
    private boolean pageHasText;

    PdfLayout(PDDocument doc, float blankLine) {
      this.doc = doc;
      this.blankLine = blankLine;
    }

    void block(String text, PDFont font, float size) throws IOException {
      float leading = size * 1.3f;
      List<String> lines = new ArrayList<>();
      for (String hardLine : text.split("\n")) {
        lines.addAll(wrap(sanitize(hardLine, font), font, size));
      }
      if (stream == null) {
        newPage();
      }
      float gap = pageHasText ? blankLine : 0f;
      float needed = gap + lines.size() * leading;
      boolean fitsOnFreshPage = lines.size() * leading <= TOP - MARGIN;
      if (pageHasText && y - needed < MARGIN && fitsOnFreshPage) {
        newPage();
        gap = 0f;
      }
      y -= gap;
      for (String line : lines) {
        if (y - leading < MARGIN) {
          newPage();
        }
        y -= leading;
        stream.beginText();
        stream.setFont(font, size);
        stream.newLineAtOffset(MARGIN, y);
        stream.showText(line);
        stream.endText();
        pageHasText = true;
      }
    }

    private void newPage() throws IOException {
      if (stream != null) {
        stream.close();
      }
      PDPage page = new PDPage(PAGE);
      doc.addPage(page);
      stream = new PDPageContentStream(doc, page);
      y = TOP;
      pageHasText = false;
    }

    /** Replaces every character the font cannot encode (base letter if possible, else '?'). */
    private String sanitize(String s, PDFont font) {
      Map<Integer, String> cache = encodable.computeIfAbsent(font, f -> new HashMap<>());
      StringBuilder sb = new StringBuilder(s.length());
      s.codePoints().forEach(cp -> sb.append(cache.computeIfAbsent(cp, c -> replacement(c, font))));
      return sb.toString();
    }

    private static String replacement(int cp, PDFont font) {
      String ch = new String(Character.toChars(cp));
      if (canEncode(font, ch)) {
        return ch;
      }
      String base = Normalizer.normalize(ch, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
      if (!base.isEmpty() && !base.equals(ch) && canEncode(font, base)) {
        return base;
      }
      return cp == 0xA0 || Character.isSpaceChar(cp) ? " " : "?";
    }

    private static boolean canEncode(PDFont font, String s) {
      try {
        font.encode(s);
        return true;
      } catch (IllegalArgumentException | IOException e) {
        return false;
      }
    }

    private static List<String> wrap(String text, PDFont font, float size) throws IOException {
      List<String> lines = new ArrayList<>();
      StringBuilder line = new StringBuilder();
      for (String word : text.split(" +")) {
        if (word.isEmpty()) {
          continue;
        }
        String candidate = line.isEmpty() ? word : line + " " + word;
        if (width(candidate, font, size) <= WIDTH) {
          line.setLength(0);
          line.append(candidate);
          continue;
        }
        if (!line.isEmpty()) {
          lines.add(line.toString());
          line.setLength(0);
        }
        // The word alone may still be too wide: break it by characters.
        String rest = word;
        while (width(rest, font, size) > WIDTH) {
          int cut = rest.offsetByCodePoints(0, 1);
          while (cut < rest.length()) {
            int next = rest.offsetByCodePoints(cut, 1);
            if (width(rest.substring(0, next), font, size) > WIDTH) {
              break;
            }
            cut = next;
          }
          lines.add(rest.substring(0, cut));
          rest = rest.substring(cut);
        }
        line.append(rest);
      }
      if (!line.isEmpty() || lines.isEmpty()) {
        lines.add(line.toString());
      }
      return lines;
    }

    private static float width(String s, PDFont font, float size) throws IOException {
      return font.getStringWidth(s) / 1000f * size;
    }

    @Override
    public void close() throws IOException {
      if (stream != null) {
        stream.close();
        stream = null;
      }
    }
  }

  public static void writeDocx(Path file, String title, List<String> paragraphs, String creator) throws IOException {
    try (XWPFDocument doc = new XWPFDocument()) {
      XWPFStyles styles = doc.createStyles();
      CTStyle heading = CTStyle.Factory.newInstance();
      heading.setStyleId("Heading1");
      heading.setType(STStyleType.PARAGRAPH);
      heading.addNewName().setVal("heading 1");
      heading.addNewUiPriority().setVal(BigInteger.valueOf(9));
      heading.addNewQFormat();
      heading.addNewPPr().addNewOutlineLvl().setVal(BigInteger.ZERO);
      heading.addNewRPr().addNewB();
      styles.addStyle(new XWPFStyle(heading, styles));
      styles.setSpellingLanguage("da-DK");

      XWPFParagraph titleParagraph = doc.createParagraph();
      titleParagraph.setStyle("Heading1");
      titleParagraph.createRun().setText(title);
      for (String p : paragraphs) {
        XWPFParagraph paragraph = doc.createParagraph();
        String[] lines = p.split("\n");
        for (int i = 0; i < lines.length; i++) {
          XWPFRun run = paragraph.createRun();
          if (i > 0) {
            run.addBreak();
          }
          run.setText(lines[i]);
        }
      }
      doc.getProperties().getCoreProperties().setTitle(title);
      doc.getProperties().getCoreProperties().setCreator(creator);
      try (OutputStream out = Files.newOutputStream(file)) {
        doc.write(out);
      }
    }
  }
}
