package dk.konferencebasen.evaluation;

import dk.konferencebasen.analysis.CompoundSplitter;
import dk.konferencebasen.analysis.DanishLemmatizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How the compound splitter treats the word types of a treebank: how many it splits, and how
 * many of those splits the gold lemma contradicts — a split is suspect unless the gold lemma
 * starts with the modifier and goes on to contain the head ("sprogundervisningen" → sprog |
 * undervisningen agrees with the lemma "sprogundervisning"; "stud | erende" would not agree
 * with "studere"). A proxy for false splits: it cannot see a wrong split of a true compound
 * that happens to agree, nor tell a real compound the gold lemma writes differently.
 */
public record SplitAudit(int types, int split, int suspect, List<String> suspects) {

  public static SplitAudit of(Map<String, String> gold) {
    DanishLemmatizer dictionary = DanishLemmatizer.shared();
    CompoundSplitter splitter = new CompoundSplitter(dictionary);
    int split = 0;
    List<String> suspects = new ArrayList<>();
    for (Map.Entry<String, String> type : gold.entrySet()) {
      Optional<CompoundSplitter.Split> s = splitter.split(type.getKey());
      if (s.isEmpty()) {
        continue;
      }
      split++;
      String lemma = type.getValue();
      String modifier = s.get().modifierWord();
      String head = dictionary.normalForm(s.get().head());
      String headStart = head.substring(0, Math.min(4, head.length()));
      boolean agrees = lemma.startsWith(modifier) && lemma.indexOf(headStart, Math.max(0, modifier.length() - 1)) >= 0;
      if (!agrees) {
        suspects.add(type.getKey() + " → " + modifier + " | " + s.get().head() + " (gold lemma " + lemma + ")");
      }
    }
    return new SplitAudit(gold.size(), split, suspects.size(), List.copyOf(suspects));
  }
}
