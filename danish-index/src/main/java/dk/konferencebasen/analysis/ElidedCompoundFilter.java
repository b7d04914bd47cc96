package dk.konferencebasen.analysis;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.AttributeSource;

/**
 * Understands elided coordination: in "udlændinge- og integrationsminister" the first word
 * means "udlændingeminister". The hyphen before "og"/"eller" is turned into a soft hyphen by
 * {@link ElisionMarkFilter} (so the tokenizer keeps it on the word); this filter then adds, at the
 * first word's position, the compound it stands for: the first word plus the head of the
 * compound after the conjunction. A search for "udlændingeminister" finds the text.
 */
public final class ElidedCompoundFilter extends TokenFilter {
  private static final Set<String> CONJUNCTIONS = Set.of("og", "eller", "samt");

  /** In the queue of pending tokens: emit the token as it was read. */
  private static final String AS_IS = "";

  private final CompoundSplitter splitter;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
  private final Deque<AttributeSource.State> pending = new ArrayDeque<>();
  private final Deque<String> pendingTerms = new ArrayDeque<>();
  /** The look-ahead reached the end: the input must not be asked for another token. */
  private boolean inputEnded;

  public ElidedCompoundFilter(TokenStream input, CompoundSplitter splitter) {
    super(input);
    this.splitter = splitter;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!pending.isEmpty()) {
      restoreState(pending.removeFirst());
      String replacement = pendingTerms.removeFirst();
      if (!replacement.equals(AS_IS)) {
        term.setEmpty().append(replacement);
        increment.setPositionIncrement(0);
      }
      return true;
    }
    if (inputEnded || !input.incrementToken()) {
      return false;
    }
    if (term.length() < 2 || term.charAt(term.length() - 1) != ElisionMarkFilter.SOFT_HYPHEN) {
      return true;
    }
    String modifier = term.subSequence(0, term.length() - 1).toString();
    term.setEmpty().append(modifier);
    AttributeSource.State first = captureState();
    // Look ahead: the conjunction, then the compound whose head the first word shares.
    if (!input.incrementToken()) {
      inputEnded = true;
      restoreState(first);
      return true;
    }
    AttributeSource.State conjunction = captureState();
    String conjunctionWord = term.toString();
    Optional<String> head = Optional.empty();
    AttributeSource.State compound = null;
    if (CONJUNCTIONS.contains(conjunctionWord)) {
      if (input.incrementToken()) {
        compound = captureState();
        head = splitter.split(term.toString()).map(CompoundSplitter.Split::head);
      } else {
        inputEnded = true;
      }
    }
    pending.add(first);
    pendingTerms.add(AS_IS);
    if (head.isPresent()) {
      pending.add(first);
      pendingTerms.add(modifier + head.get());
    }
    pending.add(conjunction);
    pendingTerms.add(AS_IS);
    if (compound != null) {
      pending.add(compound);
      pendingTerms.add(AS_IS);
    }
    restoreState(pending.removeFirst());
    pendingTerms.removeFirst();
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pending.clear();
    pendingTerms.clear();
    inputEnded = false;
  }
}
