package dk.konferencebasen.cli;

import dk.konferencebasen.query.InvalidQueryException;
import dk.konferencebasen.query.SynonymFile;
import dk.konferencebasen.search.IndexNotReadyException;
import dk.konferencebasen.search.Match;
import dk.konferencebasen.search.PassageHit;
import dk.konferencebasen.search.ReportHit;
import dk.konferencebasen.search.SameTextReport;
import dk.konferencebasen.search.SearchResult;
import dk.konferencebasen.search.Searcher;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = {
      "Search an index and print the best reports with their best passages.",
      "Plain words just work; \"phrases\", AND/OR/NOT, +/-, field:value, prefix* and fuzzy~ are supported."
    })
final class SearchCommand implements Callable<Integer> {
  @Option(names = "--index", paramLabel = "DIR", description = "Index folder (default: ${DEFAULT-VALUE}).")
  Path index = Defaults.index();

  @Option(names = "--synonyms", paramLabel = "FILE", description = "Synonym file (default: config/synonyms.txt beside kb, if there).")
  Path synonyms;

  @Option(names = "--limit", paramLabel = "N", description = "How many reports to show (default: ${DEFAULT-VALUE}).")
  int limit = 5;

  @Parameters(arity = "1..*", paramLabel = "QUERY", description = "What to search for.")
  List<String> words;

  @Override
  public Integer call() {
    if (limit < 1 || limit > 100) {
      System.err.println("kb search: --limit must be between 1 and 100");
      return 2;
    }
    try (Searcher searcher = Searcher.open(index, Defaults.synonyms(synonyms))) {
      print(searcher.search(String.join(" ", words), limit, 0), System.out, Terminal.isInteractive());
      return 0;
    } catch (IndexNotReadyException | SynonymFile.InvalidSynonymsException e) {
      System.err.println("kb search: " + e.getMessage());
      return Kb.EXIT_FAILED;
    } catch (InvalidQueryException e) {
      System.err.println("kb search: " + e.getMessage());
      return 2;
    } catch (IOException e) {
      System.err.println("kb search: cannot read the index: " + e.getMessage());
      return Kb.EXIT_FAILED;
    }
  }

  static void print(SearchResult result, PrintStream out, boolean colour) {
    if (result.hits().isEmpty()) {
      out.println("No passages match.");
      return;
    }
    out.printf("%s%d report(s), %d passage(s) match (%d ms)%n%n", result.totalsExact() ? "" : "at least ",
        result.totalReports(), result.totalPassages(), result.tookMs());
    int rank = 1;
    for (ReportHit hit : result.hits()) {
      out.printf("%d. %s%n", rank++, colour ? "\u001b[1m" + hit.title() + "\u001b[0m" : hit.title());
      StringBuilder about = new StringBuilder("   ").append(hit.path());
      if (hit.conference() != null) about.append(" · ").append(hit.conference());
      if (hit.date() != null) about.append(" · ").append(hit.date());
      out.println(about);
      if (!hit.alsoIn().isEmpty()) {
        out.println("   same text also in: " + String.join(", ", hit.alsoIn().stream().map(SameTextReport::path).toList()));
      }
      for (PassageHit passage : hit.passages()) {
        List<String> named = new java.util.ArrayList<>(passage.people());
        named.addAll(passage.organisations());
        out.printf("   [%s]%s%n", passage.id(), named.isEmpty() ? "" : " " + String.join(", ", named));
        out.println(indent(marked(passage.text(), passage.matches(), colour)));
      }
      out.println();
    }
  }

  private static String marked(String text, List<Match> matches, boolean colour) {
    String open = colour ? "\u001b[1;33m" : "«";
    String close = colour ? "\u001b[0m" : "»";
    StringBuilder out = new StringBuilder();
    int at = 0;
    for (Match m : matches) {
      if (m.start() < at) continue;
      out.append(text, at, m.start()).append(open).append(text, m.start(), m.end()).append(close);
      at = m.end();
    }
    return out.append(text.substring(at)).toString();
  }

  private static String indent(String text) {
    return "     " + text.replace("\n", "\n     ");
  }
}
