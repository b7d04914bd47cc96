package dk.konferencebasen.sametext;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SameTextGroupsTest {
  private static final Random RANDOM = new Random(11);

  private static String randomText(int words) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < words; i++) {
      text.append("ord").append(RANDOM.nextInt(5000)).append(' ');
    }
    return text.toString();
  }

  private static short[] flat(List<String> texts) {
    short[] values = new short[texts.size() * TextFingerprint.SIZE];
    for (int i = 0; i < texts.size(); i++) {
      short[] f = TextFingerprint.of(texts.get(i)).orElseThrow().values();
      System.arraycopy(f, 0, values, i * TextFingerprint.SIZE, TextFingerprint.SIZE);
    }
    return values;
  }

  private static List<int[]> groups(List<String> texts) {
    return SameTextGroups.find(flat(texts), texts.size()).groups();
  }

  @Test
  void copiesGroupAndOthersStayAlone() {
    String a = randomText(600);
    String b = randomText(600);
    String c = randomText(600);
    List<String> texts = List.of(a, b, a, c, a + " Udgivet af Faxe Kommune, senest opdateret 16.09.2020.", b);
    List<int[]> groups = groups(texts);
    assertEquals(2, groups.size());
    assertArrayEquals(new int[] {0, 2, 4}, groups.get(0), "a, its copy and its copy with a line more");
    assertArrayEquals(new int[] {1, 5}, groups.get(1));
  }

  @Test
  void nothingOrOneTextHasNoGroups() {
    assertEquals(List.of(), SameTextGroups.find(new short[0], 0).groups());
    assertEquals(List.of(), groups(List.of(randomText(100))));
  }

  @Test
  void manyDifferentTextsGroupNothingAndCompareFewPairs() {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 2000; i++) {
      texts.add(randomText(200));
    }
    SameTextGroups.Result result = SameTextGroups.find(flat(texts), texts.size());
    assertEquals(List.of(), result.groups());
    assertTrue(result.compared() < 100, "candidate pairs among unrelated texts: " + result.compared());
  }

  /** A hundred copies of one text fill one bucket of every band; they are joined along a chain, not pair by pair. */
  @Test
  void manyCopiesOfOneTextAreOneGroupWithoutComparingEveryPair() {
    String text = randomText(300);
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      texts.add(i % 10 == 0 ? randomText(300) : text);
    }
    SameTextGroups.Result result = SameTextGroups.find(flat(texts), texts.size());
    assertEquals(1, result.groups().size());
    assertEquals(90, result.groups().get(0).length);
    assertTrue(result.compared() < 200, "compared " + result.compared() + " pairs, not 90·89/2");
  }
}
