package dk.konferencebasen.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.konferencebasen.extraction.ExtractionLimits;
import dk.konferencebasen.fixtures.FormatFixtures;
import dk.konferencebasen.fixtures.FormatFixtures.Format;
import dk.konferencebasen.indexing.IndexRunSummary;
import dk.konferencebasen.indexing.Indexer;
import dk.konferencebasen.indexing.ProgressListener;
import dk.konferencebasen.testing.Corpus;
import dk.konferencebasen.testing.IndexProbe;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A corpus of hostile files made here, in a temporary folder. The run must
 * finish, account for every file (indexed, or failed with a reason), index the good ones, and
 * keep the heap bounded. No clock decides anything: none of these files hangs a parser, so the
 * parse time limit is one no file reaches (a 20 MB web page among them must not fail on a busy
 * machine), and the run is not timed.
 */
class HostileCorpusTest {
  /** Lower than the default so that the sparse file is over it without being huge. */
  private static final long MAX_FILE_BYTES = 100L * 1024 * 1024;
  private static final ExtractionLimits LIMITS =
      new ExtractionLimits(MAX_FILE_BYTES, Duration.ofDays(1), ExtractionLimits.DEFAULT.maxChars());

  private static final List<String> GOOD_TEXT = List.of(
      "Kommunerne fortalte om sprogundervisning og samarbejdet med frivillige foreninger i Aalborg.",
      "Jobcentret i Odense viste hvordan virksomhedspraktik hjælper nyankomne flygtninge i arbejde.");
  private static final String LONG_NAME = "r".repeat(196) + ".txt"; // 200 characters

  @TempDir Path tmp;

  @Test
  void aHostileCorpusIsIndexedWithEveryBadFileReportedAndTheHeapBounded() throws Exception {
    Path corpus = tmp.resolve("corpus");
    Files.createDirectories(corpus);
    Map<String, String> expectedFailure = new HashMap<>(); // path → a word the reason must contain
    Set<String> expectedIndexed = new HashSet<>();
    Set<String> eitherWay = new HashSet<>(); // may be read partially or refused: both are fine

    // --- the seeds, and valid files with odd names
    Corpus.copySeed(Corpus.SEED_000, corpus);
    Corpus.copySeed(Corpus.SEED_002, corpus);
    expectedIndexed.addAll(List.of(Corpus.SEED_000, Corpus.SEED_002));
    for (String name : List.of("med mellemrum i navnet.txt", "Århus æøå ÆØÅ rapport.txt", LONG_NAME)) {
      Files.writeString(corpus.resolve(name), "Titel\n\n" + String.join("\n\n", GOOD_TEXT), StandardCharsets.UTF_8);
      expectedIndexed.add(name);
    }

    // --- corrupt and truncated PDF and DOCX, cut from valid ones
    Path valid = tmp.resolve("valid");
    byte[] pdf = Files.readAllBytes(FormatFixtures.write(Format.PDF, valid, "gyldig", "Integrationstræf", GOOD_TEXT));
    byte[] docx = Files.readAllBytes(FormatFixtures.write(Format.DOCX, valid, "gyldig", "Integrationstræf", GOOD_TEXT));
    Files.write(corpus.resolve("afkortet.pdf"), Arrays.copyOf(pdf, pdf.length / 3));
    Files.write(corpus.resolve("afkortet.docx"), Arrays.copyOf(docx, docx.length / 3));
    Files.write(corpus.resolve("korrupt.pdf"), scramble(pdf, 1));
    Files.write(corpus.resolve("korrupt.docx"), scramble(docx, 2));
    // PDFBox reads what it can of a damaged PDF, so these may come out with some text
    eitherWay.addAll(List.of("afkortet.pdf", "korrupt.pdf", "korrupt.docx"));
    expectedFailure.put("afkortet.docx", ""); // a zip without its central directory

    // --- an encrypted PDF
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      StandardProtectionPolicy policy = new StandardProtectionPolicy("ejer", "hemmeligt", new AccessPermission());
      policy.setEncryptionKeyLength(128);
      doc.protect(policy);
      doc.save(corpus.resolve("krypteret.pdf").toFile());
    }
    expectedFailure.put("krypteret.pdf", "encrypted");

