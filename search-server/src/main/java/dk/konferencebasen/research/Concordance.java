package dk.konferencebasen.research;

import dk.konferencebasen.schema.IndexSchema;
import dk.konferencebasen.search.DanishOrder;
import dk.konferencebasen.search.Match;
import dk.konferencebasen.search.MatchHighlighter;
import dk.konferencebasen.search.MatchingPassages;
import dk.konferencebasen.search.ReportBlocks;
import dk.konferencebasen.search.Snapshot;
import java.io.IOException;
import java.text.CollationKey;
import java.text.Collator;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.Query;

/**
 * Keyword in context: where the query matched in each passage's text, found with Lucene's
 * Matches API from the offsets in the postings, so a lemma, a compound part, a synonym or a
 * phrase shows as the words the text actually has. Occurrences are gathered with only their
 * place and sort key; the context is cut for the lines of the requested page alone.
 */
public final class Concordance {
  /** Passages read for one concordance; beyond it the answer says it was truncated. */
  public static final int MAX_PASSAGES = 10_000;
  public static final int MAX_OCCURRENCES = 100_000;
  /** Words of context a sort compares, and how far to look for them. */
  private static final int KEY_WORDS = 3;
  private static final int KEY_REACH = 200;
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[-'’][\\p{L}\\p{N}]+)*");
  private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
  private static final Set<String> LINE_FIELDS = Set.of(IndexSchema.ID, IndexSchema.REPORT_ID, IndexSchema.ORDINAL,
      IndexSchema.TEXT, IndexSchema.CONFERENCE, IndexSchema.DATE, IndexSchema.YEAR);
  private static final CollationKey[] NO_KEY = new CollationKey[0];

  /** doc is index-wide; key is what the requested order compares. */
  private record Occurrence(int doc, int start, int end, CollationKey[] key) {}

  private Concordance() {}

  static ConcordanceResult lines(Snapshot snapshot, Query passages, ConcordanceRequest request) throws IOException {
    MatchHighlighter highlighter = new MatchHighlighter(snapshot, snapshot.rewrite(passages));
    Collator collator = DanishOrder.collator();
    boolean sorted = request.sort() != ConcordanceSort.REPORT;
    List<Occurrence> found = new ArrayList<>();
    long[] withOccurrences = {0};
    boolean[] full = {false};
    long scanned = MatchingPassages.forEach(snapshot, passages, new MatchingPassages.Visitor() {
      private LeafReaderContext leaf;
      private StoredFields stored;
      private long seen;

      @Override
      public void leaf(LeafReaderContext leaf) throws IOException {
        this.leaf = leaf;
        stored = leaf.reader().storedFields();
      }

      @Override
      public boolean passage(int doc) throws IOException {
        if (seen++ == MAX_PASSAGES || found.size() >= MAX_OCCURRENCES) {
          full[0] = true;
          return false;
        }
        List<Match> spans = highlighter.matches(leaf, doc);
        if (spans.isEmpty()) {
          return true; // matched through the report title only: no occurrence in the text
        }
        withOccurrences[0]++;
        // Only a sort needs the words around each occurrence now; the page's lines read them later.
        String text = sorted ? stored.document(doc, Set.of(IndexSchema.TEXT)).get(IndexSchema.TEXT) : null;
        for (Match span : spans) {
          found.add(new Occurrence(leaf.docBase + doc, span.start(), span.end(),
              sorted ? key(text, span, request.sort(), collator) : NO_KEY));
        }
        return true;
      }
    });
    if (full[0]) {
      scanned--; // the passage that tripped the cap was not read
    }
    if (sorted) {
      found.sort((a, b) -> compare(a.key, b.key)); // stable: equal keys stay in text order
    }
    int from = Math.min(request.offset(), found.size());
    int to = Math.min(from + request.limit(), found.size());
    List<ConcordanceResult.Line> lines = new ArrayList<>(to - from);
    ReportBlocks reports = new ReportBlocks(Set.of(IndexSchema.TITLE));
    for (Occurrence occurrence : found.subList(from, to)) {
      lines.add(line(snapshot, reports, occurrence, request.width()));
    }
    return new ConcordanceResult(snapshot.count(passages), scanned, withOccurrences[0], found.size(), full[0], lines,
        snapshot.commit());
  }

  /** What an occurrence sorts by in {@code sort} order: the words around it, collated (none for REPORT). */
  public static CollationKey[] key(String text, Match span, ConcordanceSort sort, Collator collator) {
    List<String> words = switch (sort) {
      case REPORT -> List.of();
      case LEFT -> wordsBefore(text, span.start());
      case RIGHT -> wordsAfter(text, span.end());
      case KEYWORD -> {
        List<String> keyword = new ArrayList<>();
        keyword.add(text.substring(span.start(), span.end()));
        keyword.addAll(wordsAfter(text, span.end()));
        yield keyword;
      }
    };
    if (words.isEmpty()) {
      return NO_KEY;
    }
    CollationKey[] key = new CollationKey[words.size()];
    for (int i = 0; i < key.length; i++) {
      key[i] = collator.getCollationKey(words.get(i));
    }
    return key;
  }

  /** The words just before {@code at}, nearest first. */
  static List<String> wordsBefore(String text, int at) {
    List<String> all = new ArrayList<>();
    Matcher words = WORD.matcher(text).region(Math.max(0, at - KEY_REACH), at);
    while (words.find()) {
      all.add(words.group());
    }
    List<String> nearest = new ArrayList<>(KEY_WORDS);
    for (int i = all.size() - 1; i >= 0 && nearest.size() < KEY_WORDS; i--) {
      nearest.add(all.get(i));
    }
    return nearest;
  }

  /** The words just after {@code at}, nearest first. */
  static List<String> wordsAfter(String text, int at) {
    List<String> nearest = new ArrayList<>(KEY_WORDS);
    Matcher words = WORD.matcher(text).region(at, Math.min(text.length(), at + KEY_REACH));
    while (nearest.size() < KEY_WORDS && words.find()) {
      nearest.add(words.group());
    }
    return nearest;
  }

  /** Word by word; a line with no word there (the keyword opens the passage) comes first. */
  public static int compare(CollationKey[] a, CollationKey[] b) {
    for (int i = 0; i < Math.min(a.length, b.length); i++) {
      int c = a[i].compareTo(b[i]);
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.length, b.length);
  }

  private static ConcordanceResult.Line line(Snapshot snapshot, ReportBlocks reports, Occurrence o, int width)
      throws IOException {
    List<LeafReaderContext> leaves = snapshot.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(o.doc, leaves));
    int doc = o.doc - leaf.docBase;
    reports.leaf(leaf);
    Document passage = leaf.reader().storedFields().document(doc, LINE_FIELDS);
    String year = passage.get(IndexSchema.YEAR);
    return line(passage.get(IndexSchema.ID), passage.get(IndexSchema.REPORT_ID),
        passage.getField(IndexSchema.ORDINAL).numericValue().intValue(), reports.report(doc).get(IndexSchema.TITLE),
        passage.get(IndexSchema.CONFERENCE), passage.get(IndexSchema.DATE), year == null ? null : Integer.valueOf(year),
        passage.get(IndexSchema.TEXT), o.start, o.end, width);
  }

  /** The line of an occurrence at [start, end) of a passage's text, with {@code width} characters of context. */
  public static ConcordanceResult.Line line(String passageId, String reportId, int ordinal, String title,
      String conference, String date, Integer year, String text, int start, int end, int width) {
    return new ConcordanceResult.Line(passageId, reportId, ordinal, title, conference, date, year, start, end,
        oneLine(text.substring(leftEdge(text, start - width), start)), oneLine(text.substring(start, end)),
        oneLine(text.substring(end, rightEdge(text, end + width))));
  }

  /** Never cuts a character outside the Basic Multilingual Plane in half. */
  private static int leftEdge(String text, int at) {
    int edge = Math.max(0, at);
    return edge > 0 && Character.isLowSurrogate(text.charAt(edge)) ? edge + 1 : edge;
  }

  private static int rightEdge(String text, int at) {
    int edge = Math.min(text.length(), at);
    return edge < text.length() && edge > 0 && Character.isHighSurrogate(text.charAt(edge - 1)) ? edge - 1 : edge;
  }

  private static String oneLine(String s) {
    return WHITE_SPACE.matcher(s).replaceAll(" ");
  }
}
