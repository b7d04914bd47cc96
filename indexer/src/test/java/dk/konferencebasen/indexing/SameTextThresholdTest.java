package dk.konferencebasen.indexing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.konferencebasen.corpus.CorpusFile;
import dk.konferencebasen.corpus.Sidecar;
import dk.konferencebasen.extraction.ExtractionLimits;
import dk.konferencebasen.extraction.TikaExtractor;
import dk.konferencebasen.fixtures.FormatFixtures;
import dk.konferencebasen.fixtures.FormatFixtures.Format;
import dk.konferencebasen.sametext.SameTextGroups;
import dk.konferencebasen.sametext.TextFingerprint;
import dk.konferencebasen.testing.Corpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Why the same-text threshold is 0.9: realistic variants of a seed report go through the real
 * pipeline (the fixture files, Tika, page chrome, the report body) and their similarity to the
 * original is measured, exactly and as the fingerprints estimate it. Printed as a table; the
 * figures are in the report of this change and in SameTextGroups' comment.
 *
 * <p>Copies (the same text exported to other formats, a copy with a paragraph of metadata more, a
 * web page saved with its menus) must be at or above the threshold with room for the estimate's
 * error; a revision (one paragraph of the report rewritten), an excerpt and another report on the
 * same topic must be below it.
 */
class SameTextThresholdTest {
  private static final String METADATA = "Udgivet af Faxe Kommune, Kommunikation. Senest opdateret 16. september 2020. "
      + "Kontakt: kommunikation@faxekommune.dk, telefon 56 20 30 00. Artiklen må gengives med kildeangivelse.";
  private static final String REWRITTEN = "Dagen bød også på en paneldebat om boligplacering, hvor repræsentanter fra "
      + "boligselskaberne og kommunens boligsociale medarbejdere drøftede, hvordan nye borgere kan få en bolig tæt på "
      + "skole, arbejde og fritidsliv, og hvilke erfaringer kommunen har gjort sig med midlertidige boliger de seneste år.";

  @TempDir static Path tmp;
  private static TikaExtractor tika;
  private static final ReportBuilder BUILDER = new ReportBuilder();
  private static String title;
  private static List<String> paragraphs;
  private static final Map<String, String> RESULTS = new LinkedHashMap<>();

  @BeforeAll
  static void read() throws Exception {
    tika = new TikaExtractor(ExtractionLimits.DEFAULT);
    List<String> seed = FormatFixtures.readPlainText(Corpus.seed(Corpus.SEED_002)).paragraphs();
    title = seed.get(1); // the first line is the page's breadcrumb
    paragraphs = seed.subList(2, seed.size());
  }

  @AfterAll
  static void print() {
    System.out.println("same-text similarity to the DOCX export (exact / estimated):");
    RESULTS.forEach((what, figures) -> System.out.println("  " + what + ": " + figures));
    tika.close();
  }

  private static String body(Path file) throws Exception {
    CorpusFile corpusFile = new CorpusFile(file, file.getFileName().toString(), Files.size(file));
    return BUILDER.build(corpusFile, "hash", tika.extract(file), Sidecar.NONE, dk.konferencebasen.extraction.TemplateLines.NONE, dk.konferencebasen.schema.AcronymPairs.NONE).body();
  }

  private static String write(Format format, String name, List<String> text) throws Exception {
    return body(FormatFixtures.write(format, tmp.resolve(name), name, title, text));
  }

  /** Records and returns the estimate; the exact similarity goes into the table. */
  private static double similarity(String what, String a, String b) {
    double estimate = TextFingerprint.of(a).orElseThrow().similarity(TextFingerprint.of(b).orElseThrow());
    RESULTS.put(what, String.format(Locale.ROOT, "%.3f / %.3f", exactJaccard(a, b), estimate));
    return estimate;
  }

  @Test
  void exportsToOtherFormatsAreTheSameText() throws Exception {
    String docx = write(Format.DOCX, "docx", paragraphs);
    for (Format format : Format.values()) {
      double s = similarity("the same text as " + format, docx, write(format, "as-" + format, paragraphs));
      assertTrue(s >= SameTextGroups.THRESHOLD + 0.05, format + ": " + s);
    }
    // the original file the exports were made from: plain text with the page's breadcrumb line
    double s = similarity("the original .txt (breadcrumb and all)", docx, body(Corpus.seed(Corpus.SEED_002)));
    assertTrue(s >= SameTextGroups.THRESHOLD, "original: " + s);
  }

