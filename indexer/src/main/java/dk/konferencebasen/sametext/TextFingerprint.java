package dk.konferencebasen.sametext;

import java.nio.ByteBuffer;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Optional;

/**
 * A MinHash fingerprint of a report's cleaned text, so that two files holding the same text
 * (a report exported as DOCX and as ODT, a PDF and its DOCX original, a web page saved twice)
 * can be recognised, and without comparing the texts themselves.
 *
 * <p><b>What is compared.</b> The text is normalised (Unicode NFKC, lower case) and read as
 * words: runs of letters and digits. Everything else — whitespace, line breaks, punctuation,
 * quotes of any kind, dashes — only separates words, so it cannot make two copies differ. The
 * text is then a multiset of word 5-shingles (five consecutive words); the k-th occurrence of a
 * shingle counts as an element of its own, so a text is not "the same" as that text twice, nor
 * as a text that repeats the same few sentences in another order.
 *
 * <p><b>The fingerprint.</b> {@link #SIZE} minimum hash values, by one-permutation hashing: each
 * shingle is hashed once, the top bits of the hash choose one of SIZE bins and each bin keeps the
 * smallest hash it was given. Bins no shingle fell into borrow the value of another bin chosen
 * by a fixed hash sequence ("optimal densification", Shrivastava 2017), so every position of two
 * fingerprints agrees with probability equal to the texts' Jaccard similarity, as with SIZE
 * independent hash functions, but one hash per shingle instead of SIZE. Only the low 16 bits of
 * each minimum are kept ("b-bit MinHash"): two unequal minima then agree by chance once in 65 536,
 * which shifts an estimate by less than 0.0001, and a fingerprint is 256 bytes.
 *
 * <p><b>Accuracy.</b> {@link #similarity} estimates the Jaccard similarity with a standard
 * deviation of sqrt(J(1-J)/128): 0.019 at J = 0.95, 0.027 at J = 0.9, 0.035 at J = 0.8.
 *
 * <p>Texts under {@link #MIN_WORDS} words get no fingerprint: a few words the same (a title page,
 * "Præsentationen kan ikke vises") say nothing about two files being one document.
 */
public final class TextFingerprint {
  /** Positions in a fingerprint. 128 makes the estimate good to about ±0.03 near the threshold. */
  public static final int SIZE = 128;
  public static final int SHINGLE_WORDS = 5;
  public static final int MIN_WORDS = 25;
  /** Bytes of {@link #toBytes()}. */
  public static final int BYTES = SIZE * Short.BYTES;

  private static final int BIN_BITS = Integer.numberOfTrailingZeros(SIZE);
  private static final long EMPTY = Long.MAX_VALUE;

  private final short[] values;

  private TextFingerprint(short[] values) {
    this.values = values;
  }

  /** The fingerprint of a text; empty when it has fewer than {@link #MIN_WORDS} words. */
  public static Optional<TextFingerprint> of(String text) {
    long[] words = wordHashes(text);
    if (words.length < MIN_WORDS) {
      return Optional.empty();
    }
    long[] shingles = new long[words.length - SHINGLE_WORDS + 1];
    for (int i = 0; i < shingles.length; i++) {
      long h = 0;
      for (int j = 0; j < SHINGLE_WORDS; j++) {
        h = (h ^ words[i + j]) * 0x9E3779B97F4A7C15L;
        h = Long.rotateLeft(h, 29);
      }
      shingles[i] = h;
    }
    // Sorted, the occurrences of one shingle are neighbours and can be numbered: the k-th
    // occurrence becomes an element of its own (a multiset read as a set).
    Arrays.sort(shingles);
    long[] bins = new long[SIZE];
    Arrays.fill(bins, EMPTY);
    int occurrence = 0;
    for (int i = 0; i < shingles.length; i++) {
      occurrence = i > 0 && shingles[i] == shingles[i - 1] ? occurrence + 1 : 0;
      long h = mix(shingles[i] + occurrence * 0xD6E8FEB86659FD93L);
      int bin = (int) (h >>> (64 - BIN_BITS));
      long value = h & (-1L >>> BIN_BITS); // the bits below the bin number
      if (value < bins[bin]) {
        bins[bin] = value;
      }
    }
    short[] values = new short[SIZE];
    for (int bin = 0; bin < SIZE; bin++) {
      values[bin] = (short) densified(bins, bin);
    }
    return Optional.of(new TextFingerprint(values));
  }

