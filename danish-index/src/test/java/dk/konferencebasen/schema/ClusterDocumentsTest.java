package dk.konferencebasen.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * The cluster mode's documents are made from the embedded index's stored fields: everything a
 * passage or report needs there — its text, aliases, the report's title on each passage, the
 * date as a day — is there, and every field it carries is one the cluster's mapping declares.
 */
class ClusterDocumentsTest {
  @Test
  void storedBlocksBecomeClusterDocumentsOfTheMapping() throws Exception {
    Report written = FieldSpecTest.everything();
    ReportPassage passage = written.passages().get(0);
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(IndexSchema.analyzer()))) {
        writer.addDocuments(new ReportDocuments().toDocuments(written));
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        Document storedPassage = reader.storedFields().document(0);
        Document storedReport = reader.storedFields().document(1);
        assertFalse(ClusterDocuments.isReport(storedPassage));
        assertTrue(ClusterDocuments.isReport(storedReport));

        Map<String, Object> p = ClusterDocuments.source(storedPassage, written.title(), 7);
        assertEquals("passage", p.get(IndexSchema.TYPE));
        assertEquals(passage.text(), p.get(IndexSchema.TEXT));
        assertEquals(written.title(), p.get(IndexSchema.TITLE));
        assertEquals(values(passage.aliases()), p.get(IndexSchema.ALIASES));
        assertEquals(written.date().get().toEpochDay(), p.get(IndexSchema.DATE_DAY));
        assertEquals(7L, p.get(ClusterMapping.GENERATION));

        Map<String, Object> r = ClusterDocuments.source(storedReport, written.title(), 7);
        assertEquals("report", r.get(IndexSchema.TYPE));
        assertEquals(written.body(), r.get(IndexSchema.BODY));

        @SuppressWarnings("unchecked")
        Set<String> mapped = ((Map<String, Object>) ((Map<String, Object>) ClusterMapping.index(2, 1)
            .get("mappings")).get("properties")).keySet();
        Set<String> carried = new HashSet<>(p.keySet());
        carried.addAll(r.keySet());
        assertTrue(mapped.containsAll(carried), "not in the mapping: " + minus(carried, mapped));
      }
    }
  }

  @Test
  void danishTextIsAnalysedByThePluginsChainAndTheMappingIsStrict() {
    @SuppressWarnings("unchecked")
    Map<String, Object> mappings = (Map<String, Object>) ClusterMapping.index(2, 1).get("mappings");
    @SuppressWarnings("unchecked")
    Map<String, Map<String, Object>> properties = (Map<String, Map<String, Object>>) mappings.get("properties");
    assertEquals("strict", mappings.get("dynamic"));
    for (String field : IndexSchema.DANISH_TEXT_FIELDS) {
      assertEquals("danish_text", properties.get(field).get("analyzer"), field);
      assertEquals("danish_text_search", properties.get(field).get("search_analyzer"), field);
    }
    assertEquals("keyword", properties.get(IndexSchema.PERSON).get("type"));
    assertEquals("long", properties.get(IndexSchema.DATE_DAY).get("type"));
    assertEquals(false, properties.get(IndexSchema.BODY).get("index"));
    assertFalse(properties.containsKey(FieldSpec.FACETS_FIELD), "the embedded index's facet machinery stays out");
    assertEquals("danish_words", properties.get(IndexSchema.SPELL).get("analyzer"));
  }

  private static Object values(List<String> list) {
    return list.size() == 1 ? list.get(0) : list;
  }

  private static Set<String> minus(Set<String> a, Set<String> b) {
    Set<String> rest = new HashSet<>(a);
    rest.removeAll(b);
    return rest;
  }
}
