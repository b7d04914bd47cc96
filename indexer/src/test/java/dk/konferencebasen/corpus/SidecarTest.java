package dk.konferencebasen.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sidecar mistake is told in the words of the file, with the fix where one is likely. */
class SidecarTest {
  @TempDir Path tmp;

  private String error(String json) throws Exception {
    Path file = Files.writeString(tmp.resolve("rapport.meta.json"), json);
    String message = assertThrows(Sidecar.InvalidSidecarException.class, () -> Sidecar.read(file)).getMessage();
    assertTrue(message.startsWith("rapport.meta.json: "), message);
    assertFalse(message.contains("class ") || message.contains("java.") || message.contains("dk.konferencebasen"),
        "no Java in the message: " + message);
    return message;
  }

  @Test
  void aGoodSidecarIsRead() throws Exception {
    Path file = Files.writeString(tmp.resolve("rapport.meta.json"), "{\"title\": \"Temadag\", \"date\": \"2024-05-02\"}");
    assertEquals(Optional.of(LocalDate.of(2024, 5, 2)), Sidecar.read(file).eventDate());
  }

  @Test
  void mistakesAreToldInPlainWords() throws Exception {
    String typo = error("{\"titel\": \"Temadag\"}");
    assertTrue(typo.contains("unknown key \"titel\" (did you mean \"title\"?)") && typo.contains("conference"), typo);
    assertTrue(error("{\"title\": [\"Temadag\"]}").contains("the value of \"title\" must be a text"));
    assertTrue(error("[1, 2]").contains("expected a JSON object"));
    assertTrue(error("{\"title\": \"Temadag\",}").contains("not valid JSON"));
    assertTrue(error("{\"date\": \"2020-13-01\"}").contains("yyyy-mm-dd"));
  }
}
