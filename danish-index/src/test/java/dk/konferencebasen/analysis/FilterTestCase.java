package dk.konferencebasen.analysis;

import com.carrotsearch.randomizedtesting.annotations.TimeoutSuite;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.apache.lucene.tests.analysis.MockTokenizer;

/**
 * A filter under test behind Lucene's MockTokenizer, which splits on white space and fails the
 * test when a filter breaks the TokenStream contract (a token asked for after the end, reset or
 * end forgotten, offsets going backwards).
 */
// No suite time limit (0: none). Lucene's test framework gives every suite 2 hours, after which
// it fails the suite however far it got; a test here must not fail by the clock, and a hang is
// stopped by the test run's own limit.
@TimeoutSuite(millis = 0)
public abstract class FilterTestCase extends BaseTokenStreamTestCase {
  private final List<Analyzer> made = new ArrayList<>();

  protected Analyzer filtering(boolean lowerCase, Function<Tokenizer, TokenStream> filter) {
    return filtering(lowerCase, filter, UnaryOperator.identity());
  }

  protected Analyzer filtering(boolean lowerCase, Function<Tokenizer, TokenStream> filter, UnaryOperator<Reader> charFilter) {
    return filtering(() -> new MockTokenizer(MockTokenizer.WHITESPACE, lowerCase), filter, charFilter);
  }

  /** The filter behind another tokenizer, such as the one the product uses. */
  protected Analyzer filtering(Supplier<Tokenizer> tokenizer, Function<Tokenizer, TokenStream> filter,
      UnaryOperator<Reader> charFilter) {
    Analyzer analyzer = new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = tokenizer.get();
        return new TokenStreamComponents(source, filter.apply(source));
      }

      @Override
      protected Reader initReader(String fieldName, Reader reader) {
        return charFilter.apply(reader);
      }
    };
    made.add(analyzer);
    return analyzer;
  }

  @Override
  public void tearDown() throws Exception {
    made.forEach(Analyzer::close);
    super.tearDown();
  }
}
