package dk.konferencebasen.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LayoutWhitespaceTest {
  /** The three regular expressions LayoutWhitespace replaced: the meaning it must keep. */
  private static List<String> byRegex(String block) {
    Pattern blankLines = Pattern.compile("\\n[ \\t\\u00A0]*\\n\\s*");
    Pattern spaces = Pattern.compile("[ \\t\\u00A0\\u2000-\\u200A\\u202F]+");
    Pattern spaceAroundNewline = Pattern.compile(" ?\\n ?");
    List<String> out = new ArrayList<>();
    for (String p : blankLines.split(block.replace("\r\n", "\n").replace('\r', '\n'))) {
      String cleaned = spaceAroundNewline.matcher(spaces.matcher(p).replaceAll(" ")).replaceAll("\n").strip();
      if (!cleaned.isEmpty()) {
        out.add(cleaned);
      }
    }
    return out;
  }

  private static List<String> byHand(String block) {
    List<String> out = new ArrayList<>();
    LayoutWhitespace.paragraphs(block, out);
    return out;
  }

  @Test
  void cutsAtBlankLinesAndRemovesLayoutSpaces() {
    assertEquals(List.of("Første afsnit\nfortsætter her.", "Andet afsnit med luft."),
        byHand("  Første  afsnit \n   fortsætter\ther.\r\n \u00A0\r\n\n  Andet\u2003afsnit   med luft.  \n"));
  }

  @Test
  void agreesWithTheRegularExpressionsOnRandomLayout() {
    char[] alphabet = {'a', 'æ', 'ø', 'B', '.', ' ', ' ', '\t', '\n', '\n', '\r', '\u00A0', '\u2003', '\u2007',
        '\u202F', '\u000B', '\f', '\u3000', '\u2028'};
    Random random = new Random(5);
    for (int round = 0; round < 20_000; round++) {
      StringBuilder block = new StringBuilder();
      int length = random.nextInt(30);
      for (int i = 0; i < length; i++) {
        block.append(alphabet[random.nextInt(alphabet.length)]);
      }
      String text = block.toString();
      assertEquals(byRegex(text), byHand(text), () -> "for " + text.chars()
          .mapToObj(c -> String.format("\\u%04x", c)).reduce("", String::concat));
    }
  }
}
