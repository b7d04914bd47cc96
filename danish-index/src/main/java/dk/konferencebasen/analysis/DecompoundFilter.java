package dk.konferencebasen.analysis;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.AttributeSource;

/**
 * Gives a compound its lemma and, when indexing, its parts: "minoritetsfædres" becomes the term
 * "minoritetsfar" and the parts "minoritet" and "far", at the compound's position and with its
 * offsets, so a search for "fædre" finds it, phrases still line up, and highlighting marks the
 * whole compound. Parts are typed {@link TokenTypes#PART} and carry {@link TokenTypes#PART_MARKER}
 * in front, so that a whole-word match can rank above a part match (see the query builder).
 */
public final class DecompoundFilter extends TokenFilter {
  private final DanishLemmatizer dictionary;
  private final CompoundSplitter splitter;
  private final boolean emitParts;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
  private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
  private final TypeAttribute type = addAttribute(TypeAttribute.class);
  private final Deque<String> pendingParts = new ArrayDeque<>();
  private AttributeSource.State compoundState;

  public DecompoundFilter(TokenStream input, DanishLemmatizer dictionary, CompoundSplitter splitter, boolean emitParts) {
    super(input);
    this.dictionary = dictionary;
    this.splitter = splitter;
    this.emitParts = emitParts;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!pendingParts.isEmpty()) {
      restoreState(compoundState);
      term.setEmpty().append(TokenTypes.PART_MARKER).append(pendingParts.removeFirst());
      increment.setPositionIncrement(0);
      type.setType(TokenTypes.PART);
      keyword.setKeyword(true);
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    if (keyword.isKeyword()) {
      return true;
    }
    Decomposition decomposition = DECOMPOSITIONS.get(term.toString(), this::decompose);
    if (decomposition == NOT_A_COMPOUND) {
      return true;
    }
    term.setEmpty().append(decomposition.lemma());
    keyword.setKeyword(true);
    if (emitParts && !decomposition.parts().isEmpty()) {
      pendingParts.addAll(decomposition.parts());
      compoundState = captureState();
    }
    return true;
  }

  /** A compound's lemma and the terms of its parts. */
  private record Decomposition(String lemma, List<String> parts) {}

  private static final Decomposition NOT_A_COMPOUND = new Decomposition("", List.of());
  /** Shared by all chains: the same words come back all the time. */
  private static final BoundedMemo<String, Decomposition> DECOMPOSITIONS = new BoundedMemo<>(200_000);

  private Decomposition decompose(String word) {
    Optional<CompoundSplitter.Split> split = splitter.split(word);
    if (split.isEmpty()) {
      return NOT_A_COMPOUND;
    }
    CompoundSplitter.Split s = split.get();
    String lemma = dictionary.lemma(word).orElseGet(() -> s.modifier() + dictionary.normalForm(s.head()));
    Set<String> parts = new LinkedHashSet<>();
    for (String part : splitter.parts(word)) {
      parts.add(dictionary.normalForm(part));
    }
    parts.remove(lemma);
    return new Decomposition(lemma, List.copyOf(parts));
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pendingParts.clear();
    compoundState = null;
  }
}
