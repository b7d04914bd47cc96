package dk.konferencebasen.query;

import dk.konferencebasen.analysis.TokenTypes;
import dk.konferencebasen.schema.IndexSchema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Turns what a person typed into a Lucene query over passages. Plain words and sentences just
 * work (any word may match; passages with more of them rank higher); Lucene's syntax
 * ("phrases", AND/OR/NOT, +/-, field:value, prefix*, fuzzy~) is there for those who want it.
 * Words go through the same Danish analyzer as the indexed text.
 */
public final class QueryBuilder {
  public static final int MAX_QUERY_CHARS = 1_000;

  /**
   * Passage text counts most; the other way of writing an organisation the passage names ("KL"
   * for "Kommunernes Landsforening") finds it, a little below the words it says itself. (The
   * report's title only lifts: {@link TitleLift}.)
   */
  private static final Map<String, Float> FIELD_BOOSTS =
      Map.of(IndexSchema.TEXT, 1.0f, IndexSchema.TITLE, 1.0f, IndexSchema.ALIASES, 0.8f);
  /** What a passage must match to be a match: its own words (a talk's title is among them). */
  private static final String[] MATCH_FIELDS = {IndexSchema.TEXT, IndexSchema.ALIASES};
  /** What only lifts the score of a match: the report's title, on every passage of the report. */
  private static final String[] RANK_FIELDS = {IndexSchema.TITLE};
  private static final Pattern COLUMN = Pattern.compile("column (\\d+)");
  /** How much a title holding every word of the query lifts a passage's score: by a quarter. */
  static final float TITLE_LIFT = 0.25f;
  /** How much a match on a compound's part counts against a match on the whole word. */
  static final float PART_WEIGHT = 0.6f;

  /** Queries as typed, without synonyms. */
  static final Analyzer PLAIN = IndexSchema.queryAnalyzer(null);

  private final SynonymFile synonyms;

  /** Queries without synonyms. */
  public QueryBuilder() {
    this(SynonymFile.none());
  }

  public QueryBuilder(SynonymFile synonyms) {
    this.synonyms = synonyms;
  }

  /**
   * The query over the passage fields of this index, as searches run it: typed words the index
   * has never seen also match their near spellings ({@link MisspellingTolerance}), and its cost
   * is checked ({@link QueryLimits}). No query (null or blank) means every passage, so filters
   * alone can browse. Filters and the passage restriction come from {@link Filters}.
   */
  public Query parse(String userQuery, IndexReader reader) throws InvalidQueryException, IOException {
    if (isEmpty(userQuery)) {
      return new org.apache.lucene.search.MatchAllDocsQuery();
    }
    Query query = MisspellingTolerance.widen(parse(userQuery, WordPairs.indexed(reader)), userQuery, reader);
    QueryLimits.check(query, reader);
    return query;
  }

  /** Whether a typed query asks for nothing in particular: every passage. */
  public static boolean isEmpty(String userQuery) {
    return userQuery == null || userQuery.isBlank();
  }

  /** The query over passage fields, before it meets an index (phrases as phrases). */
  public Query parse(String userQuery) throws InvalidQueryException {
    return parse(userQuery, false);
  }

  private Query parse(String userQuery, boolean wordPairs) throws InvalidQueryException {
    String q = userQuery == null ? "" : userQuery.strip();
    if (q.isEmpty()) {
      throw new InvalidQueryException("the query is empty: type one or more words", "søgningen er tom: skriv et eller flere ord");
    }
    if (q.length() > MAX_QUERY_CHARS) {
      throw new InvalidQueryException("the query is " + q.length() + " characters long; at most "
          + MAX_QUERY_CHARS + " are allowed", "søgningen er " + q.length() + " tegn lang; højst " + MAX_QUERY_CHARS
          + " tegn er tilladt");
    }
    String text = QueryText.clean(q);
    // A passage matches by its own text; the report's title ranks the passages that match but
    // makes none a match, so counts, facets, trends and the concordance count what the passages say.
    return new TitleLift(withSynonyms(text, MATCH_FIELDS, ContentWords::requireOne, wordPairs),
        titleWords(parse(text, PLAIN, RANK_FIELDS, wordPairs)), TITLE_LIFT);
  }

