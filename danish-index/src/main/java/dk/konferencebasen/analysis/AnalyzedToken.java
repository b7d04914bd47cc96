package dk.konferencebasen.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * A term an analyzer made, at its position, from the characters [start, end) of the text;
 * {@code part} when it is a part of a compound rather than the whole word, {@code synonym} when
 * a synonym rule added it.
 */
public record AnalyzedToken(String term, int position, int start, int end, boolean part, boolean synonym) {

  /** Everything {@code analyzer} makes of {@code text} for {@code field}, in order. */
  public static List<AnalyzedToken> of(Analyzer analyzer, String field, String text) {
    List<AnalyzedToken> tokens = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      TypeAttribute type = stream.addAttribute(TypeAttribute.class);
      stream.reset();
      int position = -1;
      while (stream.incrementToken()) {
        position += increment.getPositionIncrement();
        String termText = term.toString();
        boolean part = TokenTypes.PART.equals(type.type());
        if (part && !termText.isEmpty() && termText.charAt(0) == TokenTypes.PART_MARKER) {
          termText = termText.substring(1);
        }
        tokens.add(new AnalyzedToken(termText, position, offset.startOffset(), offset.endOffset(),
            part, SynonymGraphFilter.TYPE_SYNONYM.equals(type.type())));
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysing in-memory text cannot fail", e);
    }
    return tokens;
  }

  /** Just the terms. */
  public static List<String> terms(Analyzer analyzer, String field, String text) {
    return of(analyzer, field, text).stream().map(AnalyzedToken::term).toList();
  }
}
