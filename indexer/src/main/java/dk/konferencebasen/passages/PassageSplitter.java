package dk.konferencebasen.passages;

import dk.konferencebasen.entities.EntityFinder;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Cuts a report body into passages along its paragraphs: in a conference report a paragraph
 * usually covers one talk or session, and a passage is what a hit points at.
 *
 * <p>The body is the report's paragraphs joined by blank lines ({@link #join}). A heading (a
 * short line with no closing punctuation) is not a passage of its own but opens the next one,
 * so the heading's words count for the text they introduce. A paragraph far longer than a talk
 * summary is cut at sentence ends, so that a hit still points at something one can read.
 *
 * <p>A programme is cut by its talks instead ({@link TalkFinder}): each talk is one passage,
 * whatever blank lines its slot, title, speakers and abstract are written with, and carries its
 * title and the lines that name its speakers. A programme without times may pair each title with
 * its speaker's line ({@link PairedTalks}), present its speakers one by one ({@link
 * SpeakerProfiles}) or list each debate's people under a label ({@link LabelledSpeakers}). A
 * document that is no programme may still tell of talks in running text ({@link ReportedTalks}):
 * such a paragraph is a talk too. A passage of a few words outside a talk joins its neighbour.
 */
public final class PassageSplitter {
  public static final String PARAGRAPH_SEPARATOR = "\n\n";
  private static final int HEADING_MAX_CHARS = 120;
  private static final int LONG_PARAGRAPH_CHARS = 2_000;
  private static final int TARGET_CHUNK_CHARS = 1_200;
  /** Shorter than this and of fewer words, a passage outside a talk joins a neighbour. */
  private static final int FRAGMENT_CHARS = 60;
  private static final int FRAGMENT_WORDS = 6;

  /** The report body: paragraphs joined by blank lines, the text passage offsets refer to. */
  public static String join(List<String> paragraphs) {
    return String.join(PARAGRAPH_SEPARATOR, paragraphs);
  }

  /**
   * Passages of {@code join(paragraphs)}. A first paragraph equal to {@code title} is the
   * title, not a passage. Where the document is a programme, each talk is one passage (its
   * lines may span paragraphs) and carries its heading; the rest is cut by paragraphs.
   */
  public List<Passage> split(List<String> paragraphs, String title) {
    String body = join(paragraphs);
    List<String> lines = new ArrayList<>();
    List<Integer> lineStarts = new ArrayList<>();
    List<Boolean> paragraphStarts = new ArrayList<>();
    int offset = 0;
    for (String paragraph : paragraphs) {
      int at = offset;
      boolean first = true;
      for (String line : paragraph.split("\n", -1)) {
        List<Integer> cuts = SlotTimes.slotsRunTogether(line);
        for (int k = 0; k <= cuts.size(); k++) {
          int from = k == 0 ? 0 : cuts.get(k - 1);
          lines.add(line.substring(from, k < cuts.size() ? cuts.get(k) : line.length()));
          lineStarts.add(at + from);
          paragraphStarts.add(first);
          first = false;
        }
        at += line.length() + 1;
      }
      offset += paragraph.length() + PARAGRAPH_SEPARATOR.length();
    }
    List<TalkFinder.Talk> talks = talkFinder.find(lines, paragraphStarts);
    // a series of lectures given by their dates and speakers is the page's talks over a day's plan
    // that names nobody ("Kl. 10:00 – 10:45: Fællessang og foredrag"), and over the lines without a
    // time inside it ("Foredrag om … ved Tuuva Eskeland" under "Mandag 28. januar – kl. 19:30")
    // (and over the times where it begins every talk they begin and more: a date with its year is no slot's time)
    boolean timeless = talks.stream().allMatch(t -> t.time().isEmpty());
    List<TalkFinder.Talk> dated = datedTalks.find(lines, paragraphStarts);
    if (dated.size() >= 2 && (timeless && talks.stream().allMatch(t -> t.first() >= dated.get(0).first()) || namesNobody(talks)
        || beginsEveryOneOf(dated, talks))) {
      talks = dated;
    }
    if (talks.isEmpty()) {
      talks = pairedTalks.find(lines, paragraphStarts);
    }
    if (talks.isEmpty()) {
      talks = speakerProfiles.find(lines, paragraphStarts);
    }
    if (talks.isEmpty()) {
      talks = labelledSpeakers.find(lines, paragraphStarts);
    }
    if (talks.isEmpty()) {
      talks = reportedTalks.find(lines, paragraphStarts);
    }
    // "Danmarkshistorien i gulvhøjde" over "Tirsdag den 30. april kl. 19.00" over "med Kåre
    // Johannessen": one lecture announced by its date and who gives it is the page's talk
    if (talks.isEmpty() && dated.size() == 1 && DatedTalks.isAnnouncedLecture(lines, dated.get(0))) {
      talks = dated;
    }
    if (talks.isEmpty()) {
      talks = announcedEvent.find(lines);
    }
    talks = withRoster(talks, speakerRoster.find(lines, paragraphStarts));
    List<Piece> pieces = pieces(lines, lineStarts, paragraphStarts, talks);

    List<Span> spans = new ArrayList<>();
    int pendingHeadingStart = -1;
    for (int k = 0; k < pieces.size(); k++) {
      Piece piece = pieces.get(k);
      String text = body.substring(piece.start(), piece.end());
      if (k == 0 && piece.talk().isEmpty() && text.strip().equalsIgnoreCase(title.strip())) {
        continue;
      }
      boolean last = k == pieces.size() - 1;
      // a roster's label ("Oplægsholdere") heads its list, not the first person's talk
      // ("Tidspunkt" over a talk's "Kl. 17.30-20.00" labels the field its time is in, it heads no talk)
      if (piece.talk().isEmpty() && isHeading(text) && !last && !TalkFinder.isBreak(text) && !SpeakerRoster.isLabel(text)
          && !(TalkFinder.isPracticalLabelAlone(text) && pieces.get(k + 1).talk().isPresent())) {
        if (pendingHeadingStart < 0) {
          pendingHeadingStart = piece.start();
        }
        continue;
      }
      int passageStart = pendingHeadingStart >= 0 ? pendingHeadingStart : piece.start();
      pendingHeadingStart = -1;
      if (piece.end() - piece.start() > LONG_PARAGRAPH_CHARS) {
        sentenceChunks(body, passageStart, piece.end()).forEach(c -> spans.add(new Span(body, c[0], c[1], piece.talk())));
      } else {
        spans.add(new Span(body, passageStart, piece.end(), piece.talk()));
      }
    }
    List<Passage> passages = new ArrayList<>(spans.size());
    for (Span span : joinFragments(spans)) {
      if (span.start() >= span.end()) {
        continue;
      }
      passages.add(new Passage(passages.size(), span.start(), span.end(), body.substring(span.start(), span.end()), span.talk()));
    }
    return passages;
  }

