package dk.konferencebasen.opensearch;

import dk.konferencebasen.query.InvalidQueryException;
import dk.konferencebasen.query.QueryBuilder;
import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.search.Query;
import org.opensearch.core.ParseField;
import org.opensearch.core.common.ParsingException;
import org.opensearch.core.common.io.stream.StreamInput;
import org.opensearch.core.common.io.stream.StreamOutput;
import org.opensearch.core.xcontent.XContentBuilder;
import org.opensearch.core.xcontent.XContentParser;
import org.opensearch.index.query.AbstractQueryBuilder;
import org.opensearch.index.query.QueryShardContext;
import org.opensearch.index.query.QueryShardException;

/**
 * {@code {"konferencebasen": {"q": "fædre AND kommune"}}}: a typed query read by the product's own
 * query builder inside the node — the same Danish words, compound parts, synonyms, misspelling
 * tolerance, phrases, title lift and limits as the embedded index — over the passage fields of
 * the shard it runs on. A query the builder refuses is a 400 that says what is wrong.
 */
public final class KonferencebasenQuery extends AbstractQueryBuilder<KonferencebasenQuery> {
  public static final String NAME = "konferencebasen";
  private static final ParseField Q = new ParseField("q");

  private final String q;
  private final QueryBuilder queries;

  KonferencebasenQuery(String q, QueryBuilder queries) {
    this.q = Objects.requireNonNull(q, "[konferencebasen] needs [q]");
    this.queries = queries;
  }

  KonferencebasenQuery(StreamInput in, QueryBuilder queries) throws IOException {
    super(in);
    this.q = in.readString();
    this.queries = queries;
  }

  static KonferencebasenQuery fromXContent(XContentParser parser, QueryBuilder queries) throws IOException {
    String q = null;
    float boost = DEFAULT_BOOST;
    String name = null;
    String field = null;
    for (XContentParser.Token token = parser.nextToken(); token != XContentParser.Token.END_OBJECT;
        token = parser.nextToken()) {
      if (token == XContentParser.Token.FIELD_NAME) {
        field = parser.currentName();
      } else if (token.isValue() && Q.match(field, parser.getDeprecationHandler())) {
        q = parser.text();
      } else if (token.isValue() && BOOST_FIELD.match(field, parser.getDeprecationHandler())) {
        boost = parser.floatValue();
      } else if (token.isValue() && NAME_FIELD.match(field, parser.getDeprecationHandler())) {
        name = parser.text();
      } else {
        throw new ParsingException(parser.getTokenLocation(), "[" + NAME + "] takes [q], [boost] and [_name], not [" + field + "]");
      }
    }
    if (q == null) throw new ParsingException(parser.getTokenLocation(), "[" + NAME + "] needs [q]");
    KonferencebasenQuery query = new KonferencebasenQuery(q, queries);
    query.boost(boost);
    query.queryName(name);
    return query;
  }

  @Override
  protected Query doToQuery(QueryShardContext context) throws IOException {
    try {
      return queries.parse(q, context.getIndexReader());
    } catch (InvalidQueryException e) {
      throw new QueryShardException(context, e.getMessage());
    }
  }

  @Override
  protected void doWriteTo(StreamOutput out) throws IOException {
    out.writeString(q);
  }

  @Override
  protected void doXContent(XContentBuilder builder, Params params) throws IOException {
    builder.startObject(NAME);
    builder.field(Q.getPreferredName(), q);
    printBoostAndQueryName(builder);
    builder.endObject();
  }

  @Override
  protected boolean doEquals(KonferencebasenQuery other) {
    return q.equals(other.q);
  }

  @Override
  protected int doHashCode() {
    return q.hashCode();
  }

  @Override
  public String getWriteableName() {
    return NAME;
  }
}
