package dk.konferencebasen.completion;

/**
 * One thing the search box may offer: its text, what it is ({@code title}, {@code term} or the
 * name's facet: {@code person}, {@code organisation}, {@code municipality}) and in how many
 * passages it occurs (a title: 1).
 */
public record CompletionEntry(String text, String kind, long count) {
  public static final String TITLE = "title";
  public static final String TERM = "term";

  /** Whether entries of this kind are names of people, organisations or municipalities. */
  public static boolean isName(String kind) {
    return !kind.equals(TERM) && !kind.equals(TITLE);
  }
}
