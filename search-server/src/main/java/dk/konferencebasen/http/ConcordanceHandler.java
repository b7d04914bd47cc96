package dk.konferencebasen.http;

import dk.konferencebasen.query.InvalidQueryException;
import dk.konferencebasen.research.ConcordanceRequest;
import dk.konferencebasen.research.ConcordanceResult;
import dk.konferencebasen.research.ConcordanceSort;
import dk.konferencebasen.research.ResearchBackend;
import dk.konferencebasen.search.PassageSelection;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.util.List;
import java.util.Set;

/**
 * GET /api/kwic — a concordance (keyword in context): every occurrence of what the query
 * matched in the passages' text, with the words around it, sortable by what comes before or
 * after, each line with its passage and report.
 */
final class ConcordanceHandler implements Handler {
  static final int DEFAULT_WIDTH = 60;
  static final int MAX_WIDTH = 300;
  static final int DEFAULT_LIMIT = 50;
  static final int MAX_LIMIT = 1_000;
  static final int MAX_OFFSET = 100_000;
  private static final Set<String> PARAMETERS = FilterParams.and("q", "width", "sort", "limit", "offset");

  record ResponseJson(String query, int width, String sort, int limit, int offset, long totalOccurrences,
      long matchingPassages, long passagesWithOccurrences, long passagesScanned, boolean truncated,
      List<ConcordanceResult.Line> lines, String indexCommit) {}

  private final ResearchBackend research;

  ConcordanceHandler(ResearchBackend research) {
    this.research = research;
  }

  @Override
  public void handle(Context ctx) throws IOException, InvalidQueryException {
    PassageSelection selection = FilterParams.selection(ctx, PARAMETERS);
    String q = Params.required(ctx, "q", "integration");
    int width = Params.integer(ctx, "width", DEFAULT_WIDTH, 0, MAX_WIDTH);
    int limit = Params.integer(ctx, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
    int offset = Params.integer(ctx, "offset", 0, 0, MAX_OFFSET);
    String sortName = Params.single(ctx, "sort");
    ConcordanceSort sort = sortName == null ? ConcordanceSort.REPORT : ConcordanceSort.parse(sortName).orElseThrow(
        () -> new BadRequestException("sort must be report, left, right or keyword, not \"" + Params.abbreviate(sortName) + "\""));
    ConcordanceResult r = research.concordance(
        new ConcordanceRequest(selection, width, sort, limit, offset));
    IndexCommit.json(ctx, r.indexCommit(), new ResponseJson(q, width, sort.label(), limit, offset, r.totalOccurrences(),
        r.matchingPassages(), r.passagesWithOccurrences(), r.passagesScanned(), r.truncated(), r.lines(),
        r.indexCommit()));
  }
}
