package dk.konferencebasen.evaluation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The word types of a CoNLL-U treebank and their gold lemmas, as the conflation measure defines
 * them: the lower-cased form of every token whose UPOS is NOUN, VERB, ADJ or ADV and whose
 * characters are all letters; each type's gold lemma is its most frequent lower-cased lemma
 * (ties: the alphabetically first, so the result does not depend on file order).
 */
public final class WordTypes {
  private static final Set<String> CONTENT_POS = Set.of("NOUN", "VERB", "ADJ", "ADV");

  private WordTypes() {}

  /** Word type → gold lemma, sorted by type. */
  public static Map<String, String> read(Path conllu) throws IOException {
    Map<String, Map<String, Integer>> lemmaCounts = new HashMap<>();
    for (String line : Files.readAllLines(conllu, StandardCharsets.UTF_8)) {
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t");
      if (cols.length < 4 || !cols[0].matches("\\d+")) {
        continue; // multi-word token ranges (1-2) and empty nodes (1.1) are not words of their own
      }
      String form = cols[1].toLowerCase(Locale.ROOT);
      if (!CONTENT_POS.contains(cols[3]) || form.isEmpty() || !form.chars().allMatch(Character::isLetter)) {
        continue;
      }
      lemmaCounts.computeIfAbsent(form, f -> new TreeMap<>())
          .merge(cols[2].toLowerCase(Locale.ROOT), 1, Integer::sum);
    }
    Map<String, String> gold = new TreeMap<>();
    lemmaCounts.forEach((form, counts) -> gold.put(form, counts.entrySet().stream()
        .max((a, b) -> a.getValue().equals(b.getValue()) ? b.getKey().compareTo(a.getKey()) : Integer.compare(a.getValue(), b.getValue()))
        .orElseThrow().getKey()));
    return gold;
  }
}
