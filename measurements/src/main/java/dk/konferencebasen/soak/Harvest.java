package dk.konferencebasen.soak;

import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * What the clients learn from answers and use in later requests: report and passage ids (for
 * /api/documents), next-page cursors with the search they continue, and every index commit an
 * answer named (the proof that the server picked up the re-index's commits). Thread-safe; the
 * rings keep only the latest few, so memory stays flat however long the soak runs.
 */
final class Harvest {
  private static final int RING = 256;

  /** A cursor and the query string (without cursor) of the search it came from. */
  record Page(String search, String cursor) {}

  private final AtomicReferenceArray<String> ids = new AtomicReferenceArray<>(RING);
  private final AtomicInteger nextId = new AtomicInteger();
  private final AtomicReferenceArray<Page> pages = new AtomicReferenceArray<>(RING);
  private final AtomicInteger nextPage = new AtomicInteger();
  private final Set<String> commits = ConcurrentHashMap.newKeySet();

  void id(String id) {
    ids.set(Math.floorMod(nextId.getAndIncrement(), RING), id);
  }

  void page(String search, String cursor) {
    pages.set(Math.floorMod(nextPage.getAndIncrement(), RING), new Page(search, cursor));
  }

  void commit(String commit) {
    commits.add(commit);
  }

  Optional<String> anyId(Random random) {
    return Optional.ofNullable(ids.get(filledSlot(nextId, random)));
  }

  Optional<Page> anyPage(Random random) {
    return Optional.ofNullable(pages.get(filledSlot(nextPage, random)));
  }

  /** A slot written already (slots fill from 0 up, then wrap), so an early pick is not mostly empty. */
  private static int filledSlot(AtomicInteger written, Random random) {
    int filled = Math.min(Math.max(written.get(), 1), RING);
    return random.nextInt(filled);
  }

  /** How many distinct commits answers named; asked before every request, so without a copy. */
  int commitCount() {
    return commits.size();
  }
}
