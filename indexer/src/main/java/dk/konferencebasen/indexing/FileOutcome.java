package dk.konferencebasen.indexing;

import java.util.Optional;

/** What became of one file of the corpus in a run. */
sealed interface FileOutcome {
  /** The file's path relative to the corpus folder. */
  String path();

  /** Neither the file nor its sidecar changed since the index last took it in. */
  record Unchanged(String path) implements FileOutcome {}

  /** Written as one block: the report and its passages; {@code loss} when a fifth or more of its text went as chrome. */
  record Indexed(String path, int passages, Optional<IndexRunSummary.TextLoss> loss) implements FileOutcome {}

  /** Not in the index this run (a report it had stays as it was), and why, in words a person can act on. */
  record Failed(String path, String reason) implements FileOutcome {}
}
