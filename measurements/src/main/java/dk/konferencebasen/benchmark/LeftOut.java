package dk.konferencebasen.benchmark;

import static dk.konferencebasen.schema.IndexSchema.BODY;
import static dk.konferencebasen.schema.IndexSchema.SPELL;
import static dk.konferencebasen.schema.IndexSchema.TEXT;
import static dk.konferencebasen.schema.IndexSchema.TITLE;
import static dk.konferencebasen.schema.IndexSchema.TYPE;
import static dk.konferencebasen.schema.IndexSchema.TYPE_PASSAGE;

import dk.konferencebasen.analysis.WordsAnalyzer;
import dk.konferencebasen.schema.IndexSchema;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexOptions;

/**
 * One feature of the index left out of the product's documents, to put a price on writing it
 * (the bench's feature table). Each changes the documents {@code ReportDocuments} builds, or the
 * analyzer they are written with, so the table follows the schema as it changes.
 *
 * @param feature what is left out, and what would be lost with it
 */
record LeftOut(String feature, Analyzer analyzer, UnaryOperator<Document> change) {
  private static final FieldType OFFSETS_NOT_STORED = offsetsNotStored();

  /** Nothing left out: the product's documents as the indexer writes them. */
  static LeftOut nothing() {
    return new LeftOut("nothing (the product's documents)", IndexSchema.analyzer(), UnaryOperator.identity());
  }

  static List<LeftOut> each() {
    Analyzer product = IndexSchema.analyzer();
    Analyzer noParts = IndexSchema.queryAnalyzer(null); // the Danish chain without compound parts
    return List.of(
        new LeftOut("offsets (highlighting and the concordance would analyse the text again)", product,
            doc -> retypeText(doc, TextField.TYPE_STORED)),
        new LeftOut("the word field (spelling suggestions, typo tolerance)", product, LeftOut::withoutWords),
        new LeftOut("the title on every passage (title matches, the title boost)", product,
            LeftOut::withoutPassageTitle),
        new LeftOut("facets (the facet counts)", product, LeftOut::withoutFacets),
        new LeftOut("stored text (passage text, report body)", product,
            doc -> {
              doc.removeFields(BODY);
              return retypeText(doc, OFFSETS_NOT_STORED);
            }),
        new LeftOut("compound parts (\"integration\" would not find \"integrationstræf\")", noParts,
            UnaryOperator.identity()),
        new LeftOut("the Danish chain (StandardAnalyzer on text and title: no lemmas, compounds, old spellings)",
            standardOnText(), UnaryOperator.identity()),
        new LeftOut("offsets, word field, passage title, facets and compound parts together", noParts,
            doc -> withoutFacets(withoutPassageTitle(withoutWords(retypeText(doc, TextField.TYPE_STORED))))));
  }

  private static Document withoutWords(Document doc) {
    doc.removeFields(SPELL);
    return doc;
  }

  private static Document withoutPassageTitle(Document doc) {
    if (TYPE_PASSAGE.equals(doc.get(TYPE))) {
      doc.removeFields(TITLE);
    }
    return doc;
  }

  private static Document withoutFacets(Document doc) {
    doc.removeFields(FacetsConfig.DEFAULT_INDEX_FIELD_NAME); // the facet doc values and drill-down terms
    return doc;
  }

  private static Document retypeText(Document doc, FieldType type) {
    String text = doc.get(TEXT);
    if (text != null) {
      doc.removeFields(TEXT);
      doc.add(new Field(TEXT, text, type));
    }
    return doc;
  }

  private static Analyzer standardOnText() {
    StandardAnalyzer standard = new StandardAnalyzer();
    return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(),
        Map.of(TEXT, standard, TITLE, standard, SPELL, new WordsAnalyzer()));
  }

  private static FieldType offsetsNotStored() {
    FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }
}
