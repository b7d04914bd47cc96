package dk.konferencebasen.analysis;

import java.io.IOException;
import java.io.Reader;
import java.text.ParseException;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * Reads a synonym file in Solr's format into the map the query chain applies. Entries are read
 * as words are at that point of the chain: tokenized and lower-cased, before lemmas and stems.
 */
public final class Synonyms {
  private Synonyms() {}

  public static SynonymMap parse(Reader file) throws IOException, ParseException {
    SolrSynonymParser parser = new SolrSynonymParser(true, true, new WordsAnalyzer());
    parser.parse(file);
    return parser.build();
  }
}
