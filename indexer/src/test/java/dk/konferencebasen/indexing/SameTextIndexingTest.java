package dk.konferencebasen.indexing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.konferencebasen.extraction.ExtractionLimits;
import dk.konferencebasen.fixtures.FormatFixtures;
import dk.konferencebasen.fixtures.FormatFixtures.Format;
import dk.konferencebasen.schema.IndexSchema;
import dk.konferencebasen.schema.ReportIds;
import dk.konferencebasen.testing.Corpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The grouping pass on a real index: the same report as DOCX and ODT shares a group key (on the
 * report documents); a different report on the same topic does not; a near copy
 * joins later and the key moves to the new smallest path; removing copies dissolves the group.
 */
class SameTextIndexingTest {
  @TempDir Path tmp;

  private static IndexRunSummary index(Path corpus, Path index) throws Exception {
    IndexRunSummary summary = new Indexer().run(
        new Indexer.Options(corpus, index, false, 2, ExtractionLimits.DEFAULT), ProgressListener.SILENT);
    assertTrue(summary.failed().isEmpty(), summary.describe());
    return summary;
  }

  /** The group key of each live report (null: none), by report id; fails if a passage has one. */
  private static Map<String, Long> keys(Path index) throws IOException {
    Map<String, Long> byReport = new HashMap<>();
    try (FSDirectory dir = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(dir)) {
      for (LeafReaderContext leaf : reader.leaves()) {
        NumericDocValues keys = leaf.reader().getNumericDocValues(IndexSchema.SAME_TEXT_GROUP);
        var ids = leaf.reader().getSortedDocValues(IndexSchema.REPORT_ID);
        java.util.BitSet reports = new java.util.BitSet();
        PostingsEnum reportDocs = leaf.reader().postings(new Term(IndexSchema.TYPE, IndexSchema.TYPE_REPORT));
        for (int doc = reportDocs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = reportDocs.nextDoc()) {
          reports.set(doc);
        }
        for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
          if (leaf.reader().getLiveDocs() != null && !leaf.reader().getLiveDocs().get(doc)) {
            continue;
          }
          Long key = keys != null && keys.advanceExact(doc) ? keys.longValue() : null;
          if (!reports.get(doc)) {
            assertNull(key, "a passage has no key of its own: its report has it");
            continue;
          }
          assertTrue(ids.advanceExact(doc));
          byReport.put(ids.lookupOrd(ids.ordValue()).utf8ToString(), key);
        }
      }
    }
    return byReport;
  }

  private static boolean hasFingerprint(Path index, String path) throws IOException {
    try (FSDirectory dir = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(dir)) {
      for (LeafReaderContext leaf : reader.leaves()) {
        PostingsEnum docs = leaf.reader().postings(new Term(IndexSchema.PATH, path));
        if (docs != null && docs.nextDoc() != DocIdSetIterator.NO_MORE_DOCS) {
          var fingerprint = leaf.reader().getBinaryDocValues(IndexSchema.FINGERPRINT);
          return fingerprint != null && fingerprint.advanceExact(docs.docID());
        }
      }
    }
    throw new AssertionError("no report " + path);
  }

  private static Long key(Map<String, Long> keys, String path) {
    String id = ReportIds.reportId(path);
    assertTrue(keys.containsKey(id), "indexed: " + path);
    return keys.get(id);
  }

  private static long keyOf(String path) {
    return ReportIds.groupKey(ReportIds.reportId(path));
  }

  @Test
  void copiesShareAKeyThatFollowsTheFilesAsTheyComeAndGo() throws Exception {
    FormatFixtures.Document uim = FormatFixtures.readPlainText(Corpus.seed(Corpus.SEED_000));
    Path corpus = tmp.resolve("corpus");
    FormatFixtures.write(Format.DOCX, corpus, "uim", uim.title(), uim.paragraphs());
    FormatFixtures.write(Format.ODT, corpus, "uim", uim.title(), uim.paragraphs());
    Corpus.copySeed(Corpus.SEED_002, corpus); // Faxe: also on integration, another report
    Files.writeString(corpus.resolve("kort.txt"), "Program\n\nKaffe og velkomst.\n"); // too short to compare
    Path index = tmp.resolve("index");

    IndexRunSummary first = index(corpus, index);
    Map<String, Long> keys = keys(index);
    assertEquals(keyOf("uim.docx"), key(keys, "uim.docx"), "the smallest path names the group");
    assertEquals(keyOf("uim.docx"), key(keys, "uim.odt"));
    assertNull(key(keys, Corpus.SEED_002), "another report on the same topic stays alone");
    assertNull(key(keys, "kort.txt"));
    assertEquals(1, first.sameTextGroups());
    assertEquals(2, first.sameTextReports());
    assertTrue(first.describe().contains("same text: 2 reports in 1 group"), first.describe());
    assertTrue(hasFingerprint(index, "uim.odt"));
    assertTrue(!hasFingerprint(index, "kort.txt"), "under 25 words: no fingerprint");

    // A later run brings a near copy (a paragraph of metadata more) whose path sorts first.
    List<String> more = new ArrayList<>(uim.paragraphs());
    more.add("Udgivet af Udlændinge- og Integrationsministeriet. Senest opdateret 16. september 2020. "
        + "Kontakt ministeriets presseafdeling for yderligere oplysninger om arrangementet.");
    FormatFixtures.write(Format.PDF, corpus.resolve("arkiv"), "uim-tilrettet", uim.title(), more);
    IndexRunSummary second = index(corpus, index);
    assertEquals(List.of("arkiv/uim-tilrettet.pdf"), second.indexed());
    keys = keys(index);
    long arkiv = keyOf("arkiv/uim-tilrettet.pdf");
    for (String path : List.of("arkiv/uim-tilrettet.pdf", "uim.docx", "uim.odt")) {
      assertEquals(arkiv, key(keys, path), path + " moved to the new smallest path's key");
    }
    assertNull(key(keys, Corpus.SEED_002));

    // An unchanged run changes nothing.
    index(corpus, index);
    assertEquals(keys, keys(index));

    // Copies removed: the group shrinks, then dissolves.
    Files.delete(corpus.resolve("arkiv/uim-tilrettet.pdf"));
    index(corpus, index);
    keys = keys(index);
    assertEquals(keyOf("uim.docx"), key(keys, "uim.odt"));
    Files.delete(corpus.resolve("uim.odt"));
    IndexRunSummary last = index(corpus, index);
    keys = keys(index);
    assertNull(key(keys, "uim.docx"), "alone again: no key");
    assertEquals(0, last.sameTextGroups());
    assertTrue(!last.describe().contains("same text"), last.describe());
  }

  @Test
  void aRebuildGivesTheSameKeys() throws Exception {
    FormatFixtures.Document faxe = FormatFixtures.readPlainText(Corpus.seed(Corpus.SEED_002));
    Path corpus = tmp.resolve("corpus");
    FormatFixtures.write(Format.HTML, corpus, "faxe", faxe.title(), faxe.paragraphs());
    FormatFixtures.write(Format.RTF, corpus.resolve("b"), "faxe", faxe.title(), faxe.paragraphs());
    Path index = tmp.resolve("index");
    index(corpus, index);
    Map<String, Long> incremental = keys(index);
    new Indexer().run(new Indexer.Options(corpus, index, true, 1, ExtractionLimits.DEFAULT), ProgressListener.SILENT);
    assertEquals(incremental, keys(index));
    assertNotNull(key(incremental, "b/faxe.rtf"));
    assertEquals(keyOf("b/faxe.rtf"), key(incremental, "faxe.html"), "\"b/faxe.rtf\" sorts before \"faxe.html\"");
  }
}
