package dk.konferencebasen.indexing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class CommitPolicyTest {
  private static final long SECOND = 1_000_000_000L;

  /** The files after which the policy commits, indexing one file per {@code nanosPerFile}. */
  private static List<Integer> commitsAfter(int files, long nanosPerFile) {
    AtomicLong clock = new AtomicLong();
    CommitPolicy policy = new CommitPolicy(clock::get);
    List<Integer> commits = new ArrayList<>();
    for (int file = 1; file <= files; file++) {
      clock.addAndGet(nanosPerFile);
      if (policy.fileIndexed()) {
        commits.add(file);
      }
    }
    return commits;
  }

  @Test
  void firstCommitAfterTwoHundredFilesThenAtMostEveryThirtySeconds() {
    // 100 files a second: the first commit at file 200 (2 s), then every 30 s = 3 000 files
    assertEquals(List.of(200, 3200, 6200, 9200), commitsAfter(10_000, SECOND / 100));
  }

  @Test
  void slowFilesStillWaitForTwoHundredOfThem() {
    // one file a second: 30 s pass long before 200 files do
    assertEquals(List.of(200, 400, 600), commitsAfter(600, SECOND));
  }

  @Test
  void aSmallRunCommitsOnlyAtTheEnd() {
    assertEquals(List.of(), commitsAfter(199, SECOND / 100));
  }
}
