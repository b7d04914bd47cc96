package dk.konferencebasen.evaluation;

import dk.konferencebasen.extraction.ExtractionLimits;
import dk.konferencebasen.indexing.Indexer;
import dk.konferencebasen.indexing.IndexerException;
import dk.konferencebasen.indexing.ProgressListener;
import dk.konferencebasen.schema.ReportIds;
import dk.konferencebasen.search.IndexNotReadyException;
import dk.konferencebasen.search.ReportDocument;
import dk.konferencebasen.search.Searcher;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Part 5 of {@code kb eval} (issue 15): talks and names on real Danish conference documents
 * ({@value #SET}, judged by reading before the product ran on them). The documents are indexed
 * by the product; what it stores is compared with the judgement:
 *
 * <ul>
 *   <li>people, organisations and municipalities per document (the report's entity lists, as
 *       {@code /api/documents/{id}} gives them): a name counts when it equals the judged name
 *       (case and spacing aside; an organisation may be judged with its acronym as a second
 *       form, and one the product counts under its full name by an acronym pair matches the
 *       acronym alone as judged), so a genitive or a cut-short name is wrong;
 *   <li>talk starts: the line each talk passage begins on (its time slot, else the line with its
 *       title), against the lines the judge marked as the start of a talk;
 *   <li>speakers per talk: the talk passage's speakers against the judged speakers of the talk
 *       that starts on the same line; a judged talk the product did not find has all its
 *       speakers missed, a talk the product found that the judge did not has all its speakers
 *       wrong.
 * </ul>
 */
public final class TalkEvaluation {
  public static final String SET = "/evaluation/talks-da/";

  /** Targets of issue 15. */
  static final double PEOPLE_P = 0.90, PEOPLE_R = 0.85, ORGS_P = 0.85, ORGS_R = 0.80, MUNI_P = 0.95, MUNI_R = 0.95,
      TALK_F1 = 0.90;

  private TalkEvaluation() {}

  /** Found, judged and both, summed over documents. */
  public record Score(int found, int judged, int matched) {
    public double precision() {
      return found == 0 ? 0 : (double) matched / found;
    }

    public double recall() {
      return judged == 0 ? 0 : (double) matched / judged;
    }

    public double f1() {
      double p = precision(), r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    Score plus(Score o) {
      return new Score(found + o.found, judged + o.judged, matched + o.matched);
    }
  }

  /** One split's figures, and what went wrong, document by document. */
  public record SplitResult(String split, int documents, Score people, Score organisations, Score municipalities,
      Score talkStarts, Score speakers, List<String> misses) {}

  /** The judgement of one document. */
  record Judged(String name, String split, Set<Integer> talkLines, Map<Integer, List<String>> speakers, List<List<String>> people,
      List<List<String>> organisations, List<List<String>> municipalities) {}

  public static void print(Path work, PrintStream out, PrintStream log) throws IOException, IndexerException {
    log.println("kb eval: indexing the Danish talks set ...");
    List<SplitResult> results = run(work);
    out.println();
    out.println("5. Talks and names: what the product finds in real Danish conference documents");
    out.println("   (" + SET.substring(1) + "; " + results.stream().mapToInt(SplitResult::documents).sum()
        + " documents judged by reading before the product ran on them; P / R per document, summed)");
    out.printf("   %-7s %4s  %-13s %-13s %-14s %-22s %-11s%n", "split", "docs", "people P / R", "organisations",
        "municipalities", "talk starts P / R / F1", "speakers");
    for (SplitResult r : results) {
      out.printf(Locale.ROOT, "   %-7s %4d  %-13s %-13s %-14s %-22s %-11s%n", r.split(), r.documents(), pr(r.people()),
          pr(r.organisations()), pr(r.municipalities()),
          pr(r.talkStarts()) + String.format(Locale.ROOT, " / %.2f", r.talkStarts().f1()), pr(r.speakers()));
    }
    out.println("   targets: people P >= 0.90, R >= 0.85; organisations P >= 0.85, R >= 0.80;"
        + " municipalities P >= 0.95, R >= 0.95; talk starts F1 >= 0.90");
    for (SplitResult unseen : results.subList(1, results.size())) {
      out.println("   on " + unseen.split() + ": people " + pass(unseen.people(), PEOPLE_P, PEOPLE_R) + ", organisations "
          + pass(unseen.organisations(), ORGS_P, ORGS_R) + ", municipalities "
          + pass(unseen.municipalities(), MUNI_P, MUNI_R) + ", talk starts "
          + (unseen.talkStarts().f1() >= TALK_F1 ? "PASS" : "MISS") + " (speakers per talk have no target of their own)");
    }
  }

  private static String pr(Score s) {
    return String.format(Locale.ROOT, "%.2f / %.2f", s.precision(), s.recall());
  }

  private static String pass(Score s, double p, double r) {
    return s.precision() >= p && s.recall() >= r ? "PASS" : "MISS";
  }

  /** Indexes the set's documents into {@code work} and scores what the product stored, per split. */
  public static List<SplitResult> run(Path work) throws IOException, IndexerException {
    Path corpus = Files.createDirectories(work.resolve("talk-documents"));
    List<Judged> judged = new ArrayList<>();
    for (String line : resource("pages.tsv").split("\n")) {
      String[] cols = line.split("\t");
      if (cols.length < 2 || line.startsWith("#")) {
        continue;
      }
      Files.writeString(corpus.resolve(cols[0] + ".txt"), resource(cols[0] + ".txt"));
      judged.add(judgement(cols[0], cols[1], resource(cols[0] + ".gold.tsv")));
    }
    Path index = work.resolve("talk-index");
    new Indexer().run(new Indexer.Options(corpus, index, true, Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors())),
        ExtractionLimits.DEFAULT), ProgressListener.SILENT);
    Map<String, List<Judged>> bySplit = new LinkedHashMap<>();
    // dev (worked on), then test (figures only), then heldout (run once, after the work)
    List<String> order = List.of("dev", "test", "heldout");
    judged.stream().sorted(java.util.Comparator.comparingInt(j -> order.indexOf(j.split())))
        .forEach(j -> bySplit.computeIfAbsent(j.split(), k -> new ArrayList<>()).add(j));
    List<SplitResult> results = new ArrayList<>();
    try (Searcher searcher = Searcher.open(index)) {
      for (Map.Entry<String, List<Judged>> split : bySplit.entrySet()) {
        Score people = new Score(0, 0, 0), orgs = people, munis = people, talks = people, speakers = people;
        List<String> misses = new ArrayList<>();
        for (Judged j : split.getValue()) {
          ReportDocument doc = searcher.document(ReportIds.reportId(j.name() + ".txt"))
              .orElseThrow(() -> new IOException("the talks set's " + j.name() + " was not indexed"));
          people = people.plus(names(j.name() + " people", doc.people(), j.people(), misses));
          orgs = orgs.plus(names(j.name() + " organisations", doc.organisations(), doc.acronyms(), j.organisations(), misses));
          munis = munis.plus(names(j.name() + " municipalities", doc.municipalities(), j.municipalities(), misses));
          Map<Integer, ReportDocument.Passage> found = talkPassages(resource(j.name() + ".txt"), doc);
          talks = talks.plus(new Score(found.size(), j.talkLines().size(),
              (int) found.keySet().stream().filter(j.talkLines()::contains).count()));
          speakers = speakers.plus(speakers(j, found, misses));
        }
        results.add(new SplitResult(split.getKey(), split.getValue().size(), people, orgs, munis, talks, speakers, misses));
      }
    } catch (IndexNotReadyException e) {
      throw new IOException("the talks evaluation index cannot be read: " + e.getMessage(), e);
    }
    return results;
  }

  static Judged judgement(String name, String split, String gold) {
    Set<Integer> talkLines = new LinkedHashSet<>();
    Map<Integer, List<String>> speakers = new LinkedHashMap<>();
    List<List<String>> people = new ArrayList<>(), orgs = new ArrayList<>(), munis = new ArrayList<>();
    for (String row : gold.split("\n")) {
      String[] cols = row.split("\t");
      if (row.startsWith("#") || cols.length < 2) {
        continue;
      }
      switch (cols[0]) {
        case "talk" -> {
          int line = Integer.parseInt(cols[1].strip());
          talkLines.add(line);
          List<String> names = speakers.computeIfAbsent(line, k -> new ArrayList<>());
          if (cols.length > 3) {
            for (String speaker : cols[3].split("\\s*\\|\\s*")) {
              if (!speaker.isBlank()) {
                names.add(speaker.strip());
              }
            }
          }
        }
        case "person" -> people.add(List.of(cols[1].strip()));
        case "organisation" -> orgs.add(List.of(cols[1].strip().split("\\s*\\|\\|\\s*")));
        case "municipality" -> munis.add(List.of(cols[1].strip()));
        default -> throw new IllegalStateException(name + ": unknown row kind " + cols[0]);
      }
    }
    return new Judged(name, split, talkLines, speakers, people, orgs, munis);
  }

  /**
   * Found names against judged ones: a found name matches the first judged entry with a form
   * equal to it; each judged entry is matched at most once, so two forms of one organisation
   * found as two values count one right and one wrong.
   */
  static Score names(String what, List<String> found, List<List<String>> judged, List<String> misses) {
    return names(what, found, Map.of(), judged, misses);
  }

  /**
   * As above, where the product counts an organisation under its full name by an acronym pair
   * ({@code acronyms}, acronym → full name, as {@code /api/documents/{id}} gives them): the full
   * name also matches a judged entry written with the acronym alone, as the document wrote it.
   */
  static Score names(String what, List<String> found, Map<String, String> acronyms, List<List<String>> judged,
      List<String> misses) {
    List<Boolean> used = new ArrayList<>(judged.stream().map(j -> false).toList());
    int matched = 0;
    List<String> wrong = new ArrayList<>();
    for (String name : new LinkedHashSet<>(found)) {
      boolean hit = false;
      for (int i = 0; i < judged.size() && !hit; i++) {
        if (!used.get(i) && judged.get(i).stream().anyMatch(form -> comparable(form).equals(comparable(name))
            || name.equals(acronyms.get(form)))) {
          used.set(i, true);
          hit = true;
        }
      }
      if (hit) {
        matched++;
      } else {
        wrong.add(name);
      }
    }
    List<String> missed = new ArrayList<>();
    for (int i = 0; i < judged.size(); i++) {
      if (!used.get(i)) {
        missed.add(judged.get(i).get(0));
      }
    }
    if (!wrong.isEmpty() || !missed.isEmpty()) {
      misses.add(what + ": wrong " + wrong + ", missed " + missed);
    }
    return new Score(new LinkedHashSet<>(found).size(), judged.size(), matched);
  }

  /**
   * A time alone on its line ("09.30", "10.00-10.45:", "Kl. 9.00 - 9.10", "- 12:30-12:50", "kl. 19" on the
   * hour), perhaps after its day ("Torsdag den 13. juni kl. 16.30 - 17.30", "Torsdag 22. oktober kl. 19")
   * or before where it is ("… kl 19.00 i Gjethuset"), the date perhaps in numbers ("• Tirsdag. 27/10/26 kl. 17.15 -
   * 19.00"): the slot whose title is on the next line.
   */
  private static final java.util.regex.Pattern TIME_ONLY =
      java.util.regex.Pattern.compile("(?iU)^([-–•]\\s*)?((man|tirs|ons|tors|fre|lør|søn)dag\\.?\\s+)?((den\\s+|d\\.\\s*)?(\\d{1,2}\\.\\s*\\p{L}+\\.?|\\d{1,2}/\\d{1,2}(/\\d{2}|/\\d{4})?)\\s*(\\d{4})?\\s*[,:]?\\s*)?"
          + "(kl\\.?\\s*\\d{1,2}|(kl\\.?\\s*)?\\d{1,2}[.:]\\d{2})(\\s*[-–—]\\s*(kl\\.?\\s*)?\\d{1,2}([.:]\\d{2})?)?"
          + "(\\s+(i|på)\\s+\\p{Lu}\\S*(\\s+\\p{Lu}\\S*){0,2})?\\s*[:.]?$");

  /**
   * A date, perhaps with its hours or where: "Mandag den 30. november 2015.", "Fredag den 27. marts 2015,
   * 09.15 -12.00", "9. november | 16:00 - 16:45", "Mandag 28. januar – kl. 19:30 på biblioteket.", "2. oktober:
   * (I Musikhuset)". Under
   * a talk's title it is that talk's slot line.
   */
  private static final java.util.regex.Pattern DATE_ONLY = java.util.regex.Pattern.compile(
      "(?iU)^(\\d{1,2}\\.\\s+(?=(man|tirs|ons|tors|fre|lør|søn)dag))?((man|tirs|ons|tors|fre|lør|søn)dag\\s*,?\\s+)?(den\\.?\\s+|d\\.\\s*)?\\d{1,2}\\.\\s*\\p{L}+\\.?(\\s*\\d{4})?\\s*([,.|:]|\\s[-–—])?\\s*"
          + "((kl\\.?\\s*)?\\d{1,2}([.:,]\\d{2})?(\\s*[-–—]+\\s*(kl\\.?\\s*)?\\d{1,2}([.:,]\\d{2})?)?)?(\\s+(i|på)\\s+\\S.*)?\\s*[.:]?(\\s*\\([^()]*\\))?$");

  private static final java.util.regex.Pattern OWN_TIME = java.util.regex.Pattern.compile("(?i)^\\W*(kl\\.?\\s*\\d{1,2}|(kl\\.?\\s*)?\\d{1,2}[.:]\\d{2})");

  /**
   * The talk passages by the .txt line they start on: the first line of the passage that holds
   * the talk's title, or the time alone on the line above it, or the line naming its speaker
   * when the passage opens with it right above the title.
   */
  static Map<Integer, ReportDocument.Passage> talkPassages(String text, ReportDocument doc) {
    String[] lines = text.split("\n", -1);
    Map<Integer, ReportDocument.Passage> talks = new LinkedHashMap<>();
    int from = 0;
    for (ReportDocument.Passage passage : doc.passages()) {
      if (passage.talkTitle() == null) {
        continue;
      }
      String first = normalise(passage.text().lines().findFirst().orElse(""));
      if (!first.isEmpty()) {
        int equal = firstLine(lines, from, line -> line.equals(first));
        // a talk may begin inside a line, where a page runs a programme's slots together: its
        // line is the one that holds it
        int holding = equal < 0 ? firstLine(lines, from, line -> line.contains(first)) : -1;
        if (holding >= 0) {
          talks.putIfAbsent(holding + 1, passage);
          from = holding; // the line's next slot may be a talk too
          continue;
        }
        if (equal >= 0) {
          from = equal;
        }
      }
      String title = normalise(passage.talkTitle());
      String key = title.substring(0, Math.min(20, title.length()));
      // a whole title is found as words ("Oplæg" is not in "Oplægget"); a title's first twenty
      // characters may end inside a word
      java.util.function.Predicate<String> holdsTitle = key.length() < title.length() ? line -> line.contains(key)
          : java.util.regex.Pattern.compile("(?U)" + java.util.regex.Pattern.quote(key) + "(?!\\p{L})").asPredicate();
      int passageStart = from;
      // the title is looked for in the passage's own lines; a title the text does not hold
      // ("Oplæg" for a roster's entry) places the talk on the passage's first line
      int passageEnd = Math.min(lines.length, from + (int) passage.text().lines().count() + blankLinesWithin(lines, from, passage));
      boolean titleInPassage = false;
      for (int i = from; i < passageEnd; i++) {
        titleInPassage |= !key.isEmpty() && holdsTitle.test(normalise(lines[i]));
      }
      if (!titleInPassage) {
        talks.put(from + 1, passage);
        from = from + 1;
        continue;
      }
      for (int i = from; i < lines.length; i++) {
        if (!key.isEmpty() && holdsTitle.test(normalise(lines[i]))) {
          // the time alone on a line above the title, blank lines between allowed
          int above = i - 1;
          while (above > passageStart && lines[above].isBlank()) {
            above--;
          }
          // (not when the title's line has its own time: then the line above is the day's)
          // (a date alone is the slot when the passage holds it: "Lørdag den 31. oktober 2020" over "Martin Davidsen:")
          int start = above >= 0 && (TIME_ONLY.matcher(normalise(lines[above])).matches()
              || above >= passageStart && DATE_ONLY.matcher(normalise(lines[above])).matches())
              && !OWN_TIME.matcher(normalise(lines[i])).lookingAt() ? above : i;
          // a title over its time or date ("Velkomst" over "Kl. 10.00-10.15", a lecture's title over
          // "Mandag den 30. november 2015."), both in the passage, begins on the time's line: the
          // set's rule is "its time slot line, if it has one" (README, 004, 019, 050)
          int below = i + 1;
          while (below < passageEnd && lines[below].isBlank()) {
            below++;
          }
          if (start == i && below < passageEnd && !OWN_TIME.matcher(normalise(lines[i])).lookingAt()
              && (TIME_ONLY.matcher(normalise(lines[below])).matches() || DATE_ONLY.matcher(normalise(lines[below])).matches())) {
            start = below;
          }
          // a talk given as its speaker's line over its title begins on the speaker's line
          if (i == passageStart + 1 && passage.speakers().stream().anyMatch(lines[passageStart]::contains)) {
            start = passageStart;
          }
          talks.put(start + 1, passage);
          from = i + 1;
          break;
        }
      }
    }
    return talks;
  }

  /** The first line from {@code from} whose normalised text passes, or -1. */
  private static int firstLine(String[] lines, int from, java.util.function.Predicate<String> normalisedLine) {
    for (int i = from; i < lines.length; i++) {
      if (normalisedLine.test(normalise(lines[i]))) {
        return i;
      }
    }
    return -1;
  }

  /** The blank lines of the .txt inside the passage, which its stored text does not keep. */
  private static int blankLinesWithin(String[] lines, int from, ReportDocument.Passage passage) {
    long nonBlank = passage.text().lines().filter(l -> !l.isBlank()).count();
    int blanks = 0;
    for (int i = from, seen = 0; i < lines.length && seen < nonBlank; i++) {
      if (lines[i].isBlank()) {
        blanks++;
      } else {
        seen++;
      }
    }
    return blanks;
  }

  private static Score speakers(Judged judged, Map<Integer, ReportDocument.Passage> found, List<String> misses) {
    Score score = new Score(0, 0, 0);
    Set<Integer> lines = new java.util.TreeSet<>(judged.talkLines());
    lines.addAll(found.keySet());
    for (int line : lines) {
      List<String> product = found.containsKey(line) ? found.get(line).speakers() : List.of();
      List<List<String>> gold = judged.speakers().getOrDefault(line, List.of()).stream().map(List::of).toList();
      score = score.plus(names(judged.name() + " speakers of the talk on line " + line, product, gold, misses));
    }
    return score;
  }

  private static String normalise(String line) {
    return line.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
  }

  static String comparable(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = TalkEvaluation.class.getResourceAsStream(SET + name)) {
      if (in == null) {
        throw new IOException("the talks set's " + name + " is not on the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
