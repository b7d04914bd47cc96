package dk.konferencebasen.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * What {@link ReportDocuments} writes is what {@link FieldSpec#ALL} declares, field by field, for
 * a report that has every optional part: no field written that is not declared, none declared
 * that is not written, each indexed, stored, given doc values and typed as declared, and on the
 * documents declared.
 */
class FieldSpecTest {
  static Report everything() {
    NamedEntities named = new NamedEntities(List.of("Mette Hansen"), List.of("Kommunernes Landsforening"),
        List.of("Aalborg Kommune"), Map.of("KL", "Kommunernes Landsforening"));
    ReportPassage talk = new ReportPassage("r1-p001", 1, 0, 60, "Mette Hansen fra KL talte om sprogundervisning i Aalborg Kommune.",
        named, List.of(LocalDate.of(2019, 9, 12)), Optional.of("Sprog og arbejde"), Optional.of("09.30–10.15"),
        List.of("Mette Hansen"), List.of("Kommunernes Landsforening"));
    String body = talk.text();
    return new Report("r1", "2019/dag.pdf", "hash", "Integrationsdagen 2019", Optional.of("Integrationsdagen"),
        Optional.of(LocalDate.of(2019, 9, 12)), Optional.of(LocalDate.of(2019, 9, 1)), Optional.of("Aalborg"),
        Optional.of("KL"), Optional.of("KL"), Optional.of("Mette Hansen"), Optional.of("Om sprog"), OptionalInt.of(4), "da",
        "pdf", "application/pdf", Optional.of("Aalborg Kommunes hjemmeside"), Optional.of("https://example.org/dag"), body,
        Optional.of(new byte[] {1, 2, 3}), List.of(talk), List.of("KL = Kommunernes Landsforening"),
        List.of("DFH = Dansk Flygtningehjælp"), new TextAudit(80, 60, List.of(new TextAudit.Removal("Side 1 af 4", "running header"))));
  }

  @Test
  void theWriterWritesExactlyTheDeclaredLayout() throws Exception {
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(IndexSchema.analyzer()))) {
        writer.addDocuments(new ReportDocuments().toDocuments(everything()));
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        LeafReader leaf = reader.leaves().get(0).reader();
        int passage = 0;
        int report = 1;
        Set<String> written = new TreeSet<>();
        leaf.getFieldInfos().forEach(info -> written.add(info.name));
        Set<String> declared = new TreeSet<>();
        FieldSpec.ALL.stream().filter(f -> f.writtenBy() == FieldSpec.WrittenBy.DOCUMENTS).forEach(f -> declared.add(f.name()));
        assertEquals(declared, written, "the fields written are the fields declared");

        List<String> problems = new ArrayList<>();
        Document storedPassage = leaf.storedFields().document(passage);
        Document storedReport = leaf.storedFields().document(report);
        for (String name : written) {
          FieldSpec spec = FieldSpec.named(name);
          FieldInfo info = leaf.getFieldInfos().fieldInfo(name);
          check(problems, name + " index options", spec.index(), info.getIndexOptions());
          check(problems, name + " doc values", spec.docValues(), info.getDocValuesType());
          check(problems, name + " is a point", spec.point(), info.getPointDimensionCount() > 0);
          for (FieldSpec.Doc doc : FieldSpec.Doc.values()) {
            int id = doc == FieldSpec.Doc.PASSAGE ? passage : report;
            Document stored = doc == FieldSpec.Doc.PASSAGE ? storedPassage : storedReport;
            check(problems, name + " stored on the " + doc, spec.storedOn().contains(doc), stored.getField(name) != null);
            check(problems, name + " on the " + doc, spec.on().contains(doc), carries(leaf, info, id, stored));
            if (stored.getField(name) != null) {
              check(problems, name + " value type", spec.value(), typeOf(stored.getField(name)));
            }
          }
        }
        assertEquals(List.of(), problems);
      }
    }
  }

  @Test
  void everyDeclaredFieldIsNamedOnceAndTheLayoutHasTheSchemasFacets() {
    Set<String> names = new TreeSet<>();
    FieldSpec.ALL.forEach(f -> assertTrue(names.add(f.name()), f.name() + " is declared twice"));
    for (String facet : IndexSchema.FACETS) {
      assertTrue(FieldSpec.named(facet).on().contains(FieldSpec.Doc.PASSAGE), facet + " is a facet of passages");
    }
    assertNotNull(FieldSpec.named(FieldSpec.FACETS_FIELD));
  }

  private static void check(List<String> problems, String what, Object declared, Object found) {
    if (!declared.equals(found)) {
      problems.add(what + ": declared " + declared + ", written " + found);
    }
  }

  /** Whether the document has the field in any form: stored, indexed terms, doc values or points. */
  private static boolean carries(LeafReader leaf, FieldInfo info, int doc, Document stored) throws java.io.IOException {
    if (stored.getField(info.name) != null) {
      return true;
    }
    if (info.getDocValuesType() != DocValuesType.NONE && docValuesAt(leaf, info, doc)) {
      return true;
    }
    Terms terms = leaf.terms(info.name);
    if (terms != null) {
      TermsEnum te = terms.iterator();
      PostingsEnum postings = null;
      while (te.next() != null) {
        postings = te.postings(postings, PostingsEnum.NONE);
        if (postings.advance(doc) == doc) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean docValuesAt(LeafReader leaf, FieldInfo info, int doc) throws java.io.IOException {
    DocIdSetIterator values = switch (info.getDocValuesType()) {
      case NUMERIC -> DocValues.getNumeric(leaf, info.name);
      case BINARY -> DocValues.getBinary(leaf, info.name);
      case SORTED -> DocValues.getSorted(leaf, info.name);
      case SORTED_SET -> DocValues.getSortedSet(leaf, info.name);
      case SORTED_NUMERIC -> DocValues.getSortedNumeric(leaf, info.name);
      case NONE -> DocIdSetIterator.empty();
    };
    return values.advance(doc) == doc;
  }

  private static Class<?> typeOf(IndexableField field) {
    if (field.numericValue() != null) {
      return field.numericValue().getClass();
    }
    return field.binaryValue() != null && field.stringValue() == null ? byte[].class : String.class;
  }
}
