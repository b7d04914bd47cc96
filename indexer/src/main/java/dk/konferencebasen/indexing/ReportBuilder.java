package dk.konferencebasen.indexing;

import dk.konferencebasen.corpus.CorpusFile;
import dk.konferencebasen.corpus.Sidecar;
import dk.konferencebasen.entities.DateFinder;
import dk.konferencebasen.entities.EntityFinder;
import dk.konferencebasen.extraction.Extraction;
import dk.konferencebasen.extraction.LanguageGuess;
import dk.konferencebasen.extraction.PageChrome;
import dk.konferencebasen.extraction.TemplateLines;
import dk.konferencebasen.extraction.TikaExtractor;
import dk.konferencebasen.passages.Passage;
import dk.konferencebasen.passages.PassageSplitter;
import dk.konferencebasen.passages.TalkHeading;
import dk.konferencebasen.sametext.TextFingerprint;
import dk.konferencebasen.schema.AcronymPairs;
import dk.konferencebasen.schema.NamedEntities;
import dk.konferencebasen.schema.Report;
import dk.konferencebasen.schema.ReportIds;
import dk.konferencebasen.schema.ReportPassage;
import dk.konferencebasen.schema.TextAudit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts one report together from what Tika extracted and what its sidecar says: cleans the page
 * chrome, decides title, dates and language, cuts passages and finds what each names.
 * Thread-safe.
 */
final class ReportBuilder {
  private final EntityFinder entityFinder = new EntityFinder();
  private final PassageSplitter splitter = new PassageSplitter(entityFinder);
  private final DateFinder dateFinder = new DateFinder();

  /**
   * {@code corpusAcronyms}: the pairs the rest of the corpus defines, for acronyms the report uses
   * without defining them ({@link AcronymPass}).
   */
  Report build(CorpusFile file, String contentHash, Extraction extraction, Sidecar sidecar, TemplateLines template,
      AcronymPairs corpusAcronyms) {
    PageChrome.Cleaned cleaned = PageChrome.remove(extraction.paragraphs(), template);
    List<String> paragraphs = cleaned.paragraphs();
    String title = Titles.choose(Sidecar.given(sidecar.title()), extraction.title(), paragraphs, fileStem(file),
        this::isAPersonsName);
    Optional<LocalDate> updated = cleaned.updated().or(() -> isoDate(extraction.created()));
    OptionalInt contextYear = contextYear(title, sidecar, updated);

    String id = ReportIds.reportId(file.relativePath());
    List<Passage> split = splitter.split(paragraphs, title);
    List<NamedEntities> asWritten = split.stream().map(p -> entityFinder.find(p.text())).toList();
    // "Chr. Jensen" of a report that names "Christian Jensen" is stored and counted as him
    FullerNames fuller = FullerNames.of(asWritten);
    List<NamedEntities> found = fuller.applyTo(asWritten);
    // "Kommunernes Landsforening (KL)" anywhere in the report makes every "KL" of it that
    // organisation; where the report does not say, the rest of the corpus does
    AcronymPairs defined = AcronymPairs.definedIn(found);
    Set<String> organisations = new LinkedHashSet<>();
    found.forEach(named -> organisations.addAll(named.organisations()));
    AcronymPairs fromCorpus = corpusAcronyms.usedBy(organisations, defined.names().keySet());
    AcronymPairs acronyms = defined.plus(fromCorpus);
    List<ReportPassage> passages = new ArrayList<>();
    for (int i = 0; i < split.size(); i++) {
      Passage p = split.get(i);
      NamedEntities passageNames = acronyms.canonical(found.get(i));
      List<String> speakers = p.talk().map(t -> fuller.people(speakers(t, passageNames))).orElse(List.of());
      NamedEntities named = withSpeakers(passageNames, speakers);
      passages.add(new ReportPassage(
          ReportIds.passageId(id, p.ordinal()), p.ordinal(), p.start(), p.end(), p.text(),
          named, dateFinder.find(p.text(), contextYear),
          p.talk().map(t -> withoutLeadingSpeaker(t.title(), speakers)).filter(t -> !t.isBlank()),
          p.talk().map(TalkHeading::time).filter(t -> !t.isBlank()),
          speakers, acronyms.aliases(found.get(i))));
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
        updated,
        Sidecar.given(sidecar.place()),
        Sidecar.given(sidecar.organiser()),
        Sidecar.given(sidecar.publisher()),
        extraction.author(),
        extraction.description(),
        extraction.pageCount(),
        Sidecar.given(sidecar.language()).or(() -> LanguageGuess.of(paragraphs)).or(extraction::language).orElse("und"),
        format(file, extraction.mediaType()),
        extraction.mediaType(),
        Sidecar.given(sidecar.source()),
        Sidecar.given(sidecar.url()),
        body,
        TextFingerprint.of(body).map(TextFingerprint::toBytes),
        passages,
        defined.stored(),
        fromCorpus.stored(),
        audit(extraction, cleaned));
  }

