package dk.konferencebasen.benchmark;

import dk.konferencebasen.fixtures.ReportFiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Makes a benchmark corpus of realistic Danish conference reports: paragraphs of 3–8 sentences
 * sampled from the UD Danish-DDT treebank, 5–40 paragraphs a report, a title, and people,
 * organisations, conferences and years both in the text and in a {@code NAME.meta.json} sidecar.
 *
 * <p>Report {@code i} depends only on the seed, {@code i}, the sentence list and its format, so
 * the same seed gives the same output (byte for byte for txt and html; docx and pdf carry the
 * libraries' own time stamps and ids).
 */
public final class CorpusGenerator {
  public static final int MIN_SENTENCES = 3;
  public static final int MAX_SENTENCES = 8;
  public static final int MIN_PARAGRAPHS = 5;
  public static final int MAX_PARAGRAPHS = 40;

  /** Output formats, spread round-robin over the reports. */
  public enum Format {
    TXT, HTML, DOCX, PDF;

    public String extension() {
      return name().toLowerCase(Locale.ROOT);
    }

    public static Format parse(String s) {
      return switch (s.strip().toLowerCase(Locale.ROOT)) {
        case "txt", "text" -> TXT;
        case "html", "htm" -> HTML;
        case "docx" -> DOCX;
        case "pdf" -> PDF;
        default -> throw new IllegalArgumentException("unknown format \"" + s + "\" (txt, html, docx, pdf)");
      };
    }
  }

  /** One generated report, before it is written. */
  public record Report(String baseName, Format format, String title, String conference, String date, String place,
      String organiser, String publisher, List<String> paragraphs, List<Integer> sentencesPerParagraph) {}

  /** What a generation wrote. */
  public record Summary(int reports, long passages, long sentences, long bytes) {
    public double megabytes() {
      return bytes / (1024.0 * 1024.0);
    }
  }

  static final String[] FIRST = {"Mette", "Lars", "Anne", "Jens", "Hanne", "Peter", "Sofie", "Mads", "Fatima", "Ahmed",
      "Karen", "Niels", "Louise", "Søren", "Camilla", "Rasmus", "Amira", "Henrik", "Birgitte", "Jesper", "Zeynep", "Ole"};
  static final String[] LAST = {"Hansen", "Jensen", "Nielsen", "Pedersen", "Andersen", "Christensen", "Larsen",
      "Sørensen", "Rasmussen", "Jørgensen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen", "Yilmaz", "Ali",
      "Mortensen", "Østergaard", "Kjær"};
  static final String[] MUNICIPALITIES = {"Aalborg", "Aarhus", "Odense", "København", "Faxe", "Vejle", "Esbjerg",
      "Randers", "Kolding", "Horsens", "Silkeborg", "Holbæk", "Ishøj", "Roskilde", "Næstved", "Viborg"};
  static final String[] ORGANISATIONS = {"KL", "Dansk Flygtningehjælp", "Røde Kors", "Udlændinge- og Integrationsministeriet",
      "Dansk Arbejdsgiverforening", "Fagbevægelsens Hovedorganisation", "Danske Regioner", "VIVE", "Rådet for Etniske Minoriteter",
      "Socialstyrelsen", "Styrelsen for International Rekruttering og Integration", "Danmarks Lærerforening"};
  static final String[] CONFERENCES = {"Integrationstræf", "Kommunaldagen", "Folkemødet", "Socialpolitisk Forum",
      "Beskæftigelseskonferencen", "Børne- og Ungetopmødet", "Sundhedskonferencen", "Frivillighedsfestivalen"};
  static final String[] TOPICS = {"sprogundervisning", "beskæftigelse", "frivillighed", "børn og unge", "sundhed",
      "boligsociale indsatser", "uddannelse", "medborgerskab", "fastholdelse", "inklusion"};

  private final List<String> sentences;
  private final long seed;

  public CorpusGenerator(List<String> sentences, long seed) {
    if (sentences.isEmpty()) {
      throw new IllegalArgumentException("no sentences to sample from");
    }
    this.sentences = List.copyOf(sentences);
    this.seed = seed;
  }

  /** Report number {@code index} (0-based), in the given format. */
  public Report report(int index, Format format) {
    Random rnd = new Random(seed * 0x9E3779B97F4A7C15L + index * 0xC2B2AE3D27D4EB4FL + 17);
    String conference = pick(rnd, CONFERENCES);
    int year = 2010 + rnd.nextInt(15);
    String date = String.format(Locale.ROOT, "%04d-%02d-%02d", year, 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
    String place = pick(rnd, MUNICIPALITIES);
    String organiser = pick(rnd, ORGANISATIONS);
    String publisher = rnd.nextBoolean() ? organiser : pick(rnd, ORGANISATIONS);
    String topic = pick(rnd, TOPICS);
    String title = conference + " " + year + ": " + capitalise(topic) + " i " + place;
    int paragraphs = MIN_PARAGRAPHS + rnd.nextInt(MAX_PARAGRAPHS - MIN_PARAGRAPHS + 1);
    List<String> text = new ArrayList<>(paragraphs);
    List<Integer> counts = new ArrayList<>(paragraphs);
    for (int p = 0; p < paragraphs; p++) {
      int count = MIN_SENTENCES + rnd.nextInt(MAX_SENTENCES - MIN_SENTENCES + 1);
      StringBuilder sb = new StringBuilder();
      for (int s = 0; s < count; s++) {
        String sentence;
        if (s == 0 && rnd.nextInt(3) == 0) {
          sentence = "Oplæg ved " + pick(rnd, FIRST) + " " + pick(rnd, LAST) + ", "
              + (rnd.nextBoolean() ? pick(rnd, MUNICIPALITIES) + " Kommune" : pick(rnd, ORGANISATIONS)) + ".";
        } else if (s == 1 && rnd.nextInt(6) == 0) {
          sentence = "På " + conference + " i " + year + " talte " + pick(rnd, FIRST) + " " + pick(rnd, LAST)
              + " fra " + pick(rnd, ORGANISATIONS) + " om " + topic + ".";
        } else {
          sentence = sentences.get(rnd.nextInt(sentences.size()));
        }
        if (s > 0) {
          sb.append(' ');
        }
        sb.append(sentence);
      }
      text.add(sb.toString());
      counts.add(count);
    }
    return new Report(String.format(Locale.ROOT, "bench-%07d", index), format, title, conference, date, place,
        organiser, publisher, List.copyOf(text), List.copyOf(counts));
  }

  /** Writes reports 0..docs-1 into {@code out}, formats round-robin. */
  public Summary generate(Path out, int docs, List<Format> formats) throws IOException {
    return generate(out, docs, Long.MAX_VALUE, formats);
  }

  /**
   * Writes reports into {@code out} until {@code maxDocs} reports or at least {@code minPassages}
   * paragraphs are written, whichever comes first.
   */
  public Summary generate(Path out, int maxDocs, long minPassages, List<Format> formats) throws IOException {
    if (formats.isEmpty()) {
      throw new IllegalArgumentException("no formats");
    }
    Files.createDirectories(out);
    int reports = 0;
    long passages = 0;
    long sentenceCount = 0;
    long bytes = 0;
    for (int i = 0; i < maxDocs && passages < minPassages; i++) {
      Report r = report(i, formats.get(i % formats.size()));
      Path file = out.resolve(r.baseName() + "." + r.format().extension());
      write(r, file);
      Path meta = out.resolve(r.baseName() + ".meta.json");
      Files.writeString(meta, sidecarJson(r), StandardCharsets.UTF_8);
      reports++;
      passages += r.paragraphs().size();
      for (int c : r.sentencesPerParagraph()) {
        sentenceCount += c;
      }
      bytes += Files.size(file) + Files.size(meta);
    }
    return new Summary(reports, passages, sentenceCount, bytes);
  }

  public static void write(Report r, Path file) throws IOException {
    switch (r.format()) {
      case TXT -> Files.writeString(file, txt(r), StandardCharsets.UTF_8);
      case HTML -> Files.writeString(file, html(r), StandardCharsets.UTF_8);
      case DOCX -> writeDocx(r, file);
      case PDF -> writePdf(r, file);
    }
  }

  static String txt(Report r) {
    StringBuilder sb = new StringBuilder(r.title()).append("\n\n");
    for (String p : r.paragraphs()) {
      sb.append(p).append("\n\n");
    }
    return sb.toString();
  }

  static String html(Report r) {
    StringBuilder sb = new StringBuilder();
    sb.append("<!DOCTYPE html>\n<html lang=\"da\">\n<head>\n<meta charset=\"UTF-8\">\n");
    sb.append("<title>").append(xml(r.title())).append("</title>\n</head>\n<body>\n");
    sb.append("<h1>").append(xml(r.title())).append("</h1>\n");
    for (String p : r.paragraphs()) {
      sb.append("<p>").append(xml(p)).append("</p>\n");
    }
    sb.append("</body>\n</html>\n");
    return sb.toString();
  }

  /** The sidecar, with keys in a fixed order (README "Sidecar metadata"). */
  public static String sidecarJson(Report r) {
    return "{\n"
        + "  \"title\": " + json(r.title()) + ",\n"
        + "  \"conference\": " + json(r.conference()) + ",\n"
        + "  \"date\": " + json(r.date()) + ",\n"
        + "  \"place\": " + json(r.place()) + ",\n"
        + "  \"organiser\": " + json(r.organiser()) + ",\n"
        + "  \"publisher\": " + json(r.publisher()) + ",\n"
        + "  \"language\": \"da\",\n"
        + "  \"source\": " + json("kb bench-corpus: sentences sampled from UD Danish-DDT") + ",\n"
        + "  \"url\": " + json("https://example.org/konferencebasen/bench/" + r.baseName()) + "\n"
        + "}\n";
  }

  static String json(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20) {
            sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"').toString();
  }

  private static String xml(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  private static String pick(Random rnd, String[] values) {
    return values[rnd.nextInt(values.length)];
  }

  private static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static void writeDocx(Report r, Path file) throws IOException {
    ReportFiles.writeDocx(file, r.title(), r.paragraphs(), CREATOR);
  }

  private static void writePdf(Report r, Path file) throws IOException {
    ReportFiles.writePdf(file, r.title(), r.paragraphs(), CREATOR);
  }

  private static final String CREATOR = "Konferencebasen bench-corpus";
}
