package dk.konferencebasen.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * The two sides of the schema meet: a report written by {@link ReportDocuments} reads back
 * through {@link StoredReport} and {@link StoredPassage} as the values it was written with, and
 * the readers read every field the layout stores.
 */
class StoredDocumentsTest {
  @Test
  void whatIsWrittenReadsBackAsItWasWritten() throws Exception {
    Report written = FieldSpecTest.everything();
    ReportPassage passage = written.passages().get(0);
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(IndexSchema.analyzer()))) {
        writer.addDocuments(new ReportDocuments().toDocuments(written));
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        StoredFields stored = reader.storedFields();
        StoredPassage p = new StoredPassage(stored.document(0, StoredPassage.FIELDS));
        StoredReport r = new StoredReport(stored.document(1, StoredReport.FIELDS));

        assertEquals(passage.id(), p.id());
        assertEquals(written.id(), p.reportId());
        assertEquals(passage.ordinal(), p.ordinal());
        assertEquals(passage.start(), p.start());
        assertEquals(passage.end(), p.end());
        assertEquals(passage.text(), p.text());
        assertEquals(passage.talkTitle(), p.talkTitle());
        assertEquals(passage.talkTime(), p.talkTime());
        assertEquals(passage.dates().stream().map(Object::toString).toList(), p.dates());
        assertEquals(passage.speakers(), p.speakers());
        assertEquals(passage.aliases(), p.aliases());
        assertEquals(passage.entities().people(), p.people());
        assertEquals(passage.entities().organisations(), p.organisations());
        assertEquals(passage.entities().municipalities(), p.municipalities());
        assertEquals(written.conference(), p.conference());
        assertEquals(Optional.of(written.year().getAsInt()), p.year());
        assertEquals(written.organiser(), p.organiser());
        assertEquals(written.format(), p.format());
        assertEquals(written.language(), p.language());
        assertEquals(written.date().map(Object::toString), p.date());

        assertEquals(written.id(), r.id());
        assertEquals(written.path(), r.path());
        assertEquals(written.contentHash(), r.contentHash());
        assertEquals(written.title(), r.title());
        assertEquals(written.body(), r.body());
        assertEquals(written.mediaType(), r.mediaType());
        assertEquals(written.format(), r.format());
        assertEquals(written.language(), r.language());
        assertEquals(written.conference(), r.conference());
        assertEquals(written.organiser(), r.organiser());
        assertEquals(written.publisher(), r.publisher());
        assertEquals(written.place(), r.place());
        assertEquals(written.author(), r.author());
        assertEquals(written.description(), r.description());
        assertEquals(written.source(), r.source());
        assertEquals(written.url(), r.url());
        assertEquals(written.date().map(Object::toString), r.date());
        assertEquals(written.updated().map(Object::toString), r.updated());
        assertEquals(Optional.of(written.year().getAsInt()), r.year());
        assertEquals(Optional.of(written.pageCount().getAsInt()), r.pageCount());
        assertEquals(written.passages().size(), r.passageCount());
        assertEquals(passage.entities().people(), r.people());
        assertEquals(passage.entities().organisations(), r.organisations());
        assertEquals(passage.entities().municipalities(), r.municipalities());
        assertEquals(AcronymPairs.fromStored(written.acronyms()).plus(AcronymPairs.fromStored(written.acronymsFromCorpus())).names(),
            r.acronyms().names());
        assertEquals(written.audit().extractedChars(), r.audit().extractedChars());
        assertEquals(written.audit().removed(), r.audit().removed());
      }
    }
  }

  @Test
  void theReadersReadEveryStoredFieldOfTheLayout() {
    assertEquals(stored(FieldSpec.Doc.PASSAGE), new TreeSet<>(StoredPassage.FIELDS));
    assertEquals(stored(FieldSpec.Doc.REPORT), new TreeSet<>(StoredReport.FIELDS));
  }

  private static Set<String> stored(FieldSpec.Doc doc) {
    Set<String> names = new TreeSet<>();
    FieldSpec.ALL.stream().filter(f -> f.storedOn().contains(doc)).forEach(f -> names.add(f.name()));
    return names;
  }
}
