package dk.konferencebasen.indexing;

import dk.konferencebasen.corpus.CorpusFile;
import dk.konferencebasen.corpus.Sidecar;
import dk.konferencebasen.entities.DateFinder;
import dk.konferencebasen.entities.EntityFinder;
import dk.konferencebasen.extraction.Extraction;
import dk.konferencebasen.extraction.LanguageGuess;
import dk.konferencebasen.extraction.PageChrome;
import dk.konferencebasen.extraction.TikaExtractor;
import dk.konferencebasen.passages.Passage;
import dk.konferencebasen.passages.PassageSplitter;
import dk.konferencebasen.sametext.TextFingerprint;
import dk.konferencebasen.schema.Report;
import dk.konferencebasen.schema.ReportIds;
import dk.konferencebasen.schema.ReportPassage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * Puts one report together from what Tika extracted and what its sidecar says: cleans the page
 * chrome, decides title, dates and language, cuts passages and finds what each names.
 * Thread-safe.
 */
final class ReportBuilder {
  /** Titles that tools write into files, which say nothing about the content. */
  private static final Pattern TOOL_TITLE =
      Pattern.compile("(?i)^(untitled|unavngivet|dokument\\d*|document\\d*|microsoft (word|powerpoint) - .*|.*\\.(docx?|pdf|pptx?|odt))$");

  private final PassageSplitter splitter = new PassageSplitter();
  private final EntityFinder entityFinder = new EntityFinder();
  private final DateFinder dateFinder = new DateFinder();

  Report build(CorpusFile file, String contentHash, Extraction extraction, Sidecar sidecar) {
    PageChrome.Cleaned cleaned = PageChrome.remove(extraction.paragraphs());
    List<String> paragraphs = cleaned.paragraphs();
    String title = title(file, extraction, sidecar, paragraphs);
    OptionalInt contextYear = contextYear(title, sidecar, cleaned.updated());

    String id = ReportIds.reportId(file.relativePath());
    List<ReportPassage> passages = new ArrayList<>();
    for (Passage p : splitter.split(paragraphs, title)) {
      passages.add(new ReportPassage(
          ReportIds.passageId(id, p.ordinal()), p.ordinal(), p.start(), p.end(), p.text(),
          entityFinder.find(p.text()), dateFinder.find(p.text(), contextYear)));
    }
    String body = PassageSplitter.join(paragraphs);
    Optional<LocalDate> eventDate = sidecar.eventDate()
        .or(() -> passages.stream().flatMap(p -> p.dates().stream()).findFirst());

    return new Report(
        id,
        file.relativePath(),
        contentHash,
        title,
        Sidecar.given(sidecar.conference()),
        eventDate,
        cleaned.updated(),
        Sidecar.given(sidecar.place()),
        Sidecar.given(sidecar.organiser()),
        Sidecar.given(sidecar.publisher()),
        extraction.author(),
        extraction.created(),
        extraction.modified(),
        extraction.pageCount(),
        Sidecar.given(sidecar.language()).or(() -> LanguageGuess.of(paragraphs)).orElse("und"),
        format(file, extraction.mediaType()),
        extraction.mediaType(),
        Sidecar.given(sidecar.source()),
        Sidecar.given(sidecar.url()),
        body,
        TextFingerprint.of(body),
        passages);
  }

  private static String title(CorpusFile file, Extraction extraction, Sidecar sidecar, List<String> paragraphs) {
    return Sidecar.given(sidecar.title())
        .or(() -> extraction.title().filter(t -> !TOOL_TITLE.matcher(t).matches()))
        .or(() -> paragraphs.stream().findFirst().filter(ReportBuilder::looksLikeTitle))
        .orElseGet(() -> fileStem(file));
  }

  private static boolean looksLikeTitle(String paragraph) {
    return paragraph.length() <= 150 && !paragraph.contains("\n") && !paragraph.endsWith(".");
  }

  /** The year a yearless date in the text ("den 10. sep.") belongs to. */
  private static OptionalInt contextYear(String title, Sidecar sidecar, Optional<LocalDate> updated) {
    if (sidecar.eventDate().isPresent()) {
      return OptionalInt.of(sidecar.eventDate().get().getYear());
    }
    OptionalInt fromTitle = DateFinder.yearIn(title);
    if (fromTitle.isPresent()) {
      return fromTitle;
    }
    return updated.map(d -> OptionalInt.of(d.getYear())).orElse(OptionalInt.empty());
  }

  /** Short format name; plain text named .md is Markdown, which Tika cannot tell by content. */
  private static String format(CorpusFile file, String mediaType) {
    String format = TikaExtractor.formatName(mediaType);
    String name = file.relativePath().toLowerCase(Locale.ROOT);
    if (format.equals("txt") && (name.endsWith(".md") || name.endsWith(".markdown"))) {
      return "md";
    }
    return format;
  }

  private static String fileStem(CorpusFile file) {
    String name = file.path().getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
