package dk.konferencebasen.opensearch;

import dk.konferencebasen.analysis.CompoundSplitter;
import dk.konferencebasen.analysis.DanishLemmatizer;
import dk.konferencebasen.analysis.DecompoundFilter;
import org.apache.lucene.analysis.TokenStream;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.index.IndexSettings;
import org.opensearch.index.analysis.AbstractTokenFilterFactory;

/**
 * {@code danish_decompound}: compounds yield their parts at the compound's position when
 * {@code parts} is true (the default, for indexing); with {@code parts: false} (for queries) a
 * compound is only normalised, so it matches itself and not everything sharing a part with it.
 */
final class DecompoundFilterFactory extends AbstractTokenFilterFactory {
  private final boolean emitParts;

  DecompoundFilterFactory(IndexSettings indexSettings, Environment environment, String name, Settings settings) {
    super(indexSettings, name, settings);
    this.emitParts = settings.getAsBoolean("parts", true);
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new DecompoundFilter(input, DanishLemmatizer.shared(), CompoundSplitter.shared(), emitParts);
  }
}
