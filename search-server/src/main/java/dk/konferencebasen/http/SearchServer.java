package dk.konferencebasen.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import dk.konferencebasen.query.InvalidQueryException;
import dk.konferencebasen.research.Research;
import dk.konferencebasen.research.ResearchBackend;
import dk.konferencebasen.search.SearchBackend;
import dk.konferencebasen.search.Searcher;
import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP face of an index: the JSON API under /api (described in /openapi.json, readable at
 * /docs), /health, and the Danish search page at /. Checks for a new index commit every second,
 * so a re-index shows up without a restart.
 */
public final class SearchServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(SearchServer.class);
  /** How long close() waits for requests in flight before cutting them off. */
  static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);
  private static final String NOT_FOUND_PAGE = """
      <!doctype html><html lang="da"><head><meta charset="utf-8"><title>Siden findes ikke</title></head>
      <body><h1>Siden findes ikke</h1><p><a href="/">Gå til søgningen</a></p></body></html>
      """;

  /** Marks a 404 that a handler answered itself, so the catch-all 404 leaves it alone. */
  private static final String ANSWERED = "kb.answered";

  private final Javalin app;
  private final ScheduledExecutorService refresher;
  private final List<String> routes;

  private SearchServer(Javalin app, ScheduledExecutorService refresher, List<String> routes) {
    this.app = app;
    this.refresher = refresher;
    this.routes = routes;
  }

  /** Serves the embedded index: every endpoint, and a new commit shows up within a second. */
  public static SearchServer start(Searcher searcher, String host, int port) {
    return start(searcher, new Research(searcher), searcher::refresh, host, port);
  }

  /**
   * Serves a cluster's copy of the index (cluster mode): the same routes, each answered by the
   * cluster.
   */
  public static SearchServer startCluster(SearchBackend cluster, ResearchBackend research, String host, int port) {
    return start(cluster, research, () -> {}, host, port);
  }

  /** Something the server does every second: the embedded index looks for a new commit. */
  private interface Refresh {
    void run() throws IOException;
  }

  private static SearchServer start(SearchBackend searcher, ResearchBackend research, Refresh refresh, String host, int port) {
    ObjectMapper json = new ObjectMapper()
        .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
        .setSerializationInclusion(JsonInclude.Include.ALWAYS);
    List<String> routes = new CopyOnWriteArrayList<>();
    Javalin app = Javalin.create(config -> {
      config.events.handlerAdded(route -> {
        if (route.getHttpMethod().equals(HandlerType.GET)) {
          routes.add(route.getPath());
        }
      });
      // Graceful stop: Javalin sets no stop timeout, so Jetty's stop() cuts off requests in
      // flight (GracefulShutdownTest fails without these two lines). The stop timeout lets
      // stop() wait for open responses; the GracefulHandler around everything (Javalin nests
      // its own handler inside the one it finds) also tracks requests still inside a handler.
      // The error handler answers Jetty's own refusals under /api/ in JSON (JsonErrorHandler).
      config.jetty.modifyServer(server -> {
        server.setHandler(new GracefulHandler());
        server.setStopTimeout(STOP_TIMEOUT.toMillis());
        server.setErrorHandler(new JsonErrorHandler(json));
      });
      config.jsonMapper(new JavalinJackson(json, false));
      config.staticFiles.add(files -> {
        files.hostedPath = "/";
        files.directory = "/web";
        files.location = Location.CLASSPATH;
      });
      // The trends chart's library, from its webjar on the classpath, at a path without its
      // version (the pom pins it): same origin, so the page's script-src 'self' holds.
      WebLibraries.chartJs().ifPresentOrElse(dir -> config.staticFiles.add(files -> {
        files.hostedPath = WebLibraries.CHART_JS_PATH;
        files.directory = dir;
        files.location = Location.CLASSPATH;
      }), () -> LOG.warn("no Chart.js webjar on the class path: the trends view shows its table without the chart"));
      config.routes.before(SecurityHeaders::add);
      config.routes.get("/api/search", new SearchHandler(searcher));
      config.routes.get("/api/talks", new TalksHandler(searcher));
      config.routes.get("/api/documents/{id}", new DocumentHandler(searcher));
      config.routes.get("/api/documents/{id}/related", new RelatedHandler(research));
      config.routes.get("/api/documents/{id}/file", new OriginalFileHandler(searcher));
      config.routes.get("/api/export", new ExportHandler(research));
      config.routes.get("/api/trends", new TrendsHandler(research));
      config.routes.get("/api/kwic", new ConcordanceHandler(research));
      config.routes.get("/api/entities", new EntitiesHandler(research));
      config.routes.get("/api/suggest", new SuggestHandler(searcher));
      config.routes.get("/api/analyze", new AnalyzeHandler(searcher));
      config.routes.get("/api/stats", new StatsHandler(searcher));
      config.routes.get("/health", new HealthHandler(searcher));
      config.routes.get("/openapi.json", StaticResources.serve("/api/openapi.json", "application/json"));
      config.routes.get("/docs", StaticResources.serve("/web/docs.html", "text/html; charset=utf-8"));

      config.routes.exception(BadRequestException.class, (e, ctx) ->
          ctx.status(HttpStatus.BAD_REQUEST).json(new ApiError("bad_request", e.getMessage())));
      config.routes.exception(InvalidQueryException.class, (e, ctx) ->
          ctx.status(HttpStatus.BAD_REQUEST).json(new ApiError("invalid_query", e.getMessage(), e.danish())));
      // The limits checked before a query runs keep it within Lucene's; should one still be
      // reached, it is the query's size, not the server, that is at fault.
      config.routes.exception(org.apache.lucene.search.IndexSearcher.TooManyClauses.class, (e, ctx) ->
          ctx.status(HttpStatus.BAD_REQUEST).json(new ApiError("invalid_query",
              "the query expands to too many words to search at once; make its wildcards longer or use fewer",
              "søgningen bliver til for mange ord at søge på én gang; skriv flere bogstaver før * og ?, eller brug færre")));
      config.routes.exception(NotFoundException.class, (e, ctx) -> {
        ctx.attribute(ANSWERED, true);
        ctx.status(HttpStatus.NOT_FOUND).json(new ApiError("not_found", e.getMessage()));
      });
      config.routes.exception(Exception.class, (e, ctx) -> {
        LOG.error("request {} failed", ctx.path(), e);
        if (ctx.res().isCommitted()) {
          return; // an export failed half-way: an error body would end up inside the file
        }
        ctx.status(HttpStatus.INTERNAL_SERVER_ERROR)
            .json(new ApiError("internal_error", "the server could not answer; the error is in its log"));
      });
      config.routes.error(404, ctx -> {
        if (ctx.attribute(ANSWERED) != null) {
          return; // a handler already said what was not found
        }
        if (ctx.path().startsWith("/api/")) {
          ctx.json(new ApiError("not_found", "no such path: " + ctx.path() + " (see /docs)"));
        } else {
          ctx.contentType("text/html; charset=utf-8").result(NOT_FOUND_PAGE);
        }
      });
    }).start(host, port);

    ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "index-refresh");
      t.setDaemon(true);
      return t;
    });
    refresher.scheduleWithFixedDelay(() -> {
      try {
        refresh.run();
      } catch (IOException | RuntimeException e) {
        LOG.warn("could not open the newest index commit; still serving the previous one: {}", e.toString());
      }
    }, 1, 1, TimeUnit.SECONDS);
    return new SearchServer(app, refresher, routes);
  }

  public int port() {
    return app.port();
  }

  /** The paths answered to GET, as registered (path parameters as {name}): what /openapi.json must describe. */
  public List<String> routes() {
    return List.copyOf(routes);
  }

  /** Stops taking requests, lets those in flight finish (up to STOP_TIMEOUT), then returns. */
  @Override
  public void close() {
    // Not shutdownNow(): interrupting a refresh half-way through opening index files makes the
    // NIO channel throw (ClosedByInterruptException); the refresh takes milliseconds to finish.
    refresher.shutdown();
    try {
      refresher.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    app.stop();
  }
}