  /**
   * The bin's minimum, or for an empty bin that of the first non-empty bin in a sequence that
   * depends only on the bin and the attempt, so two texts borrow alike where they agree.
   */
  private static long densified(long[] bins, int bin) {
    if (bins[bin] != EMPTY) {
      return bins[bin];
    }
    for (long attempt = 1; ; attempt++) {
      int other = (int) (mix(bin * 0x9E3779B97F4A7C15L + attempt) >>> (64 - BIN_BITS));
      if (bins[other] != EMPTY) {
        return bins[other];
      }
    }
  }

  /**
   * The estimated Jaccard similarity of the two texts' shingle multisets: the share of
   * positions where the fingerprints agree.
   */
  public double similarity(TextFingerprint other) {
    return agreeing(values, 0, other.values, 0) / (double) SIZE;
  }

  /** Positions where two fingerprints agree, read from flat arrays of many (for the grouping pass). */
  public static int agreeing(short[] a, int fromA, short[] b, int fromB) {
    int same = 0;
    for (int i = 0; i < SIZE; i++) {
      if (a[fromA + i] == b[fromB + i]) {
        same++;
      }
    }
    return same;
  }

  /** The values, in a copy. */
  public short[] values() {
    return values.clone();
  }

  /** As stored in the index: SIZE big-endian 16-bit values. */
  public byte[] toBytes() {
    ByteBuffer buffer = ByteBuffer.allocate(BYTES);
    for (short v : values) {
      buffer.putShort(v);
    }
    return buffer.array();
  }

  /** Reads {@link #toBytes()} back into {@code into}, from position {@code at}. */
  public static void readInto(byte[] bytes, int offset, int length, short[] into, int at) {
    if (length != BYTES) {
      throw new IllegalArgumentException("a fingerprint has " + BYTES + " bytes, not " + length);
    }
    ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, length);
    for (int i = 0; i < SIZE; i++) {
      into[at + i] = buffer.getShort();
    }
  }

  public static TextFingerprint fromBytes(byte[] bytes) {
    short[] values = new short[SIZE];
    readInto(bytes, 0, bytes.length, values, 0);
    return new TextFingerprint(values);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TextFingerprint f && Arrays.equals(values, f.values);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(values);
  }

  /** 64-bit hashes of the text's words, in order, after normalisation. */
  static long[] wordHashes(String text) {
    String normal = Normalizer.normalize(text, Normalizer.Form.NFKC);
    long[] words = new long[Math.max(16, normal.length() / 6)];
    int count = 0;
    long h = 0;
    boolean inWord = false;
    for (int i = 0; i < normal.length(); ) {
      int cp = normal.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetterOrDigit(cp)) {
        // FNV-1a over the lower-cased code points
        h = ((inWord ? h : 0xCBF29CE484222325L) ^ Character.toLowerCase(cp)) * 0x100000001B3L;
        inWord = true;
      } else if (inWord) {
        if (count == words.length) {
          words = Arrays.copyOf(words, count * 2);
        }
        words[count++] = mix(h);
        inWord = false;
      }
    }
    if (inWord) {
      if (count == words.length) {
        words = Arrays.copyOf(words, count + 1);
      }
      words[count++] = mix(h);
    }
    return Arrays.copyOf(words, count);
  }

  /** SplitMix64's finaliser: every input bit moves every output bit. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
