package dk.konferencebasen.benchmark;

import static dk.konferencebasen.schema.IndexSchema.BODY;
import static dk.konferencebasen.schema.IndexSchema.SPELL;
import static dk.konferencebasen.schema.IndexSchema.TEXT;
import static dk.konferencebasen.schema.IndexSchema.TITLE;
import static dk.konferencebasen.schema.IndexSchema.TYPE;
import static dk.konferencebasen.schema.IndexSchema.TYPE_PASSAGE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.konferencebasen.analysis.AnalyzedToken;
import dk.konferencebasen.schema.ReportDocuments;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each variant of the feature table leaves out what it says, and nothing else. */
class LeftOutTest {
  @TempDir static Path tmp;
  private static CorpusGenerator.Report generated;

  @BeforeAll
  static void generate() throws Exception {
    generated = new CorpusGenerator(DdtSentences.read(TestSentences.writeConllu(tmp)), 1).report(0, CorpusGenerator.Format.TXT);
  }

  private static List<Document> documents(String featureStart) {
    return asTheyAre().stream().map(variant(featureStart).change()).toList();
  }

  private static List<Document> asTheyAre() {
    return new ReportDocuments().toDocuments(Bench.asIndexed(generated));
  }

  private static boolean isPassage(Document doc) {
    return TYPE_PASSAGE.equals(doc.get(TYPE));
  }

  private static long fieldsNamed(List<Document> docs, String name) {
    return docs.stream().mapToLong(d -> d.getFields(name).length).sum();
  }

  @Test
  void theDocumentsAsTheyAreHaveEveryFeature() {
    List<Document> docs = asTheyAre();
    assertTrue(docs.stream().filter(LeftOutTest::isPassage).allMatch(d -> d.getField(SPELL) != null && d.getField(TITLE) != null));
    assertTrue(fieldsNamed(docs, FacetsConfig.DEFAULT_INDEX_FIELD_NAME) > 0);
    IndexableField text = docs.get(0).getField(TEXT);
    assertEquals(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS, text.fieldType().indexOptions());
    assertTrue(text.fieldType().stored());
    assertNotNull(docs.get(docs.size() - 1).getField(BODY));
  }

  @Test
  void eachVariantRemovesItsFeatureOnly() {
    int count = asTheyAre().size();

    List<Document> noOffsets = documents("offsets (");
    IndexableField text = noOffsets.get(0).getField(TEXT);
    assertEquals(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS, text.fieldType().indexOptions());
    assertTrue(text.fieldType().stored());
    assertEquals(asTheyAre().get(0).get(TEXT), noOffsets.get(0).get(TEXT));

    assertEquals(0, fieldsNamed(documents("the word field"), SPELL));

    List<Document> noTitle = documents("the title on every passage");
    assertEquals(0, noTitle.stream().filter(LeftOutTest::isPassage).mapToLong(d -> d.getFields(TITLE).length).sum());
    assertNotNull(noTitle.get(noTitle.size() - 1).getField(TITLE), "the report keeps its title");

    assertEquals(0, fieldsNamed(documents("facets"), FacetsConfig.DEFAULT_INDEX_FIELD_NAME));

    List<Document> notStored = documents("stored text");
    assertFalse(notStored.get(0).getField(TEXT).fieldType().stored());
    assertEquals(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS, notStored.get(0).getField(TEXT).fieldType().indexOptions());
    assertNull(notStored.get(notStored.size() - 1).getField(BODY));

    List<Document> together = documents("offsets, word field");
    assertEquals(0, fieldsNamed(together, SPELL) + fieldsNamed(together, FacetsConfig.DEFAULT_INDEX_FIELD_NAME));
    assertEquals(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS, together.get(0).getField(TEXT).fieldType().indexOptions());

    for (String feature : List.of("offsets (", "the word field", "the title", "facets", "stored text", "compound", "the Danish")) {
      assertEquals(count, documents(feature).size(), feature + ": every document is still written");
    }
  }

  private static LeftOut variant(String featureStart) {
    return LeftOut.each().stream().filter(v -> v.feature().startsWith(featureStart)).findFirst().orElseThrow();
  }

  @Test
  void theAnalysisVariantsChangeTheAnalyzerAndNotTheDocuments() {
    List<String> asIndexed = AnalyzedToken.terms(LeftOut.nothing().analyzer(), TEXT, "børn på integrationstræf");
    assertEquals(List.of("barn", "på", "integrationstræf", "integration", "træf"), asIndexed);

    List<String> noParts = AnalyzedToken.terms(variant("compound parts").analyzer(), TEXT, "børn på integrationstræf");
    assertEquals(List.of("barn", "på", "integrationstræf"), noParts);

    List<String> standard = AnalyzedToken.terms(variant("the Danish chain").analyzer(), TEXT, "børn på integrationstræf");
    assertEquals(List.of("børn", "på", "integrationstræf"), standard);

    for (String feature : List.of("compound parts", "the Danish chain")) {
      Document doc = asTheyAre().get(0);
      int fields = doc.getFields().size();
      assertEquals(fields, variant(feature).change().apply(doc).getFields().size(), feature);
    }
  }
}
