package dk.konferencebasen.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateLinesTest {
  private static final String MENU = "Forside\nOm foreningen\nArrangementer\nBliv medlem\nKontakt os\n";
  private static final String FOOTER = "\nFølg os på de sociale medier\nForeningen for Frivillige\n";

  private static Path page(Path dir, String name, String head, String body) throws Exception {
    return Files.writeString(dir.resolve(name), MENU + head + "\n" + body + "\n" + FOOTER);
  }

  @Test
  void aSitesMenuAndFooterRecurringOnItsPagesAreTheTemplate(@TempDir Path dir) throws Exception {
    List<Path> files = new ArrayList<>();
    files.add(page(dir, "a.txt", "Årsmøde 2023", "Årsmødet samlede foreningens medlemmer, som drøftede rekruttering af unge frivillige i mange timer."));
    files.add(page(dir, "b.txt", "Temadag om frivillighed", "Temadagen handlede om, hvordan kommunerne kan støtte de frivillige foreninger bedre end i dag."));
    files.add(page(dir, "c.txt", "Netværksmøde i Vejle", "Netværket mødtes i Vejle for at dele erfaringer med lektiehjælp og sprogcaféer for nye borgere."));
    TemplateLines template = TemplateLines.scan(files);
    for (String line : List.of("Forside", "Om foreningen", "Kontakt os", "Følg os på de sociale medier")) {
      assertTrue(template.contains(line), line);
    }
    assertFalse(template.contains("Årsmøde 2023"), "a page's own heading is no template line");

    List<String> cleaned = PageChrome.remove(List.of(MENU.strip(), "Årsmøde 2023",
        "Årsmødet samlede foreningens medlemmer, som drøftede rekruttering af unge frivillige i mange timer."), template)
        .paragraphs();
    assertEquals("Årsmøde 2023", cleaned.get(0), cleaned.toString());
  }

  @Test
  void aCommonHeadingThatIsNoPartOfABlockStays(@TempDir Path dir) throws Exception {
    List<Path> files = new ArrayList<>();
    for (String site : List.of("kl", "fh", "dfs")) {
      files.add(Files.writeString(dir.resolve(site + ".txt"), "Program\nKonference hos " + site
          + "\nKonferencen handler om samarbejdet mellem kommuner og civilsamfund, og om hvad der virker bedst.\n"));
    }
    assertFalse(TemplateLines.scan(files).contains("Program"));
  }

  @Test
  void aProgrammesOwnWordsOnManySitesProgrammesAreNoTemplate(@TempDir Path dir) throws Exception {
    List<Path> files = new ArrayList<>();
    for (String site : List.of("kl", "fh", "dfs", "dgi")) {
      files.add(Files.writeString(dir.resolve(site + ".txt"), "Program\nVelkomst\nVed formanden for " + site + "\nFrokost\nTid\nSted\n"
          + "Konferencen handler om samarbejdet mellem kommuner og civilsamfund, og om hvad der virker bedst.\n"));
    }
    TemplateLines template = TemplateLines.scan(files);
    for (String line : List.of("Program", "Velkomst", "Frokost")) {
      assertFalse(template.contains(line), line);
    }
    assertTrue(template.contains("Tid"), "a block of labels recurring around the text is the template's");
  }

  @Test
  void otherFormatsAreNotRead(@TempDir Path dir) throws Exception {
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      files.add(Files.writeString(dir.resolve(i + ".html"), "<html><body>\nMenu\nForside\nKontakt\nOm os\n</body></html>"));
    }
    assertEquals(0, TemplateLines.scan(files).size());
  }
}
