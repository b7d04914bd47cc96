package dk.konferencebasen.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.konferencebasen.testing.Corpus;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TikaExtractorTest {
  private static Set<Thread> parseThreads() {
    Set<Thread> threads = new HashSet<>();
    Thread.getAllStackTraces().keySet().forEach(t -> {
      if (t.getName().equals("tika-parse") && t.isAlive()) {
        threads.add(t);
      }
    });
    return threads;
  }

  @Test
  void closingLetsItsParseThreadsGo() throws Exception {
    Set<Thread> before = parseThreads();
    TikaExtractor extractor = new TikaExtractor(ExtractionLimits.DEFAULT);
    assertFalse(extractor.extract(Corpus.seed(Corpus.SEED_000)).paragraphs().isEmpty());
    Set<Thread> own = parseThreads();
    own.removeAll(before);
    assertFalse(own.isEmpty(), "the parse ran on a thread of the extractor's own");

    extractor.close();
    for (Thread t : own) {
      t.join(10_000);
      assertTrue(!t.isAlive(), t + " still runs after close()");
    }
  }
}
