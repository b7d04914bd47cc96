package dk.konferencebasen.passages;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cuts a report body into passages along its paragraphs: in a conference report a paragraph
 * usually covers one talk or session, and a passage is what a hit points at.
 *
 * <p>The body is the report's paragraphs joined by blank lines ({@link #join}). A heading (a
 * short line with no closing punctuation) is not a passage of its own but opens the next one,
 * so the heading's words count for the text they introduce. A paragraph far longer than a talk
 * summary is cut at sentence ends, so that a hit still points at something one can read.
 */
public final class PassageSplitter {
  public static final String PARAGRAPH_SEPARATOR = "\n\n";
  private static final int HEADING_MAX_CHARS = 120;
  private static final int LONG_PARAGRAPH_CHARS = 2_000;
  private static final int TARGET_CHUNK_CHARS = 1_200;

  /** The report body: paragraphs joined by blank lines, the text passage offsets refer to. */
  public static String join(List<String> paragraphs) {
    return String.join(PARAGRAPH_SEPARATOR, paragraphs);
  }

  /**
   * Passages of {@code join(paragraphs)}. A first paragraph equal to {@code title} is the
   * title, not a passage.
   */
  public List<Passage> split(List<String> paragraphs, String title) {
    String body = join(paragraphs);
    List<int[]> spans = new ArrayList<>();
    int offset = 0;
    int pendingHeadingStart = -1;
    for (int i = 0; i < paragraphs.size(); i++) {
      String paragraph = paragraphs.get(i);
      int start = offset;
      int end = offset + paragraph.length();
      offset = end + PARAGRAPH_SEPARATOR.length();
      boolean isTitle = i == 0 && paragraph.strip().equalsIgnoreCase(title.strip());
      if (isTitle) {
        continue;
      }
      boolean last = i == paragraphs.size() - 1;
      if (isHeading(paragraph) && !last) {
        if (pendingHeadingStart < 0) {
          pendingHeadingStart = start;
        }
        continue;
      }
      int passageStart = pendingHeadingStart >= 0 ? pendingHeadingStart : start;
      pendingHeadingStart = -1;
      if (end - start > LONG_PARAGRAPH_CHARS) {
        spans.addAll(sentenceChunks(body, passageStart, end));
      } else {
        spans.add(new int[] {passageStart, end});
      }
    }
    List<Passage> passages = new ArrayList<>(spans.size());
    for (int[] span : spans) {
      if (span[0] >= span[1]) {
        continue;
      }
      passages.add(new Passage(passages.size(), span[0], span[1], body.substring(span[0], span[1])));
    }
    return passages;
  }

  static boolean isHeading(String paragraph) {
    String p = paragraph.strip();
    return p.length() <= HEADING_MAX_CHARS && !p.contains("\n") && !p.matches("(?s).*[.!?:;,…”\"]$");
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
