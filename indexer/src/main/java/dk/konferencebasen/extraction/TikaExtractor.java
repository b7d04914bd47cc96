package dk.konferencebasen.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import dk.konferencebasen.extraction.html.HtmlExtractor;
import dk.konferencebasen.extraction.programme.Programme;
import dk.konferencebasen.extraction.programme.ProgrammeException;
import dk.konferencebasen.extraction.programme.ProgrammeFiles;
import dk.konferencebasen.extraction.programme.ProgrammeText;
import dk.konferencebasen.extraction.html.PageMetadata;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.Office;
import org.apache.tika.metadata.PagedText;
import org.apache.tika.metadata.Property;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.xml.sax.SAXException;

/**
 * Turns any file Tika can read into an {@link Extraction}: type detected from the content (the
 * file name is deliberately not given to Tika, so a binary named .txt is caught), paragraphs in
 * reading order and document metadata ({@link LanguageGuess} tells the language). Thread-safe.
 */
public final class TikaExtractor implements Extractor {
  private static final Map<String, String> FORMAT_NAMES = Map.ofEntries(
      Map.entry("application/pdf", "pdf"),
      Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
      Map.entry("application/msword", "doc"),
      Map.entry("application/vnd.oasis.opendocument.text", "odt"),
      Map.entry("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
      Map.entry("application/vnd.ms-powerpoint", "ppt"),
      Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
      Map.entry("application/vnd.ms-excel", "xls"),
      Map.entry("application/vnd.oasis.opendocument.spreadsheet", "ods"),
      Map.entry("application/vnd.oasis.opendocument.presentation", "odp"),
      Map.entry("text/html", "html"),
      Map.entry("application/xhtml+xml", "html"),
      Map.entry("application/rtf", "rtf"),
      Map.entry("application/epub+zip", "epub"),
      Map.entry("text/plain", "txt"),
      Map.entry("text/calendar", "ics"),
      Map.entry("text/tab-separated-values", "tsv"),
      Map.entry("text/markdown", "md"),
      Map.entry("text/x-web-markdown", "md"));

  /**
   * Archives are refused before parsing. Tika would unpack every member (a zip bomb was inflated
   * until the text limit, 20 nested zips were unpacked all the way down); refused, they cost
   * nothing, and the reason tells the person what to do.
   */
  private static final Set<String> ARCHIVES = Set.of(
      "application/zip", "application/x-tar", "application/gzip", "application/x-gzip",
      "application/x-bzip2", "application/x-xz", "application/x-7z-compressed",
      "application/x-rar-compressed", "application/vnd.rar", "application/x-compress",
      "application/zstd", "application/x-lzma", "application/java-archive", "application/x-gtar");

  /** Web pages are read as a DOM by {@link HtmlExtractor}, which finds their main content. */
  private static final Set<String> HTML = Set.of("text/html", "application/xhtml+xml");
  private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  /** Carries the type found when checking for archives into the parse, so it is detected once. */
  private static final String DETECTED_TYPE = "X-Konferencebasen-Detected-Type";

  private final Detector detector = TikaConfig.getDefaultConfig().getDetector();
  private final AutoDetectParser parser = new AutoDetectParser(TikaConfig.getDefaultConfig());
  private final ExtractionLimits limits;
  /** Parses run here so that a parse past the time limit can be abandoned. */
  private final ExecutorService parsing =
      Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "tika-parse");
        t.setDaemon(true);
        return t;
      });

  public TikaExtractor(ExtractionLimits limits) {
    this.limits = limits;
    // Detection reads the file's head against hundreds of magic patterns (8 % of indexing plain
    // text when it ran twice). Embedded documents arrive with fresh metadata and are detected.
    parser.setDetector((in, metadata) -> {
      String known = metadata.get(DETECTED_TYPE);
      return known != null ? MediaType.parse(known) : detector.detect(in, metadata);
    });
  }

  @Override
  public Extraction extract(Path file) throws ExtractionException {
    return extract(file, type -> true).orElseThrow();
  }

  /**
   * The extraction if the file's content is plain text, else empty without parsing: for callers
   * that parse other formats elsewhere (in a worker process).
   */
  public Optional<Extraction> extractPlainText(Path file) throws ExtractionException {
    return extract(file, type -> type.getBaseType().equals(MediaType.TEXT_PLAIN));
  }

  private Optional<Extraction> extract(Path file, Predicate<MediaType> wanted) throws ExtractionException {
    long size;
    try {
      size = Files.size(file);
    } catch (IOException e) {
      throw new ExtractionException("cannot read file: " + e.getMessage(), e);
    }
    if (size == 0) {
      throw new ExtractionException("empty file (0 bytes)");
    }
    if (size > limits.maxFileBytes()) {
      throw new ExtractionException(String.format(
          "file is %.1f MB, over the limit of %.1f MB", size / 1e6, limits.maxFileBytes() / 1e6));
    }
    Future<Optional<Extraction>> parse = parsing.submit(() -> parse(file, wanted));
    try {
      return parse.get(limits.timeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      parse.cancel(true);
      throw new ExtractionException("parsing took longer than the limit of "
          + limits.timeout().toSeconds() + " s");
    } catch (InterruptedException e) {
      parse.cancel(true);
      Thread.currentThread().interrupt();
      throw new ExtractionException("interrupted");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof ExtractionException reason) {
        throw reason;
      }
      throw new ExtractionException(describe(e.getCause()), e.getCause());
    }
  }

  /**
   * Lets the parse threads go once they are idle. A parse abandoned at the time limit may still
   * be running (Tika does not always heed interrupts); it is not waited for.
   */
  @Override
  public void close() {
    parsing.shutdown();
  }

  /** Short name of a detected media type for facets: "pdf", "docx", "html" … */
  public static String formatName(String mediaType) {
    String base = MediaType.parse(mediaType) == null ? mediaType : MediaType.parse(mediaType).getBaseType().toString();
    return FORMAT_NAMES.getOrDefault(base, base.substring(base.indexOf('/') + 1));
  }

  private Optional<Extraction> parse(Path file, Predicate<MediaType> wanted) throws Exception {
    Metadata metadata = new Metadata();
    ParagraphCollector collector = new ParagraphCollector(limits.maxChars());
    List<RemovedText> removed = new ArrayList<>();
    try (InputStream in = TikaInputStream.get(file)) {
      MediaType type = detector.detect(in, new Metadata());
      if (type.equals(MediaType.OCTET_STREAM)) {
        throw new ExtractionException("unrecognised binary content (not a document format Tika can read)");
      }
      if (ARCHIVES.contains(type.getBaseType().toString())) {
        throw new ExtractionException("archive (" + formatName(type.toString())
            + ") is not unpacked; unpack it into the corpus folder to index what it holds");
      }
      if (!wanted.test(type)) {
        return Optional.empty();
      }
      if (HTML.contains(type.getBaseType().toString())) {
        return Optional.of(html(file, type));
      }
      Optional<Programme> programme = programme(file, type);
      if (programme.isPresent()) {
        return Optional.of(new Extraction(programme.get().mediaType(), ProgrammeText.paragraphs(programme.get()), List.of(),
            programme.get().name(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
            OptionalInt.empty(), false));
      }
      metadata.set(DETECTED_TYPE, type.toString());
      boolean docx = type.getBaseType().toString().equals(DOCX);
      if (docx) {
        removed.addAll(WordHeadersFooters.read(file));
      }
      parser.parse(in, collector, metadata, parseContext(docx));
    } catch (ParagraphCollector.TextLimitReached e) {
      // keep what was read; the extraction is marked truncated
    } catch (EncryptedDocumentException e) {
      throw new ExtractionException("encrypted or password-protected", e);
    } catch (TikaException | SAXException e) {
      if (causedByTextLimit(e)) {
        // the limit was hit inside an embedded document, where Tika wraps our signal: still
        // a truncation, not a failure
        return Optional.of(finish(metadata, collector, removed));
      }
      throw new ExtractionException("cannot parse (corrupt or unsupported file): " + describe(e), e);
    }
    return Optional.of(finish(metadata, collector, removed));
  }

  /**
   * The extraction of what the collector gathered. A paged document loses its running headers,
   * footers and page numbers ({@link RunningLines}); a PDF's lines are joined into paragraphs
   * again ({@link LineUnwrapper}), since its line breaks are only where the margin was. Other
   * formats mark their paragraphs, and their line breaks are the author's.
   */
  private Extraction finish(Metadata metadata, ParagraphCollector collector, List<RemovedText> removedBefore)
      throws ExtractionException {
    String mediaType = Optional.ofNullable(metadata.get(Metadata.CONTENT_TYPE)).orElse("application/octet-stream");
    List<RemovedText> removed = new ArrayList<>(removedBefore);
    removed.addAll(collector.removed());
    String pagesCalled = isPresentation(mediaType) ? "slides" : "pages";
    List<TextBlock> blocks = RunningLines.remove(collector.blocks(), removed, pagesCalled);
    List<String> paragraphs = isPdf(mediaType)
        ? LineUnwrapper.paragraphs(blocks)
        : blocks.stream().map(TextBlock::text).toList();
    if (paragraphs.isEmpty()) {
      throw new ExtractionException("no text found in " + formatName(mediaType)
          + (mediaType.startsWith("application/pdf") ? " (a scanned PDF needs OCR, which is not set up)" : ""));
    }
    return new Extraction(
        mediaType,
        paragraphs,
        removed,
        first(metadata, TikaCoreProperties.TITLE),
        Optional.ofNullable(metadata.getValues(TikaCoreProperties.CREATOR))
            .filter(v -> v.length > 0)
            .map(v -> String.join("; ", Arrays.stream(v).map(String::strip).toList()))
            .filter(s -> !s.isBlank()),
        first(metadata, TikaCoreProperties.CREATED),
        first(metadata, TikaCoreProperties.MODIFIED),
        first(metadata, TikaCoreProperties.DESCRIPTION),
        first(metadata, TikaCoreProperties.LANGUAGE),
        pageCount(metadata),
        collector.truncated());
  }

  /** A structured programme (iCalendar, a frab/pretalx schedule, a CSV sheet of talks), else empty. */
  private static Optional<Programme> programme(Path file, MediaType type) throws IOException, ExtractionException {
    try {
      return ProgrammeFiles.read(file, type.getBaseType().toString());
    } catch (ProgrammeException e) {
      throw new ExtractionException(e.getMessage(), e);
    }
  }

  private Extraction html(Path file, MediaType type) throws IOException, ExtractionException {
    HtmlExtractor.Result page;
    try (InputStream in = Files.newInputStream(file)) {
      page = HtmlExtractor.extract(in, "");
    }
    List<String> paragraphs = new ArrayList<>();
    boolean truncated = false;
    long chars = 0;
    for (String paragraph : page.paragraphs()) {
      if (chars + paragraph.length() > limits.maxChars()) {
        truncated = true;
        break;
      }
      chars += paragraph.length();
      paragraphs.add(paragraph);
    }
    if (paragraphs.isEmpty() && page.removed().isEmpty()) {
      throw new ExtractionException("no text found in html");
    }
    if (paragraphs.isEmpty()) {
      // a page whose every block looked like chrome: better all of it than nothing
      page.removed().forEach(r -> paragraphs.add(r.text()));
      return extraction(type, paragraphs, List.of(), page.metadata(), truncated);
    }
    return extraction(type, paragraphs, page.removed(), page.metadata(), truncated);
  }

  private static Extraction extraction(MediaType type, List<String> paragraphs, List<RemovedText> removed,
      PageMetadata metadata, boolean truncated) {
    return new Extraction(type.toString(), paragraphs, removed, metadata.title(), metadata.author(),
        metadata.published(), metadata.modified(), metadata.description(), metadata.language(),
        OptionalInt.empty(), truncated);
  }

  private static boolean isPdf(String mediaType) {
    return formatName(mediaType).equals("pdf");
  }

  private static boolean isPresentation(String mediaType) {
    return List.of("pptx", "ppt", "odp").contains(formatName(mediaType));
  }

  private ParseContext parseContext(boolean docx) {
    ParseContext context = new ParseContext();
    if (docx) {
      // Tika 3.3 writes a DOCX's headers and footers as unmarked paragraphs around the body;
      // left out here, they are recorded from the file itself (WordHeadersFooters)
      OfficeParserConfig office = new OfficeParserConfig();
      office.setIncludeHeadersAndFooters(false);
      context.set(OfficeParserConfig.class, office);
    }
    TesseractOCRConfig ocr = new TesseractOCRConfig();
    ocr.setSkipOcr(true); // no OCR engine is installed; do not probe for one on every PDF
    context.set(TesseractOCRConfig.class, ocr);
    // Embedded documents (attachments, objects in office files) ARE parsed: setting Parser.class
    // to null does not stop Tika 3, which falls back to its own parser. What bounds them is
    // Tika's SecureContentHandler, which AutoDetectParser puts around every parse (compression
    // ratio > 100 after 1M characters and nesting deeper than 100 elements / 10 package levels
    // count as a zip bomb), plus our text limit and timeout. Top-level archives are refused in
    // parse(), see ARCHIVES.
    return context;
  }

  private static OptionalInt pageCount(Metadata metadata) {
    for (Property property : List.of(PagedText.N_PAGES, Office.PAGE_COUNT)) {
      Integer pages = metadata.getInt(property);
      if (pages != null && pages > 0) {
        return OptionalInt.of(pages);
      }
    }
    return OptionalInt.empty();
  }

  private static Optional<String> first(Metadata metadata, Property property) {
    return Optional.ofNullable(metadata.get(property)).map(String::strip).filter(s -> !s.isEmpty());
  }

  private static boolean causedByTextLimit(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof ParagraphCollector.TextLimitReached) {
        return true;
      }
    }
    return false;
  }

  private static String describe(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    message = message.lines().findFirst().orElse(message).strip();
    return message.length() > 200 ? message.substring(0, 200) + "…" : message;
  }
}
