package dk.konferencebasen.soak;

import dk.konferencebasen.analysis.TokenTypes;
import dk.konferencebasen.schema.IndexSchema;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * The words and facet values the soak's queries are made of, read from the served index itself,
 * so every query can find something whatever corpus is served.
 */
record SoakVocabulary(List<String> words, Map<String, List<String>> facetValues) {
  /** Filter dimensions the mix narrows by (the API's parameter names are the field names). */
  static final List<String> DIMENSIONS = List.of(IndexSchema.CONFERENCE, IndexSchema.YEAR, IndexSchema.MUNICIPALITY,
      IndexSchema.ORGANISER, IndexSchema.PERSON, IndexSchema.FORMAT);
  private static final int MAX_WORDS = 5_000;
  private static final int MAX_VALUES = 200;

  SoakVocabulary {
    if (words.isEmpty()) {
      throw new IllegalArgumentException("the index has no words to query for");
    }
  }

  static SoakVocabulary of(Path index) throws IOException {
    try (Directory dir = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(dir)) {
      List<String> words = new ArrayList<>();
      Random sample = new Random(1);
      int seen = 0;
      Terms text = MultiTerms.getTerms(reader, IndexSchema.TEXT);
      TermsEnum it = text == null ? TermsEnum.EMPTY : text.iterator();
      for (BytesRef t = it.next(); t != null; t = it.next()) {
        String term = t.utf8ToString();
        // Plain lemmas of four letters or more that occur in at least two passages: searchable
        // words, not compound parts (marked) nor numbers. A reservoir sample, so a large index
        // gives words from the whole alphabet, not only its start.
        if (term.length() < 4 || term.charAt(0) == TokenTypes.PART_MARKER || !term.chars().allMatch(Character::isLetter)
            || it.docFreq() < 2) {
          continue;
        }
        seen++;
        if (words.size() < MAX_WORDS) {
          words.add(term);
        } else {
          int slot = sample.nextInt(seen);
          if (slot < MAX_WORDS) {
            words.set(slot, term);
          }
        }
      }
      Map<String, List<String>> values = new LinkedHashMap<>();
      for (String dim : DIMENSIONS) {
        List<String> v = terms(reader, dim, MAX_VALUES);
        if (!v.isEmpty()) {
          values.put(dim, v);
        }
      }
      // in DIMENSIONS order (Map.copyOf's order varies from JVM to JVM), so a seed gives the same requests
      return new SoakVocabulary(List.copyOf(words), Collections.unmodifiableMap(values));
    }
  }

  private static List<String> terms(DirectoryReader reader, String field, int max) throws IOException {
    List<String> out = new ArrayList<>();
    Terms terms = MultiTerms.getTerms(reader, field);
    if (terms == null) {
      return out;
    }
    TermsEnum it = terms.iterator();
    for (BytesRef t = it.next(); t != null && out.size() < max; t = it.next()) {
      out.add(t.utf8ToString());
    }
    return out;
  }
}
