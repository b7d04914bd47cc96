package dk.konferencebasen.indexing;

import dk.konferencebasen.schema.TextAudit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Says in one line why a report lost text: the reasons, the largest first, with their characters. */
final class TextLosses {
  private static final int REASONS_NAMED = 3;

  private TextLosses() {}

  static String reasons(TextAudit audit) {
    Map<String, Long> chars = new LinkedHashMap<>();
    audit.removed().forEach(r -> chars.merge(r.reason(), (long) r.text().length(), Long::sum));
    return chars.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .limit(REASONS_NAMED)
        .map(e -> e.getKey() + " (" + e.getValue() + " characters)")
        .collect(Collectors.joining(", "));
  }
}