    // --- a zip bomb (200 MB of zeros, a few hundred kB on disk) and a zip nested 20 levels deep
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(corpus.resolve("bombe.zip")))) {
      zip.putNextEntry(new ZipEntry("nuller.txt"));
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 200; i++) {
        zip.write(zeros);
      }
      zip.closeEntry();
    }
    expectedFailure.put("bombe.zip", "archive");
    byte[] nested = String.join("\n\n", GOOD_TEXT).getBytes(StandardCharsets.UTF_8);
    String inner = "inderst.txt";
    for (int level = 0; level < 20; level++) {
      nested = zipOf(inner, nested);
      inner = "niveau" + level + ".zip";
    }
    Files.write(corpus.resolve("indlejret.zip"), nested);
    expectedFailure.put("indlejret.zip", "archive");

    // --- empty, over the size limit (sparse: no real disk use), binary named .txt, invalid UTF-8
    Files.createFile(corpus.resolve("tom.pdf"));
    expectedFailure.put("tom.pdf", "empty");
    try (RandomAccessFile sparse = new RandomAccessFile(corpus.resolve("kæmpe.pdf").toFile(), "rw")) {
      sparse.setLength(MAX_FILE_BYTES * 3);
    }
    expectedFailure.put("kæmpe.pdf", "over the limit");
    byte[] noise = new byte[64 * 1024];
    new Random(6).nextBytes(noise);
    Files.write(corpus.resolve("binær.txt"), noise);
    expectedFailure.put("binær.txt", "");
    ByteArrayOutputStream invalid = new ByteArrayOutputStream();
    invalid.write("Sprogundervisning i kommunerne\n\n".getBytes(StandardCharsets.UTF_8));
    invalid.write(new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE, (byte) 0xE6, (byte) 0x80});
    invalid.write(String.join("\n\n", GOOD_TEXT).getBytes(StandardCharsets.UTF_8));
    Files.write(corpus.resolve("ugyldig-utf8.txt"), invalid.toByteArray());
    expectedIndexed.add("ugyldig-utf8.txt"); // Tika falls back to a single-byte charset

    // --- HTML with scripts and a 20 MB inline data: URI
    Path html = corpus.resolve("side.html");
    try (OutputStream out = Files.newOutputStream(html)) {
      out.write(("<!doctype html><html lang=\"da\"><head><title>Integrationstræf</title>"
          + "<script>var hemmeligtScript = 'SCRIPTMARKØR';</script></head><body>"
          + "<h1>Integrationstræf</h1><p>" + GOOD_TEXT.get(0) + "</p><img alt=\"\" src=\"data:image/png;base64,")
          .getBytes(StandardCharsets.UTF_8));
      byte[] base64 = "QUFB".repeat(1024).getBytes(StandardCharsets.US_ASCII);
      for (int written = 0; written < 20 * 1024 * 1024; written += base64.length) {
        out.write(base64);
      }
      out.write(("\"><script>document.write('SCRIPTMARKØR')</script><p>" + GOOD_TEXT.get(1) + "</p></body></html>")
          .getBytes(StandardCharsets.UTF_8));
    }
    expectedIndexed.add("side.html");

    // --- a symlink loop and an unreadable file
    Files.createDirectories(corpus.resolve("undermappe"));
    Files.createSymbolicLink(corpus.resolve("undermappe/løkke"), corpus);
    expectedFailure.put("undermappe/løkke", "loop");
    Path locked = corpus.resolve("ulæselig.txt");
    Files.writeString(locked, String.join("\n\n", GOOD_TEXT), StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    // As root (as in CI containers) file permissions do not stop reading: then the file is simply
    // a good file. As an ordinary user it must be reported as unreadable.
    boolean permissionsEnforced = !Files.isReadable(locked);
    if (permissionsEnforced) {
      expectedFailure.put("ulæselig.txt", "read");
    } else {
      expectedIndexed.add("ulæselig.txt");
    }

    // --- run, sampling the heap while it runs
    Runtime runtime = Runtime.getRuntime();
    System.gc();
    long heapBefore = runtime.totalMemory() - runtime.freeMemory();
    AtomicLong heapPeak = new AtomicLong(heapBefore);
    AtomicBoolean running = new AtomicBoolean(true);
    Thread sampler = new Thread(() -> {
      while (running.get()) {
        heapPeak.accumulateAndGet(runtime.totalMemory() - runtime.freeMemory(), Math::max);
        try {
          // a sampling period, not a time limit: a busier machine samples less often and so sees
          // at most the true peak, which is what the bound below is on
          Thread.sleep(20);
        } catch (InterruptedException e) {
          return;
        }
      }
    });
    sampler.setDaemon(true);
    sampler.start();
    Path index = tmp.resolve("index");
    long began = System.nanoTime();
    IndexRunSummary summary = new Indexer().run(new Indexer.Options(corpus, index, false, 2, LIMITS), ProgressListener.SILENT);
    long tookMs = (System.nanoTime() - began) / 1_000_000;
    running.set(false);
    sampler.join();
    System.gc();
    long heapAfter = runtime.totalMemory() - runtime.freeMemory();
    System.out.printf("hostile corpus: %d indexed, %d failed in %d ms; heap %d MB before, peak %d MB, %d MB after%n%s",
        summary.indexed().size(), summary.failed().size(), tookMs,
        heapBefore >> 20, heapPeak.get() >> 20, heapAfter >> 20, summary.describe());

    // --- every file is accounted for exactly once
    Map<String, String> failed = new HashMap<>();
    summary.failed().forEach(f -> failed.put(f.path(), f.reason()));
    for (IndexRunSummary.Failure f : summary.failed()) {
      assertFalse(f.reason() == null || f.reason().isBlank(), "a reason for " + f.path());
      assertFalse(summary.indexed().contains(f.path()), f.path() + " both indexed and failed");
    }
    for (String path : expectedIndexed) {
      assertTrue(summary.indexed().contains(path), path + " should be indexed: " + summary.describe());
    }
    for (Map.Entry<String, String> e : expectedFailure.entrySet()) {
      String reason = failed.get(e.getKey());
      assertTrue(reason != null, e.getKey() + " should be reported as failed: " + summary.describe());
      assertTrue(reason.contains(e.getValue()), e.getKey() + ": reason '" + reason + "' should mention " + e.getValue());
    }
    for (String path : eitherWay) {
      assertTrue(summary.indexed().contains(path) || failed.containsKey(path), path + " is not accounted for");
    }
    assertEquals(expectedIndexed.size() + expectedFailure.size() + eitherWay.size(),
        summary.indexed().size() + summary.failed().size(), "nothing else indexed or failed: " + summary.describe());

    // --- what was indexed is searchable, and script text is not in it
    try (IndexProbe probe = IndexProbe.open(index)) {
      assertEquals(summary.indexed().size(), probe.reportCount());
      assertTrue(probe.reportsMatching("virksomhedspraktik").contains("side.html"));
      assertTrue(probe.reportsMatching("SCRIPTMARKØR").isEmpty(), "script content must not be indexed");
      assertTrue(probe.reportsMatching("virksomhedspraktik").contains(LONG_NAME));
    }

    // --- memory: generous bounds (the heap is 2 GB in the tests), a hang guard for leaks
    assertTrue(heapPeak.get() - heapBefore < 1_200L << 20, "peak heap growth " + ((heapPeak.get() - heapBefore) >> 20) + " MB");
    assertTrue(heapAfter - heapBefore < 300L << 20, "retained heap growth " + ((heapAfter - heapBefore) >> 20) + " MB");
  }

  /** A copy with a run of garbage in the middle, where the document's body is. */
  private static byte[] scramble(byte[] valid, long seed) {
    byte[] copy = valid.clone();
    byte[] garbage = new byte[Math.max(64, copy.length / 4)];
    new Random(seed).nextBytes(garbage);
    System.arraycopy(garbage, 0, copy, copy.length / 3, Math.min(garbage.length, copy.length - copy.length / 3));
    return copy;
  }

  private static byte[] zipOf(String name, byte[] content) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry(name));
      zip.write(content);
      zip.closeEntry();
    }
    return bytes.toByteArray();
  }
}
