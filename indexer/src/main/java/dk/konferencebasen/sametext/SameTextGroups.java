package dk.konferencebasen.sametext;

import static dk.konferencebasen.sametext.TextFingerprint.SIZE;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the groups of texts with (nearly) the same text among many fingerprints, without
 * comparing every pair: locality-sensitive hashing proposes candidate pairs, the fingerprints
 * confirm them, and confirmed pairs are joined into groups (union-find, so a group is what the
 * confirmed pairs connect).
 *
 * <p><b>Threshold.</b> Two texts are the same text when their estimated Jaccard similarity is
 * at least {@link #THRESHOLD} (116 of 128 positions agree). Measured on a seed report through
 * the whole pipeline ({@code SameTextThresholdTest}, exact / estimated): its exports to PDF,
 * DOCX, ODT, PPTX, HTML, RTF and Markdown 1.0, to EPUB 0.95 (the title once more), the original
 * web-page text with its breadcrumb 0.99, a copy with a paragraph of metadata more (24 words in
 * 530) 0.95, the page saved with menu and footer 0.97; against that a revision with the longest
 * of its ten paragraphs rewritten 0.77 / 0.71, an excerpt of two thirds 0.59 and the other seed
 * report on the same topic 0.0. 0.9 lies in the gap: the nearest copies (0.95) are 2.5 standard
 * deviations of the estimate above it, the revision 3.7 below. A shorter report has a narrower
 * gap: the same paragraph of metadata on a text of 200 words would keep the two apart.
 *
 * <p><b>Candidates.</b> The 128 positions are cut into 16 bands of 8. Two texts are a candidate
 * pair when all 8 positions of some band agree: with similarity J that happens with
 * probability 1 − (1 − J⁸)¹⁶, which is 0.9999 at J = 0.9, 0.95 at 0.8 and 0.06 at 0.5, so a
 * pair above the threshold is practically never missed while unrelated texts are almost never
 * compared. Each band is one sort of a long per text (band hash in the high bits, the text's
 * number in the low bits) and a scan for equal neighbours: O(n log n), no map of buckets.
 */
public final class SameTextGroups {
  public static final double THRESHOLD = 0.9;
  static final int BANDS = 16;
  static final int ROWS = SIZE / BANDS;
  static final int MIN_AGREEING = (int) Math.ceil(THRESHOLD * SIZE);
  /**
   * A bucket larger than this (many copies of one text, or many texts sharing a band by chance)
   * is checked along a chain, each text against the first and the previous, not pair by pair.
   */
  private static final int ALL_PAIRS_UP_TO = 32;

  /** The groups (text numbers, ascending; groups ordered by their first) and how many pairs were compared. */
  public record Result(List<int[]> groups, long compared) {}

  private final short[] fingerprints;
  private final int[] parent;
  private long compared;

  private SameTextGroups(short[] fingerprints, int n) {
    this.fingerprints = fingerprints;
    this.parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
  }

  /**
   * @param fingerprints the values of n fingerprints one after the other ({@link TextFingerprint#SIZE} each)
   * @return the groups of two or more texts
   */
  public static Result find(short[] fingerprints, int n) {
    if (fingerprints.length < (long) n * SIZE) {
      throw new IllegalArgumentException(n + " fingerprints need " + (long) n * SIZE + " values");
    }
    SameTextGroups groups = new SameTextGroups(fingerprints, n);
    if (n > 1) {
      for (int band = 0; band < BANDS; band++) {
        groups.joinWithin(band, n);
      }
    }
    return new Result(groups.collect(n), groups.compared);
  }

  private void joinWithin(int band, int n) {
    int indexBits = 32 - Integer.numberOfLeadingZeros(n - 1);
    long hashMask = -1L << indexBits;
    long[] keys = new long[n];
    for (int i = 0; i < n; i++) {
      keys[i] = (bandHash(i, band) & hashMask) | i;
    }
    Arrays.sort(keys);
    int start = 0;
    for (int k = 1; k <= n; k++) {
      if (k == n || (keys[k] & hashMask) != (keys[start] & hashMask)) {
        if (k - start > 1) {
          joinBucket(keys, start, k, ~hashMask);
        }
        start = k;
      }
    }
  }

  private void joinBucket(long[] keys, int from, int to, long indexMask) {
    if (to - from <= ALL_PAIRS_UP_TO) {
      for (int a = from; a < to; a++) {
        for (int b = a + 1; b < to; b++) {
          joinIfSame((int) (keys[a] & indexMask), (int) (keys[b] & indexMask));
        }
      }
    } else {
      int first = (int) (keys[from] & indexMask);
      for (int k = from + 1; k < to; k++) {
        int text = (int) (keys[k] & indexMask);
        joinIfSame(first, text);
        joinIfSame((int) (keys[k - 1] & indexMask), text);
      }
    }
  }

  private void joinIfSame(int a, int b) {
    int ra = root(a);
    int rb = root(b);
    if (ra == rb) {
      return;
    }
    compared++;
    if (TextFingerprint.agreeing(fingerprints, a * SIZE, fingerprints, b * SIZE) >= MIN_AGREEING) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }

  private int root(int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]]; // path halving
      i = parent[i];
    }
    return i;
  }

  private long bandHash(int text, int band) {
    long h = band * 0x9E3779B97F4A7C15L;
    int from = text * SIZE + band * ROWS;
    for (int r = 0; r < ROWS; r++) {
      h = (h ^ (fingerprints[from + r] & 0xFFFF)) * 0xBF58476D1CE4E5B9L;
      h = Long.rotateLeft(h, 23);
    }
    return TextFingerprint.mix(h);
  }

  private List<int[]> collect(int n) {
    Map<Integer, List<Integer>> byRoot = new HashMap<>();
    for (int i = 0; i < n; i++) {
      int r = root(i); // a group's root is its smallest member, so it comes first
      if (r != i) {
        byRoot.computeIfAbsent(r, k -> new ArrayList<>(List.of(k))).add(i);
      }
    }
    List<int[]> groups = new ArrayList<>();
    for (List<Integer> members : byRoot.values()) {
      groups.add(members.stream().mapToInt(Integer::intValue).toArray());
    }
    groups.sort((x, y) -> Integer.compare(x[0], y[0]));
    return groups;
  }
}
