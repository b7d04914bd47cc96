package dk.konferencebasen.query;

import dk.konferencebasen.schema.IndexSchema;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes what people type safe for Lucene's query syntax without taking that syntax away.
 * Sentences carry punctuation that the syntax reads as operators: a question mark after a word
 * ("LAB?") would be a one-letter wildcard, "Integrationskonference: Det …" a field, "10/9" the
 * start of a regular expression, "hurra!" a NOT. Those are read as the punctuation they are;
 * "field:value" (letters, colon, value with no space), "prefix*", "fuzzy~", quotes, +/- and
 * AND/OR/NOT keep their meaning, and an unknown field name is an error rather than a silent
 * search for nothing.
 */
final class QueryText {
  /** Field names people may use in "field:value". */
  static final Set<String> FIELDS = Set.of(
      IndexSchema.TITLE, IndexSchema.TEXT, IndexSchema.PERSON, IndexSchema.SPEAKER, IndexSchema.ORGANISATION,
      IndexSchema.MUNICIPALITY, IndexSchema.CONFERENCE, IndexSchema.ORGANISER, IndexSchema.YEAR,
      IndexSchema.FORMAT, IndexSchema.LANGUAGE);

  /** Sentence punctuation at the end of a word: followed by space, a quote, or the end. */
  private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("(?<=[\\p{L}\\p{N}])[?!.,;]+(?=[\\s\")]|$)");
  /**
   * A colon after a word: "field:value" when letters are followed directly by a value, else
   * punctuation ("Konference: Det …", "kl. 10:30").
   */
  private static final Pattern COLON_AFTER_WORD = Pattern.compile("([\\p{L}\\p{N}_]+):(\\s|$)?");

  private QueryText() {}

  static String straightQuotes(String typed) {
    return typed.replace('“', '"').replace('”', '"').replace('„', '"').replace('«', '"').replace('»', '"');
  }

  /** Where a quote opens a phrase that never ends (the last of an odd number not escaped with a backslash), or -1. */
  static int unclosedQuoteAt(String text) {
    int quotes = 0;
    int last = -1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\\') {
        i++;
      } else if (text.charAt(i) == '"') {
        quotes++;
        last = i;
      }
    }
    return quotes % 2 == 1 ? last : -1;
  }

  static String clean(String typed) {
    String text = straightQuotes(typed);
    int unclosed = unclosedQuoteAt(text);
    if (unclosed >= 0) {
      // the words after a quote that is never closed are read as plain words (QueryNote says so)
      text = text.substring(0, unclosed) + " " + text.substring(unclosed + 1);
    }
    text = text.replace("/", "\\/");
    text = TRAILING_PUNCTUATION.matcher(text).replaceAll("");
    Matcher colon = COLON_AFTER_WORD.matcher(text);
    StringBuilder out = new StringBuilder();
    while (colon.find()) {
      String word = colon.group(1);
      String after = colon.group(2) == null ? "" : colon.group(2);
      boolean fieldSyntax = after.isEmpty() && word.chars().allMatch(Character::isLetter);
      String replacement = fieldSyntax ? word.toLowerCase(java.util.Locale.ROOT) + ":" : word + "\\:" + after;
      colon.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    colon.appendTail(out);
    return out.toString();
  }
}
