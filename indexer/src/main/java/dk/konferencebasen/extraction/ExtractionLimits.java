package dk.konferencebasen.extraction;

import java.time.Duration;

/**
 * What one file may cost. A file over {@code maxFileBytes} is not parsed; a parse that runs past
 * {@code timeout} is abandoned; text past {@code maxChars} is cut off (and the cut reported).
 */
public record ExtractionLimits(long maxFileBytes, Duration timeout, int maxChars) {
  public static final ExtractionLimits DEFAULT =
      new ExtractionLimits(200L * 1024 * 1024, Duration.ofSeconds(120), 20_000_000);

  public ExtractionLimits {
    if (maxFileBytes <= 0 || timeout.isNegative() || timeout.isZero() || maxChars <= 0) {
      throw new IllegalArgumentException("extraction limits must be positive");
    }
  }
}
