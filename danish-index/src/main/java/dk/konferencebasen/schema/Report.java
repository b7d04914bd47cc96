package dk.konferencebasen.schema;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One report as it goes into the index: its identity, the metadata from the sidecar and from
 * extraction, its cleaned body text, the body's fingerprint (empty when the text is too short to
 * have one) and the passages cut from that body. Optional parts are empty, never null.
 */
public record Report(
    String id,
    String path,
    String contentHash,
    String title,
    Optional<String> conference,
    Optional<LocalDate> date,
    Optional<LocalDate> updated,
    Optional<String> place,
    Optional<String> organiser,
    Optional<String> publisher,
    Optional<String> author,
    Optional<String> description,
    OptionalInt pageCount,
    String language,
    String format,
    String mediaType,
    Optional<String> source,
    Optional<String> url,
    String body,
    /** The body's MinHash fingerprint as stored (the indexer's sametext.TextFingerprint). */
    Optional<byte[]> fingerprint,
    List<ReportPassage> passages,
    /** The acronyms the report defines, as "KL = Kommunernes Landsforening". */
    List<String> acronyms,
    /** The acronyms defined elsewhere in the corpus that the report uses without defining them. */
    List<String> acronymsFromCorpus,
    TextAudit audit) {

  public Report {
    passages = List.copyOf(passages);
    acronyms = List.copyOf(acronyms);
    acronymsFromCorpus = List.copyOf(acronymsFromCorpus);
  }

  /** The year the report is filed under: its event date's year, else its updated date's. */
  public OptionalInt year() {
    return date.or(() -> updated).map(d -> OptionalInt.of(d.getYear())).orElse(OptionalInt.empty());
  }
}
