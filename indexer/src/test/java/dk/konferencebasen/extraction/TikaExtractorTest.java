package dk.konferencebasen.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;

import dk.konferencebasen.testing.Corpus;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ThreadPoolExecutor;
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
    // close() shuts the pool down: its idle threads are interrupted then and end. A pool left
    // running keeps an idle thread waiting for work for its keep-alive (a minute), then lets it
    // end as well, so waiting for the end alone would not tell, and a time limit on that wait was
    // a window. Instead, until each thread has ended, it must never be seen waiting in the pool's
    // queue for work with no interrupt pending: the state of a pool not shut down.
    for (Thread t : own) {
      while (t.isAlive()) {
        boolean interruptPending = t.isInterrupted(); // read first: once cleared, the thread never waits for work again
        StackTraceElement[] stack = t.getStackTrace();
        boolean waitingForWork = !interruptPending && t.getState() == Thread.State.TIMED_WAITING
            && Arrays.stream(stack).anyMatch(f -> f.getClassName().equals(ThreadPoolExecutor.class.getName())
                && f.getMethodName().equals("getTask"));
        assertFalse(waitingForWork, t + " waits for more work after close(): " + Arrays.toString(stack));
        Thread.sleep(1); // back-off between looks, not a time limit
      }
    }
  }
}