  /**
   * The people named in the lines that say who gives the talk, in the passage's spelling of
   * them (the passage's own list has the names with their context, the better source).
   */
  private List<String> speakers(TalkHeading talk, NamedEntities named) {
    String heading = talk.speakerText();
    Map<Integer, String> byPosition = new TreeMap<>();
    for (String person : entityFinder.find(heading).people()) {
      String spelling = named.people().stream().filter(p -> p.equalsIgnoreCase(person)).findFirst().orElse(person);
      byPosition.putIfAbsent(Math.max(0, heading.indexOf(person)), spelling);
    }
    for (String giver : talk.givers()) {
      entityFinder.asPersonName(giver)
          .filter(name -> !named.organisations().contains(name) && !named.municipalities().contains(name))
          .ifPresent(name -> byPosition.putIfAbsent(Math.max(0, heading.indexOf(name)), name));
    }
    // a name the passage's context told a person ("9.30: Jonas Christoffersen – …", where the
    // time is not in the heading's text) is a speaker when the heading names it
    for (String person : named.people()) {
      int at = wholeWordAt(heading, person);
      if (at >= 0 && !byPosition.containsValue(person)) {
        byPosition.putIfAbsent(at, person);
      }
    }
    return List.copyOf(new LinkedHashSet<>(byPosition.values()));
  }

  /** A line that is only a person's name: an author box or a photo's subject, never a title. */
  private boolean isAPersonsName(String line) {
    return entityFinder.find(line).people().equals(List.of(line.strip()));
  }

  /** A talk's speakers are people the passage names, whichever cue found them. */
  private static NamedEntities withSpeakers(NamedEntities named, List<String> speakers) {
    if (named.people().containsAll(speakers)) {
      return named;
    }
    List<String> people = new ArrayList<>(named.people());
    speakers.stream().filter(s -> !people.contains(s)).forEach(people::add);
    return new NamedEntities(people, named.organisations(), named.municipalities(), named.acronyms());
  }

  private static int wholeWordAt(String text, String name) {
    for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      int end = at + name.length();
      if ((at == 0 || !Character.isLetter(text.charAt(at - 1))) && (end == text.length() || !Character.isLetter(text.charAt(end)))) {
        return at;
      }
    }
    return -1;
  }

  private static final Pattern SPEAKER_SEPARATOR = Pattern.compile("^\\s*[–—:-]\\s+");

  /**
   * "Jonas Christoffersen – Den juridiske udvikling": a slot that names its speaker first has
   * the rest for its title; the speaker is in the talk's speakers.
   */
  static String withoutLeadingSpeaker(String title, List<String> speakers) {
    for (String speaker : speakers) {
      if (title.startsWith(speaker)) {
        String rest = title.substring(speaker.length());
        Matcher separator = SPEAKER_SEPARATOR.matcher(rest);
        if (separator.find() && rest.length() > separator.end()) {
          return rest.substring(separator.end()).strip();
        }
      }
    }
    return title;
  }

  /** Everything extraction and chrome removal took out, with the reasons, beside how much was kept. */
  private static TextAudit audit(Extraction extraction, PageChrome.Cleaned cleaned) {
    List<TextAudit.Removal> removed = new ArrayList<>();
    extraction.removed().forEach(r -> removed.add(new TextAudit.Removal(r.text(), r.reason())));
    cleaned.removed().forEach(r -> removed.add(new TextAudit.Removal(r.text(), r.reason())));
    long kept = cleaned.paragraphs().stream().mapToLong(String::length).sum();
    return new TextAudit(extraction.extractedChars(), kept, removed);
  }

  /** The day of an ISO date or date-time a file declares ("2019-09-10T08:00:00Z"). */
  private static Optional<LocalDate> isoDate(Optional<String> value) {
    return value.filter(v -> v.length() >= 10).flatMap(v -> {
      try {
        return Optional.of(LocalDate.parse(v.substring(0, 10)));
      } catch (java.time.format.DateTimeParseException e) {
        return Optional.empty();
      }
    });
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
