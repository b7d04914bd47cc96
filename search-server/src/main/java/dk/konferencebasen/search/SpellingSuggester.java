package dk.konferencebasen.search;

import dk.konferencebasen.query.MisspellingTolerance;
import dk.konferencebasen.schema.IndexSchema;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * "Mente du …?": the typed query with each word the index has never seen, as written or through
 * its lemma ({@link MisspellingTolerance#mayBeMisspelled}), replaced by the closest word it has (Lucene's
 * DirectSpellChecker over the unstemmed passage words).
 */
final class SpellingSuggester {
  /** Plain words of three letters or more that are not an operator or a field name. */
  private static final Pattern WORD = Pattern.compile("(?<![\\p{L}\\p{N}:\\\\])\\p{L}{3,}(?![\\p{L}\\p{N}:*~])");

  private final DirectSpellChecker checker = new DirectSpellChecker();

  Optional<String> suggest(String typed, IndexReader reader) throws IOException {
    Matcher words = WORD.matcher(typed);
    StringBuilder out = new StringBuilder();
    boolean changed = false;
    while (words.find()) {
      String word = words.group();
      String replacement = word;
      if (MisspellingTolerance.mayBeMisspelled(word, reader)) {
        Term term = new Term(IndexSchema.SPELL, word.toLowerCase(Locale.ROOT));
        SuggestWord[] similar = checker.suggestSimilar(term, 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
        if (similar.length > 0) {
          replacement = sameCase(word, similar[0].string);
          changed = true;
        }
      }
      words.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    words.appendTail(out);
    return changed ? Optional.of(out.toString()) : Optional.empty();
  }

  private static String sameCase(String typed, String suggested) {
    if (Character.isUpperCase(typed.charAt(0))) {
      return Character.toUpperCase(suggested.charAt(0)) + suggested.substring(1);
    }
    return suggested;
  }
}
