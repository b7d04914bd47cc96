package dk.konferencebasen.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The sentences of a CoNLL-U file: its {@code # text = …} lines, in file order. */
public final class DdtSentences {
  private DdtSentences() {}

  public static List<String> read(Path conllu) throws IOException {
    List<String> sentences = new ArrayList<>();
    for (String line : Files.readAllLines(conllu, StandardCharsets.UTF_8)) {
      if (line.startsWith("# text = ")) {
        String text = line.substring("# text = ".length()).strip();
        if (!text.isEmpty()) {
          sentences.add(text);
        }
      }
    }
    if (sentences.isEmpty()) {
      throw new IOException(conllu + " has no '# text = …' lines; is it a CoNLL-U file?");
    }
    return List.copyOf(sentences);
  }
}
