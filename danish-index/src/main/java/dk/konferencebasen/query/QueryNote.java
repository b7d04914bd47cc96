package dk.konferencebasen.query;

import java.util.ArrayList;
import java.util.List;

/**
 * Something the search did with the query other than what its syntax says, told to the person
 * who typed it (English for scripts, Danish for the page), so a forgiving reading is never silent.
 */
public record QueryNote(String code, String message, String messageDa) {
  /** What the search will tell about {@code typed}; empty when it is read just as written. */
  public static List<QueryNote> about(String typed) {
    List<QueryNote> notes = new ArrayList<>();
    if (typed != null && QueryText.unclosedQuoteAt(QueryText.straightQuotes(typed)) >= 0) {
      notes.add(new QueryNote("unclosed_quote",
          "the last quote (\") is not closed, so the words after it are searched as plain words, not as a phrase",
          "det sidste anførselstegn (\") er ikke lukket, så ordene efter det er søgt som enkelte ord, ikke som en frase"));
    }
    return notes;
  }
}