  /**
   * The words of the query as the title is searched for them, one query each; stop words do not
   * count ("i" is in most titles). A query with its own logic (AND, NOT, groups) is one unit.
   */
  private static List<Query> titleWords(Query title) {
    List<Query> words = new ArrayList<>();
    if (title instanceof BooleanQuery bq && bq.getMinimumNumberShouldMatch() == 0
        && bq.clauses().stream().allMatch(c -> c.occur() == BooleanClause.Occur.SHOULD)) {
      bq.clauses().stream().map(BooleanClause::query).filter(q -> !ContentWords.isStopWord(q)).forEach(words::add);
    } else if (!(title instanceof MatchNoDocsQuery)) {
      words.add(title);
    }
    return words;
  }

  /** {@code words}: what each parse must make of its words (a match needs a content word; ranking does not). */
  private Query withSynonyms(String text, String[] fields, UnaryOperator<Query> words, boolean wordPairs)
      throws InvalidQueryException {
    Query plain = words.apply(parse(text, PLAIN, fields, wordPairs));
    Analyzer withSynonymsAnalyzer = synonyms.queryAnalyzer();
    Query withSynonyms = withSynonymsAnalyzer == PLAIN ? plain : words.apply(parse(text, withSynonymsAnalyzer, fields, wordPairs));
    if (withSynonyms.equals(plain)) {
      return plain;
    }
    // A synonym of several words matches as a phrase; the words as typed still count one by one.
    return new BooleanQuery.Builder()
        .add(withSynonyms, BooleanClause.Occur.SHOULD)
        .add(plain, BooleanClause.Occur.SHOULD)
        .build();
  }

  private static Query parse(String text, Analyzer analyzer, String[] fields, boolean wordPairs)
      throws InvalidQueryException {
    QueryParser parser = new CheckedFieldsParser(analyzer, fields, wordPairs);
    parser.setDefaultOperator(QueryParser.Operator.OR);
    // Runs of words are analysed together, so multi-word synonyms ("Kommunernes Landsforening")
    // are seen; a synonym of several words must then match as a phrase.
    parser.setSplitOnWhitespace(false);
    parser.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
    parser.setAllowLeadingWildcard(false);
    // Wildcards and fuzzy terms score like the words they expand to, within a fixed budget.
    parser.setMultiTermRewriteMethod(new MultiTermQuery.TopTermsBlendedFreqScoringRewrite(QueryLimits.MAX_EXPANSIONS));
    try {
      return parser.parse(text);
    } catch (ParseException e) {
      throw describe(e);
    } catch (IndexSearcher.TooManyClauses e) {
      throw new InvalidQueryException("the query has too many terms; at most " + QueryLimits.MAX_TERMS + " are allowed",
          "søgningen har for mange led; højst " + QueryLimits.MAX_TERMS + " er tilladt");
    } catch (IllegalArgumentException e) {
      throw new InvalidQueryException("cannot read the query: " + e.getMessage(),
          "søgningen kan ikke læses: tjek parenteser og AND/OR/NOT");
    }
  }

