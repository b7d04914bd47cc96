package dk.konferencebasen.research;

import java.io.IOException;
import java.util.List;

/** Where an export's rows go as they are read: a CSV or JSON Lines writer on the response. */
public interface ExportSink {
  /** Before the first row: the commit every row comes from. */
  void begin(String indexCommit) throws IOException;

  /** One passage: a value per requested field, in the requested order (see {@link ExportField}). */
  void row(List<Object> values) throws IOException;
}
