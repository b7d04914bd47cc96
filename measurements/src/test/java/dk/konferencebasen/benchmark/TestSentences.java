package dk.konferencebasen.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A small CoNLL-U stand-in, so the tests do not depend on shared/ being there (public: the soak test uses it too). */
public final class TestSentences {
  private TestSentences() {}

  public static final List<String> SENTENCES = List.of(
      "Kommunen har ansat flere sproglærere i år.",
      "Borgerne i Aalborg møder integrationsteamet hver uge.",
      "Det er vigtigt, at børn og unge får en god skolegang.",
      "Frivillige fra Røde Kors hjalp med lektiecafeen.",
      "Sprogundervisningen foregår om aftenen på biblioteket.",
      "Beskæftigelsesindsatsen skal styrkes, sagde borgmesteren.",
      "Mange flygtninge kommer i arbejde inden for tre år.",
      "Konferencen samlede over fire hundrede deltagere i dag.",
      "Hvor kommer julemanden fra?",
      "Virksomhederne efterspørger medarbejdere med gode danskkundskaber.",
      "Forældrene blev inddraget i arbejdet fra starten.",
      "Projektet blev evalueret af VIVE i 2021.");

  static Path writeConllu(Path dir) throws IOException {
    List<String> lines = new ArrayList<>();
    int n = 1;
    for (String s : SENTENCES) {
      lines.add("# sent_id = test-" + n++);
      lines.add("# text = " + s);
      lines.add("1\t" + s.split(" ")[0] + "\t_\tX\t_\t_\t0\troot\t_\t_");
      lines.add("");
    }
    Path file = dir.resolve("test.conllu");
    Files.write(file, lines, StandardCharsets.UTF_8);
    return file;
  }
}
