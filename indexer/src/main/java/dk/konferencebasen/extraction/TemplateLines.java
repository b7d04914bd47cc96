package dk.konferencebasen.extraction;

import dk.konferencebasen.entities.ProgrammeVocabulary;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The lines of a site's template in a corpus of pages captured as text: the same menu, the same
 * footer, the same newsletter box, repeated verbatim at the top or bottom of many pages. A line
 * counts when it recurs in at least {@link #MIN_DOCUMENTS} documents, always before the first or
 * after the last sentence of running text, and each time beside other recurring lines: a block
 * of a template, not one common heading ("Program") that many pages happen to share. Lines with a
 * digit never count (dates and prices are the event's own).
 */
public final class TemplateLines {
  static final int MIN_DOCUMENTS = 3;
  /** Lines around the text that are looked at; a template's menu or footer is not longer. */
  private static final int EDGE_LINES = 40;
  private static final int MAX_LINE_CHARS = 120;
  private static final long MAX_FILE_BYTES = 2_000_000;

  public static final TemplateLines NONE = new TemplateLines(Set.of());

  private final Set<String> lines;

  private TemplateLines(Set<String> lines) {
    this.lines = Set.copyOf(lines);
  }

  /** Reads the corpus's plain-text files (others are skipped by their first bytes) and finds the template. */
  public static TemplateLines scan(List<Path> files) {
    Map<String, Integer> documents = new HashMap<>();
    List<Set<String>> edges = new ArrayList<>();
    for (Path file : files) {
      Set<String> edge = edgeLines(file);
      if (!edge.isEmpty()) {
        edges.add(edge);
        edge.forEach(line -> documents.merge(line, 1, Integer::sum));
      }
    }
    Map<String, Integer> inBlocks = new HashMap<>();
    for (Set<String> edge : edges) {
      List<String> recurring = edge.stream().filter(l -> documents.get(l) >= MIN_DOCUMENTS).toList();
      if (recurring.size() >= 3) {
        recurring.forEach(l -> inBlocks.merge(l, 1, Integer::sum));
      }
    }
    Set<String> template = new LinkedHashSet<>();
    inBlocks.forEach((line, count) -> {
      if (count >= MIN_DOCUMENTS && !isAProgrammesOwnWord(line)) {
        template.add(line);
      }
    });
    return new TemplateLines(template);
  }

  /**
   * "Program", "Velkomst", "Frokost": a programme's heading, talk or break in a line of its own is
   * written alike on many sites' programmes, so in a corpus of several sites it recurs beside the
   * others as a template's lines do; it is the programme's own text all the same.
   */
  private static boolean isAProgrammesOwnWord(String line) {
    String word = line.strip();
    return !word.contains(" ") && (PROGRAMME.matcher(word).matches() || ProgrammeVocabulary.isTalkWord(word)
        || ProgrammeVocabulary.isBreakWord(word));
  }

  private static final Pattern PROGRAMME = Pattern.compile("(?iU)program(?:met)?|dagsorden(?:en)?");

  /** Whether this line (as it stands in a document) belongs to the corpus's template. */
  public boolean contains(String line) {
    return !lines.isEmpty() && lines.contains(normalise(line));
  }

  public int size() {
    return lines.size();
  }

  /** The short lines before the first and after the last line of running text of a plain-text file. */
  private static Set<String> edgeLines(Path file) {
    String text;
    try {
      if (Files.size(file) > MAX_FILE_BYTES || !looksLikePlainText(file)) {
        return Set.of();
      }
      text = headAndTail(file);
    } catch (IOException e) {
      return Set.of(); // unreadable: the indexer reports it, the template does without
    }
    String[] all = text.split("\\R");
    int first = 0;
    while (first < all.length && first < EDGE_LINES && !isRunningText(all[first])) {
      first++;
    }
    int last = all.length - 1;
    while (last > first && all.length - 1 - last < EDGE_LINES && !isRunningText(all[last])) {
      last--;
    }
    Set<String> edge = new LinkedHashSet<>();
    for (int i = 0; i < all.length; i++) {
      if (i < first || i > last) {
        String line = normalise(all[i]);
        if (line.length() >= 2 && line.length() <= MAX_LINE_CHARS && line.codePoints().anyMatch(Character::isLetter)
            && line.chars().noneMatch(Character::isDigit)) {
          edge.add(line);
        }
      }
    }
    return edge;
  }

  /**
   * The file's text, or of a long file only its first and last {@link #EDGE_BYTES}: the template
   * sits at the edges, and reading all of every file twice would double the indexer's reading.
   */
  private static String headAndTail(Path file) throws IOException {
    long size = Files.size(file);
    if (size <= 2 * EDGE_BYTES) {
      return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    }
    try (var channel = Files.newByteChannel(file)) {
      java.nio.ByteBuffer head = java.nio.ByteBuffer.allocate(EDGE_BYTES);
      java.nio.ByteBuffer tail = java.nio.ByteBuffer.allocate(EDGE_BYTES);
      while (head.hasRemaining() && channel.read(head) > 0) { }
      channel.position(size - EDGE_BYTES);
      while (tail.hasRemaining() && channel.read(tail) > 0) { }
      // a running-text line between them stands for the middle, so head and tail stay apart
      return new String(head.array(), 0, head.position(), StandardCharsets.UTF_8) + "\n" + MIDDLE + "\n"
          + new String(tail.array(), 0, tail.position(), StandardCharsets.UTF_8);
    }
  }

  private static final int EDGE_BYTES = 8 * 1024;
  private static final String MIDDLE = "(the middle of a long file, which is running text for this purpose.)"
      + " ".repeat(20) + ".";

  private static boolean isRunningText(String line) {
    String s = line.strip();
    return s.length() >= 80 && s.matches(".*[.!?]\\W*$");
  }

  private static boolean looksLikePlainText(Path file) throws IOException {
    byte[] head = new byte[512];
    int n;
    try (InputStream in = Files.newInputStream(file)) {
      n = in.readNBytes(head, 0, head.length);
    }
    String start = new String(head, 0, n, StandardCharsets.ISO_8859_1).stripLeading();
    if (start.startsWith("%PDF") || start.startsWith("PK") || start.startsWith("<") || start.startsWith("{\\rtf")
        || start.startsWith("\u00EF\u00BB\u00BF<")) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (head[i] == 0) {
        return false;
      }
    }
    return true;
  }

  static String normalise(String line) {
    return line.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
  }
}
