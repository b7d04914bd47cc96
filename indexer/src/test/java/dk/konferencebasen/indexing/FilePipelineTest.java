package dk.konferencebasen.indexing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.konferencebasen.corpus.CorpusFile;
import dk.konferencebasen.corpus.Sidecar;
import dk.konferencebasen.extraction.ExtractionLimits;
import dk.konferencebasen.extraction.TikaExtractor;
import dk.konferencebasen.schema.AcronymPairs;
import dk.konferencebasen.schema.IndexSchema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What becomes of one file: indexed as a block, unchanged by its hash, or failed with a reason. */
class FilePipelineTest {
  @TempDir Path corpus;

  @Test
  void aFileIsIndexedThenUnchangedAndABrokenSidecarFailsItWithTheReason() throws Exception {
    Path text = Files.writeString(corpus.resolve("dag.txt"), "Frivillige i Faxe\n\n"
        + "Faxe Kommune fortalte om de frivillige, der hjælper nye borgere med sproget og med at finde arbejde.\n");
    CorpusFile file = new CorpusFile(text, "dag.txt", Files.size(text));
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
         IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(IndexSchema.analyzer()));
         TikaExtractor extractor = new TikaExtractor(ExtractionLimits.DEFAULT)) {
      FilePipeline pipeline = new FilePipeline(writer, extractor, new SiteTemplate(List.of(file)), ExtractionLimits.DEFAULT, corpus);

      FileOutcome.Indexed indexed = assertInstanceOf(FileOutcome.Indexed.class, pipeline.index(file, null, AcronymPairs.NONE));
      assertEquals("dag.txt", indexed.path());
      assertTrue(indexed.passages() >= 1);
      writer.commit();
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        assertEquals(1, searcher.count(IndexSchema.reportsOnly()));
        assertEquals(indexed.passages(), searcher.count(IndexSchema.passagesOnly()));
      }

      String hash = ContentHash.of(text, Sidecar.pathFor(text));
      assertEquals(new FileOutcome.Unchanged("dag.txt"), pipeline.index(file, hash, AcronymPairs.NONE));

      Files.writeString(Sidecar.pathFor(text), "{\"titel\": \"Frivillige\"}");
      FileOutcome.Failed failed = assertInstanceOf(FileOutcome.Failed.class, pipeline.index(file, hash, AcronymPairs.NONE));
      assertTrue(failed.reason().contains("titel"), "the reason names the unknown key: " + failed.reason());
    }
  }
}
