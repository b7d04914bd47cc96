package dk.konferencebasen.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.konferencebasen.analysis.TokenTypes;
import dk.konferencebasen.query.QueryBuilder;
import dk.konferencebasen.schema.IndexSchema;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.junit.jupiter.api.Test;

/** What the highlighter asks of each passage: the query's parts on the text field, nothing else. */
class MatchHighlighterTest {
  private static Set<String> fieldsAndTerms(Query query) {
    Set<String> seen = new TreeSet<>();
    query.visit(new QueryVisitor() {
      @Override
      public void consumeTerms(Query part, Term... terms) {
        for (Term t : terms) {
          seen.add(t.field() + ":" + t.text().replace(TokenTypes.PART_MARKER, '+'));
        }
      }

      @Override
      public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
        return this; // excluded words too
      }
    });
    return seen;
  }

  @Test
  void keepsTextPartsAndDropsTitleAndExcludedWords() throws Exception {
    Query typed = new QueryBuilder().parse("\"lære dansk\" integration -kommune");
    Set<String> all = fieldsAndTerms(typed);
    // the title only lifts a match's score (TitleLift), so a visitor of the query never sees it
    assertTrue(all.contains("text:kommune") && all.stream().noneMatch(t -> t.startsWith("title:")), "the typed query: " + all);

    Set<String> marked = fieldsAndTerms(dk.konferencebasen.query.TextMatches.partsOnText(typed));
    assertEquals(Set.of("text:lære", "text:dansk", "text:integration", "text:+integration"), marked);
  }

  @Test
  void aQueryOnlyOnOtherFieldsMarksNothing() throws Exception {
    Query onTitle = new QueryBuilder().parse("title:integration");
    assertEquals(Set.of(), fieldsAndTerms(dk.konferencebasen.query.TextMatches.partsOnText(onTitle)));
    assertEquals(Set.of(IndexSchema.TITLE + ":integration", IndexSchema.TITLE + ":+integration"), fieldsAndTerms(onTitle));
  }
}