  /**
   * "Tirsdag den 25. november kl. 19.00 på Biblioteket" and "Torsdag den 22. januar 2015 kl. 19.00 på
   * Biblioteket": a series read by its dates begins every talk its times begin, and more (a date with
   * its year is no slot's time, so the times miss those lectures).
   */
  private static boolean beginsEveryOneOf(List<TalkFinder.Talk> dated, List<TalkFinder.Talk> timed) {
    java.util.Set<Integer> starts = new java.util.HashSet<>();
    dated.forEach(t -> starts.add(t.first()));
    return !timed.isEmpty() && dated.size() > timed.size() && timed.stream().allMatch(t -> starts.contains(t.first()));
  }

  private boolean namesNobody(List<TalkFinder.Talk> talks) {
    return talks.stream().noneMatch(t -> namesAPerson.test(t.speakerText()));
  }

  /**
   * The talks of a speaker roster ({@link SpeakerRoster}) that no talk found otherwise covers, and
   * whose person no such talk names: a page that lists its "Talere" over the programme written
   * out has each of them speaking in the programme's talks, not in one of their own.
   */
  private static List<TalkFinder.Talk> withRoster(List<TalkFinder.Talk> found, List<TalkFinder.Talk> roster) {
    if (roster.isEmpty()) {
      return found;
    }
    List<TalkFinder.Talk> all = new ArrayList<>(found);
    for (TalkFinder.Talk entry : roster) {
      String person = SpeakerRoster.person(entry);
      if (found.stream().noneMatch(t -> t.first() <= entry.last() && entry.first() <= t.last()
          || !person.isEmpty() && t.speakerText().contains(person))) {
        all.add(entry);
      }
    }
    all.sort(Comparator.comparingInt(TalkFinder.Talk::first));
    return all;
  }

  private final Predicate<String> namesAPerson;
  private final TalkFinder talkFinder;
  private final DatedTalks datedTalks;
  private final PairedTalks pairedTalks;
  private final LabelledSpeakers labelledSpeakers;
  private final SpeakerRoster speakerRoster;
  private final SpeakerProfiles speakerProfiles;
  private final ReportedTalks reportedTalks = new ReportedTalks();
  private final AnnouncedEvent announcedEvent;