  private static InvalidQueryException describe(ParseException e) {
    // the parser wraps what our parser refused in a ParseException of its own
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof Refused refused) {
        return refused.problem;
      }
    }
    String message = e.getMessage() == null ? "" : e.getMessage();
    if (message.contains("'*' or '?' not allowed as first character")) {
      return new InvalidQueryException("a word cannot start with * or ?: put at least one letter before the wildcard",
          "et ord kan ikke begynde med * eller ?: skriv mindst ét bogstav foran");
    }
    Matcher column = COLUMN.matcher(message);
    String at = column.find() ? column.group(1) : null;
    String where = at == null ? "" : " near character " + at;
    String ved = at == null ? "" : " ved tegn " + at;
    if (message.contains("<EOF>")) {
      return new InvalidQueryException("the query ends too early" + where
          + ": is a closing parenthesis missing, or does it end with AND/OR/NOT?", "søgningen slutter for tidligt" + ved
          + ": mangler der en slutparentes, eller slutter den med AND, OR eller NOT?");
    }
    return new InvalidQueryException("cannot read the query" + where + ": check parentheses and AND/OR/NOT",
        "søgningen kan ikke læses" + ved + ": tjek parenteser og AND, OR og NOT");
  }

  /** What our parser refuses, carried through the query parser's own exception. */
  private static final class Refused extends ParseException {
    final transient InvalidQueryException problem;

    Refused(InvalidQueryException problem) {
      super(problem.getMessage());
      this.problem = problem;
    }
  }

  /**
   * A parser that refuses field names the index does not have, instead of silently matching
   * nothing, and lets every Danish word also match as a part of a compound, at a lower weight.
   */
  private static final class CheckedFieldsParser extends MultiFieldQueryParser {
    private final boolean wordPairs;

    CheckedFieldsParser(org.apache.lucene.analysis.Analyzer analyzer, String[] fields, boolean wordPairs) {
      super(fields, analyzer, FIELD_BOOSTS);
      this.wordPairs = wordPairs;
    }

    /** A phrase in the text is matched through its word pairs, when the index has them (WordPairs). */
    @Override
    protected Query analyzePhrase(String field, TokenStream stream, int slop) throws IOException {
      Query phrase = super.analyzePhrase(field, stream, slop);
      return wordPairs ? WordPairs.match(phrase) : phrase;
    }

    /** "undervisning" finds the word itself, and "sprogundervisning" through its part, ranked lower. */
    @Override
    protected Query newTermQuery(Term term, float boost) {
      Query whole = super.newTermQuery(term, boost);
      if (!IndexSchema.DANISH_TEXT_FIELDS.contains(term.field())) {
        return whole;
      }
      Term part = new Term(term.field(), TokenTypes.PART_MARKER + term.text());
      return new BooleanQuery.Builder()
          .add(whole, BooleanClause.Occur.SHOULD)
          .add(new BoostQuery(new TermQuery(part), PART_WEIGHT * boost), BooleanClause.Occur.SHOULD)
          .build();
    }

    /** A field the user may name, or one of the fields a term without one is searched in. */
    private void check(String field) throws ParseException {
      if (field != null && !QueryText.FIELDS.contains(field) && !java.util.Arrays.asList(fields).contains(field)) {
        String fields = String.join(", ", QueryText.FIELDS.stream().sorted().toList());
        throw new Refused(new InvalidQueryException("unknown field '" + field + "'; fields are " + fields,
            "feltet '" + field + "' findes ikke; felterne er " + fields));
      }
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
      check(field);
      return super.getFieldQuery(field, queryText, slop);
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
      check(field);
      return super.getFieldQuery(field, queryText, quoted);
    }

    @Override
    protected Query getPrefixQuery(String field, String termStr) throws ParseException {
      check(field);
      Query inField = super.getPrefixQuery(field, termStr);
      return isDanish(field) ? asWrittenToo(inField, super.getPrefixQuery(IndexSchema.SPELL, termStr)) : inField;
    }

    @Override
    protected Query getWildcardQuery(String field, String termStr) throws ParseException {
      check(field);
      Query inField = super.getWildcardQuery(field, termStr);
      return isDanish(field) ? asWrittenToo(inField, super.getWildcardQuery(IndexSchema.SPELL, termStr)) : inField;
    }

    /** The pattern on a Danish field, matched against the words as written too ({@link WordPatternQuery}). */
    private static Query asWrittenToo(Query inField, Query onSpelling) {
      if (inField instanceof BoostQuery boosted) {
        return new BoostQuery(asWrittenToo(boosted.getQuery(), onSpelling), boosted.getBoost());
      }
      Query written = onSpelling instanceof BoostQuery boosted ? boosted.getQuery() : onSpelling;
      return inField instanceof MultiTermQuery pattern && written instanceof MultiTermQuery asWritten
          ? new WordPatternQuery(pattern, asWritten)
          : inField;
    }

    /** One Danish text field (the parser calls back once per field for a term typed without one). */
    private static boolean isDanish(String field) {
      return field != null && IndexSchema.DANISH_TEXT_FIELDS.contains(field);
    }

    /** Typed fuzzy terms so far; a parser reads one query. */
    private int fuzzyTerms;
    /** Inside the multi-field expansion of one typed term, which calls back once per field. */
    private boolean perField;

    @Override
    protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
      check(field);
      if (perField) {
        return super.getFuzzyQuery(field, termStr, minSimilarity);
      }
      if (++fuzzyTerms > QueryLimits.MAX_FUZZY_TERMS) {
        throw new Refused(QueryLimits.tooManyFuzzyTerms());
      }
      perField = true;
      try {
        return super.getFuzzyQuery(field, termStr, minSimilarity);
      } finally {
        perField = false;
      }
    }

    @Override
    protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive, boolean endInclusive)
        throws ParseException {
      check(field);
      return super.getRangeQuery(field, part1, part2, startInclusive, endInclusive);
    }

    @Override
    protected Query getRegexpQuery(String field, String termStr) throws ParseException {
      throw new Refused(new InvalidQueryException("regular expressions are not supported",
          "regulære udtryk understøttes ikke"));
    }
  }
}
