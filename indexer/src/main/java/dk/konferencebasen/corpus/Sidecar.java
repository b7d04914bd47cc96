package dk.konferencebasen.corpus;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The metadata a person writes next to a report, in {@code NAME.meta.json} beside
 * {@code NAME.pdf} (or any other extension). Everything is optional; what is given wins over
 * what extraction finds. Unknown keys are an error, so that a typo ("organizer") is caught
 * rather than silently ignored.
 *
 * <pre>{
 *   "title": "Integrationstræf 2019",
 *   "conference": "Integrationstræf",
 *   "date": "2019-09-10",
 *   "place": "Odense",
 *   "organiser": "KL",
 *   "publisher": "Udlændinge- og Integrationsministeriet",
 *   "language": "da",
 *   "url": "https://…",
 *   "source": "free text: where the document came from"
 * }</pre>
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record Sidecar(
    @JsonProperty("title") String title,
    @JsonProperty("conference") String conference,
    @JsonProperty("date") String date,
    @JsonProperty("place") String place,
    @JsonProperty("organiser") String organiser,
    @JsonProperty("publisher") String publisher,
    @JsonProperty("language") String language,
    @JsonProperty("url") String url,
    @JsonProperty("source") String source) {

  public static final String SUFFIX = ".meta.json";
  public static final Sidecar NONE = new Sidecar(null, null, null, null, null, null, null, null, null);

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  /** {@code reports/talk.pdf} → {@code reports/talk.meta.json}. */
  public static Path pathFor(Path document) {
    String name = document.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    return document.resolveSibling(stem + SUFFIX);
  }

  public static boolean isSidecar(Path file) {
    return file.getFileName().toString().endsWith(SUFFIX);
  }

  /** Reads and checks a sidecar; a malformed one is an error that names the problem. */
  public static Sidecar read(Path file) throws InvalidSidecarException {
    Sidecar sidecar;
    try {
      sidecar = JSON.readValue(Files.readAllBytes(file), Sidecar.class);
    } catch (JsonProcessingException e) {
      throw new InvalidSidecarException(file.getFileName() + ": " + plainWords(e)
          + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")"));
    } catch (IOException e) {
      throw new InvalidSidecarException(file.getFileName() + ": cannot read: " + e.getMessage());
    }
    if (sidecar == null) {
      throw new InvalidSidecarException(file.getFileName() + ": empty; expected a JSON object");
    }
    if (sidecar.date != null) {
      try {
        LocalDate.parse(sidecar.date);
      } catch (DateTimeParseException e) {
        throw new InvalidSidecarException(
            file.getFileName() + ": date \"" + sidecar.date + "\" is not an ISO 8601 date (yyyy-mm-dd)");
      }
    }
    return sidecar;
  }

  /** What is wrong with the file, in the words of its keys rather than of the Java class it is read into. */
  private static String plainWords(JsonProcessingException e) {
    if (e instanceof com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException unknown) {
      java.util.List<String> keys = unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList();
      String near = keys.stream().filter(k -> editDistance(k, unknown.getPropertyName()) <= 2).findFirst()
          .map(k -> " (did you mean \"" + k + "\"?)").orElse("");
      return "unknown key \"" + unknown.getPropertyName() + "\"" + near + "; the keys are " + String.join(", ", keys);
    }
    if (e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
      return "the value of \"" + mismatch.getPath().get(mismatch.getPath().size() - 1).getFieldName() + "\" must be a text";
    }
    if (e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException) {
      return "expected a JSON object with keys such as \"title\" and \"date\"";
    }
    return "not valid JSON: " + e.getOriginalMessage().replaceFirst(" \\(code \\d+\\)", "");
  }

  private static int editDistance(String a, String b) {
    int[] row = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      row[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      int diagonal = row[0];
      row[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int above = row[j];
        row[j] = Math.min(Math.min(row[j] + 1, row[j - 1] + 1), diagonal + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
        diagonal = above;
      }
    }
    return row[b.length()];
  }

  public Optional<LocalDate> eventDate() {
    return Optional.ofNullable(date).map(LocalDate::parse);
  }

  public static Optional<String> given(String value) {
    return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
  }

  /** A sidecar that cannot be used. */
  public static final class InvalidSidecarException extends Exception {
    public InvalidSidecarException(String message) {
      super(message);
    }
  }
}
