package dk.konferencebasen.extraction;

import java.util.List;
import java.util.Optional;
import org.apache.tika.langdetect.optimaize.OptimaizeLangDetector;
import org.apache.tika.language.detect.LanguageDetector;
import org.apache.tika.language.detect.LanguageResult;

/**
 * The language of a text, by Tika's Optimaize detector, for documents whose sidecar does not
 * say it. Asked only then: the detector keeps state, so calls queue behind one lock, which the
 * benchmarks showed to be a wait on every file when it was asked always.
 */
public final class LanguageGuess {
  private static final int SAMPLE_CHARS = 20_000;
  private static final LanguageDetector DETECTOR = new OptimaizeLangDetector().loadModels();

  private LanguageGuess() {}

  /** ISO 639-1 code, or empty when the detector cannot tell. */
  public static Optional<String> of(List<String> paragraphs) {
    String text = String.join("\n", paragraphs);
    String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
    LanguageResult result;
    synchronized (DETECTOR) { // the detector keeps state between addText and detect
      result = DETECTOR.detect(sample);
    }
    return result.isUnknown() ? Optional.empty() : Optional.of(result.getLanguage());
  }
}