  public PassageSplitter(EntityFinder names) {
    this.namesAPerson = line -> !names.find(line).people().isEmpty();
    this.talkFinder = new TalkFinder(namesAPerson);
    this.datedTalks = new DatedTalks(namesAPerson);
    this.pairedTalks = new PairedTalks(namesAPerson);
    this.labelledSpeakers = new LabelledSpeakers(namesAPerson);
    this.speakerRoster = new SpeakerRoster(namesAPerson);
    this.speakerProfiles = new SpeakerProfiles(namesAPerson);
    this.announcedEvent = new AnnouncedEvent(namesAPerson);
  }

  /** A stretch of the body: a talk, or lines of one paragraph outside any talk. */
  private record Piece(int start, int end, Optional<TalkHeading> talk) {}

  private record Span(int start, int end, Optional<TalkHeading> talk, int words) {
    Span(String body, int start, int end, Optional<TalkHeading> talk) {
      this(start, end, talk, body.substring(start, end).strip().split("\\s+").length);
    }
  }

  private static List<Piece> pieces(List<String> lines, List<Integer> lineStarts, List<Boolean> paragraphStarts,
      List<TalkFinder.Talk> talks) {
    List<Piece> pieces = new ArrayList<>();
    int t = 0;
    int i = 0;
    while (i < lines.size()) {
      if (t < talks.size() && talks.get(t).first() == i) {
        TalkFinder.Talk talk = talks.get(t++);
        int end = lineStarts.get(talk.last()) + lines.get(talk.last()).length();
        pieces.add(new Piece(lineStarts.get(i), end, Optional.of(new TalkHeading(talk.title(), talk.speakerText(), talk.time(), talk.givers()))));
        i = talk.last() + 1;
        continue;
      }
      int from = i;
      do {
        i++;
      } while (i < lines.size() && !paragraphStarts.get(i) && !(t < talks.size() && talks.get(t).first() == i));
      int end = lineStarts.get(i - 1) + lines.get(i - 1).length();
      pieces.add(new Piece(lineStarts.get(from), end, Optional.empty()));
    }
    return pieces;
  }

  /**
   * A passage of a few words outside a talk ("Læs referatet.", a lone date) is a fragment, not
   * something a hit can point at: it joins the passage after it, or the one before when it is
   * the last, as long as both are outside talks and next to each other.
   */
  private static List<Span> joinFragments(List<Span> spans) {
    List<Span> joined = new ArrayList<>(spans);
    for (int k = 0; k < joined.size(); k++) {
      Span s = joined.get(k);
      if (s.talk().isPresent() || s.end() - s.start() >= FRAGMENT_CHARS || s.words() >= FRAGMENT_WORDS) {
        continue;
      }
      if (k + 1 < joined.size() && joined.get(k + 1).talk().isEmpty()) {
        joined.set(k + 1, new Span(s.start(), joined.get(k + 1).end(), Optional.empty(), s.words() + joined.get(k + 1).words()));
        joined.remove(k--);
      } else if (k > 0 && joined.get(k - 1).talk().isEmpty()) {
        joined.set(k - 1, new Span(joined.get(k - 1).start(), s.end(), Optional.empty(), s.words() + joined.get(k - 1).words()));
        joined.remove(k--);
      }
    }
    return joined;
  }

  static boolean isHeading(String paragraph) {
    String p = paragraph.strip();
    // a heading has words: "24.04" alone is a date line
    return p.length() <= HEADING_MAX_CHARS && !p.contains("\n") && !p.matches("(?s).*[.!?:;,…”\"]$")
        && p.codePoints().anyMatch(Character::isLetter);
  }

  /** Spans of about TARGET_CHUNK_CHARS within [start, end), each ending at a sentence end. */
  private static List<int[]> sentenceChunks(String body, int start, int end) {
    BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.forLanguageTag("da"));
    sentences.setText(body.substring(start, end));
    List<int[]> chunks = new ArrayList<>();
    int chunkStart = 0;
    int boundary = sentences.next();
    int length = end - start;
    while (boundary != BreakIterator.DONE) {
      if (boundary - chunkStart >= TARGET_CHUNK_CHARS || boundary == length) {
        chunks.add(trimmed(body, start + chunkStart, start + boundary));
        chunkStart = boundary;
      }
      boundary = sentences.next();
    }
    if (chunkStart < length) {
      chunks.add(trimmed(body, start + chunkStart, end));
    }
    return chunks;
  }

  private static int[] trimmed(String body, int start, int end) {
    while (start < end && Character.isWhitespace(body.charAt(start))) start++;
    while (end > start && Character.isWhitespace(body.charAt(end - 1))) end--;
    return new int[] {start, end};
  }
}
