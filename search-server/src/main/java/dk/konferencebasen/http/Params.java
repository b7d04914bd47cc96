package dk.konferencebasen.http;

import io.javalin.http.Context;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/** Reading query parameters with messages that say what to change. */
final class Params {
  static final int MAX_VALUE_CHARS = 1_000;

  private Params() {}

  /** Refuses parameters the endpoint does not know, so that a typo is not silently ignored. */
  static void onlyKnown(Context ctx, Set<String> known) {
    Set<String> unknown = new TreeSet<>(ctx.queryParamMap().keySet());
    unknown.removeAll(known);
    if (!unknown.isEmpty()) {
      throw new BadRequestException("unknown parameter" + (unknown.size() > 1 ? "s " : " ") + String.join(", ", unknown)
          + (known.isEmpty() ? "; this endpoint takes no parameters"
              : "; this endpoint takes " + String.join(", ", new TreeSet<>(known))));
    }
  }

  /** A single optional value, stripped; null when absent or blank. */
  static String single(Context ctx, String name) {
    List<String> values = ctx.queryParams(name);
    if (values.size() > 1) {
      throw new BadRequestException("parameter " + name + " is given " + values.size() + " times; give it once");
    }
    if (values.isEmpty() || values.get(0).isBlank()) {
      return null;
    }
    String value = values.get(0).strip();
    if (value.length() > MAX_VALUE_CHARS) {
      throw new BadRequestException("parameter " + name + " is " + value.length() + " characters long; at most "
          + MAX_VALUE_CHARS + " are allowed");
    }
    return value;
  }

  /** The query, "" when none is given: every passage the filters keep. */
  static String query(Context ctx) {
    return Objects.requireNonNullElse(single(ctx, "q"), "");
  }

  static String required(Context ctx, String name, String example) {
    String value = single(ctx, name);
    if (value == null) {
      throw new BadRequestException("parameter " + name + " is missing, e.g. ?" + name + "=" + example);
    }
    return value;
  }

  static int integer(Context ctx, String name, int fallback, int min, int max) {
    String raw = single(ctx, name);
    if (raw == null) {
      return fallback;
    }
    int value;
    try {
      value = Integer.parseInt(raw);
    } catch (NumberFormatException e) {
      throw new BadRequestException("parameter " + name + " must be a whole number, not \"" + abbreviate(raw) + "\"");
    }
    if (value < min || value > max) {
      throw new BadRequestException("parameter " + name + " must be between " + min + " and " + max + ", not " + value);
    }
    return value;
  }

  static String abbreviate(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "…" : s;
  }
}
