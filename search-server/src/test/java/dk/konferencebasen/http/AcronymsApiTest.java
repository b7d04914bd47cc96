package dk.konferencebasen.http;

import static dk.konferencebasen.testing.TestServer.enc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dk.konferencebasen.testing.TestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Kommunernes Landsforening (KL)" makes the acronym and the name one organisation in
 * the facets and entity counts, and a search for either finds the passages that use the other,
 * in this report and in the reports of the corpus that use the acronym without defining it.
 */
class AcronymsApiTest {
  private static final String REPORT = """
      Beskæftigelsestræf 2023

      Kommunernes Landsforening (KL) havde inviteret jobcentrene til en dag om unge uden uddannelse.

      KL fremlagde en ny undersøgelse af mentorordninger i 40 kommuner.

      Til sidst svarede Kommunernes Landsforening på spørgsmål om ventelister til danskuddannelse.

      Dansk Flygtningehjælp fortalte om frivillige lektiecaféer.
      """;

  @TempDir static Path tmp;
  private static TestServer server;

  @BeforeAll
  static void start() throws Exception {
    server = TestServer.overCorpusWith(tmp, corpus -> Files.writeString(corpus.resolve("beskaeftigelsestraef-2023.txt"), REPORT));
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  private static List<String> passageTexts(JsonNode result) {
    List<String> texts = new ArrayList<>();
    for (JsonNode hit : result.get("hits")) {
      for (JsonNode p : hit.get("passages")) {
        texts.add(p.get("text").asText());
      }
    }
    return texts;
  }

  @Test
  void theAcronymFindsThePassageThatOnlyGivesTheFullName() throws Exception {
    List<String> texts = passageTexts(server.json("/api/search?q=" + enc("KL ventelister"), 200));
    assertTrue(texts.stream().anyMatch(t -> t.startsWith("Til sidst svarede Kommunernes Landsforening")), texts.toString());
  }

  @Test
  void theFullNameFindsThePassageThatOnlyGivesTheAcronym() throws Exception {
    List<String> texts = passageTexts(server.json("/api/search?q=" + enc("\"Kommunernes Landsforening\" mentorordninger"), 200));
    assertTrue(texts.stream().anyMatch(t -> t.startsWith("KL fremlagde")), texts.toString());
  }

  @Test
  void thePairIsOneOrganisationInTheFacetAndTheDocument() throws Exception {
    JsonNode facet = server.json("/api/search?q=" + enc("kommunernes landsforening"), 200).get("facets").get("organisation");
    assertFalse(facet.has("KL"), "the acronym is counted under the full name: " + facet);

    String id = server.json("/api/search?q=" + enc("mentorordninger"), 200).get("hits").get(0).get("id").asText();
    JsonNode doc = server.json("/api/documents/" + id, 200);
    for (int i = 0; i < 3; i++) {
      assertEquals("[\"Kommunernes Landsforening\"]", doc.get("passages").get(i).get("organisations").toString(),
          doc.get("passages").get(i).toString());
    }
    assertEquals("Kommunernes Landsforening", doc.get("acronyms").get("KL").asText(), doc.get("acronyms").toString());
    assertFalse(doc.get("organisations").toString().contains("\"KL\""), doc.get("organisations").toString());
  }

  @Test
  void aReportThatUsesTheAcronymWithoutDefiningItLearnsItFromTheCorpus() throws Exception {
    // the seed report says "i samarbejde med KL" and never spells KL out
    List<String> texts = passageTexts(server.json("/api/search?q=" + enc("\"Kommunernes Landsforening\" integrationstræf"), 200));
    assertTrue(texts.stream().anyMatch(t -> t.contains("i samarbejde med KL")), texts.toString());
  }
}
