package dk.konferencebasen.http;

import dk.konferencebasen.query.InvalidQueryException;
import dk.konferencebasen.research.ExportField;
import dk.konferencebasen.research.ExportSink;
import dk.konferencebasen.research.ResearchBackend;
import dk.konferencebasen.search.PassageSelection;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * GET /api/export — every passage a search matches, not one page of it, as CSV or JSON Lines,
 * written to the response while the index is read. The body is a file, so the commit goes in
 * the X-Index-Commit header and in the file name.
 */
final class ExportHandler implements Handler {
  private static final Logger LOG = LoggerFactory.getLogger(ExportHandler.class);
  private static final Set<String> PARAMETERS = FilterParams.and("q", "format", "fields");
  private static final int BUFFER_CHARS = 64 * 1024;

  private final ResearchBackend research;

  ExportHandler(ResearchBackend research) {
    this.research = research;
  }

  @Override
  public void handle(Context ctx) throws IOException, InvalidQueryException {
    // format is the export's file format here (as the issue asked for it), so the filter of
    // the same name, a report's file format, cannot be given to an export.
    PassageSelection selection = FilterParams.selection(ctx, PARAMETERS, Set.of("format"));
    String formatName = Params.single(ctx, "format");
    ExportRows format = formatName == null ? ExportRows.CSV : ExportRows.parse(formatName).orElseThrow(
        () -> new BadRequestException("format is the file format of the export, csv, excel or jsonl, not \""
            + Params.abbreviate(formatName) + "\"; an export cannot be filtered by the reports' file format"));
    List<ExportField> fields = fields(Params.single(ctx, "fields"));

    ResponseSink sink = new ResponseSink(ctx, format, fields);
    try {
      research.export(selection, fields, sink);
      sink.finish();
    } catch (IOException e) {
      if (sink.clientGone()) {
        LOG.debug("export for {} ended by the client: {}", selection.query(), e.toString());
        return;
      }
      throw e;
    }
  }

  static List<ExportField> fields(String raw) {
    if (raw == null) {
      return ExportField.DEFAULTS;
    }
    Set<ExportField> chosen = new LinkedHashSet<>();
    List<String> unknown = new ArrayList<>();
    for (String name : raw.split(",")) {
      String label = name.strip();
      if (!label.isEmpty()) {
        ExportField.parse(label).ifPresentOrElse(chosen::add, () -> unknown.add(label));
      }
    }
    if (!unknown.isEmpty() || chosen.isEmpty()) {
      throw new BadRequestException((unknown.isEmpty() ? "fields names no field"
          : "unknown field" + (unknown.size() > 1 ? "s " : " ") + Params.abbreviate(String.join(", ", unknown)))
          + "; fields are " + String.join(", ", Arrays.stream(ExportField.values()).map(ExportField::label).toList()));
    }
    return List.copyOf(chosen);
  }

  /** Opens the response on the first row's commit, so the headers can name it. */
  private static final class ResponseSink implements ExportSink {
    private final Context ctx;
    private final ExportRows format;
    private final List<ExportField> fields;
    private ClientStream client;
    private ExportRows.RowWriter rows;

    ResponseSink(Context ctx, ExportRows format, List<ExportField> fields) {
      this.ctx = ctx;
      this.format = format;
      this.fields = fields;
    }

    @Override
    public void begin(String indexCommit) throws IOException {
      IndexCommit.header(ctx, indexCommit);
      ctx.contentType(format.contentType);
      ctx.header("Content-Disposition",
          "attachment; filename=\"konferencebasen-export-commit-" + indexCommit + "." + format.extension + "\"");
      client = new ClientStream(ctx.outputStream());
      rows = format.open(new BufferedWriter(new OutputStreamWriter(client, StandardCharsets.UTF_8), BUFFER_CHARS), fields);
    }

    @Override
    public void row(List<Object> values) throws IOException {
      rows.row(values);
    }

    void finish() throws IOException {
      rows.finish();
    }

    boolean clientGone() {
      return client != null && client.failed;
    }
  }

  /** Tells a failed write to the client (who hung up) from a failure to read the index. */
  private static final class ClientStream extends FilterOutputStream {
    boolean failed;

    ClientStream(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      try {
        out.write(b, off, len);
      } catch (IOException e) {
        failed = true;
        throw e;
      }
    }

    @Override
    public void write(int b) throws IOException {
      try {
        out.write(b);
      } catch (IOException e) {
        failed = true;
        throw e;
      }
    }

    @Override
    public void flush() throws IOException {
      try {
        out.flush();
      } catch (IOException e) {
        failed = true;
        throw e;
      }
    }
  }
}