  @Test
  void aCopyWithAParagraphOfMetadataMoreIsTheSameText() throws Exception {
    String docx = write(Format.DOCX, "docx", paragraphs);
    List<String> more = new ArrayList<>(paragraphs);
    more.add(METADATA);
    double s = similarity("ODT with a paragraph of metadata more (" + words(METADATA) + " words)", docx,
        write(Format.ODT, "odt-more", more));
    assertTrue(s >= SameTextGroups.THRESHOLD + 0.02, "metadata paragraph: " + s);
  }

  @Test
  void aWebPageSavedWithItsMenusIsTheSameText() throws Exception {
    String docx = write(Format.DOCX, "docx", paragraphs);
    StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"da\"><head><meta charset=\"UTF-8\"><title>")
        .append(title).append(" | Faxe Kommune</title></head><body>")
        .append("<nav><ul><li><a href=\"/\">Forside</a></li><li><a href=\"/nyheder\">Nyheder</a></li>")
        .append("<li><a href=\"/borger\">Borger</a></li><li><a href=\"/erhverv\">Erhverv</a></li></ul></nav>")
        .append("<main><h1>").append(title).append("</h1>");
    paragraphs.forEach(p -> html.append("<p>").append(p.replace("&", "&amp;").replace("<", "&lt;")).append("</p>"));
    html.append("</main><footer><p>Faxe Kommune · Frederiksgade 9 · 4690 Haslev · Telefon 56 20 30 00</p>")
        .append("<p>Cookies og privatlivspolitik</p></footer></body></html>");
    Path page = Files.writeString(Files.createDirectories(tmp.resolve("web")).resolve("side.html"), html);
    double s = similarity("the web page saved with menu and footer", docx, body(page));
    assertTrue(s >= SameTextGroups.THRESHOLD + 0.02, "web page: " + s);
  }

  @Test
  void aRevisionAnExcerptAndAnotherReportAreNot() throws Exception {
    String docx = write(Format.DOCX, "docx", paragraphs);
    List<String> revised = new ArrayList<>(paragraphs);
    int longest = 0;
    for (int i = 1; i < revised.size(); i++) {
      longest = revised.get(i).length() > revised.get(longest).length() ? i : longest;
    }
    revised.set(longest, REWRITTEN);
    double revision = similarity("a revision: its longest paragraph of " + paragraphs.size() + " rewritten", docx,
        write(Format.DOCX, "revised", revised));
    assertTrue(revision < SameTextGroups.THRESHOLD - 0.05, "revision: " + revision);

    double excerpt = similarity("an excerpt: the first two thirds", docx,
        write(Format.DOCX, "excerpt", paragraphs.subList(0, paragraphs.size() * 2 / 3)));
    assertTrue(excerpt < SameTextGroups.THRESHOLD - 0.1, "excerpt: " + excerpt);

    double other = similarity("the other seed report (also on integration)", docx, body(Corpus.seed(Corpus.SEED_000)));
    assertTrue(other < 0.1, "other report: " + other);
  }

  private static int words(String text) {
    return text.split("[^\\p{L}\\p{N}]+").length;
  }

  /** Exact Jaccard similarity of the 5-word-shingle multisets, words as the fingerprint reads them. */
  private static double exactJaccard(String a, String b) {
    Map<String, Integer> x = shingles(a);
    Map<String, Integer> y = shingles(b);
    long both = 0;
    for (Map.Entry<String, Integer> e : x.entrySet()) {
      both += Math.min(e.getValue(), y.getOrDefault(e.getKey(), 0));
    }
    Map<String, Integer> union = new HashMap<>(x);
    y.forEach((s, n) -> union.merge(s, n, Math::max));
    long either = union.values().stream().mapToLong(Integer::longValue).sum();
    return both / (double) either;
  }

  private static Map<String, Integer> shingles(String text) {
    String[] words = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
        .split("[^\\p{L}\\p{N}]+");
    List<String> list = new ArrayList<>();
    for (String w : words) {
      if (!w.isEmpty()) {
        list.add(w);
      }
    }
    Map<String, Integer> counts = new HashMap<>();
    for (int i = 0; i + TextFingerprint.SHINGLE_WORDS <= list.size(); i++) {
      counts.merge(String.join(" ", list.subList(i, i + TextFingerprint.SHINGLE_WORDS)), 1, Integer::sum);
    }
    return counts;
  }
}
