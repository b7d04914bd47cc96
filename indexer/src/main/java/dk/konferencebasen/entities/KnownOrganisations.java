package dk.konferencebasen.entities;

import dk.konferencebasen.analysis.DanishLemmatizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Organisations known by name ({@code organisation-names.txt}): the unions, associations,
 * companies, media and institutions that Danish texts name without any head word that would
 * give them away ("Novo Nordisk", "Børns Vilkår", "Landbrug &amp; Fødevarer", "3F"). A name is
 * matched token by token and case-sensitively, its last word also in the genitive ("Dansk
 * Erhvervs formand" names Dansk Erhverv).
 *
 * <p>A one-word name that is also an ordinary Danish word ("Tryg", "Information") names the
 * organisation only inside a sentence, where its capital cannot be positional. A name written as
 * an acronym alone ("KL", "ISS") is left to the acronym rules.
 */
final class KnownOrganisations {
  /** A name found in a sentence: tokens {@code [start, end)}, its last word in the genitive or not. */
  record Match(int start, int end, boolean genitiveS) {}

  /** The names by their first token, longest first, each as the texts of its tokens. */
  private final Map<String, List<List<String>>> byFirstToken;
  /** Whether a word names a party ("Enhedslisten"), which is named so at a sentence's start too. */
  private final Predicate<String> isParty;

  private KnownOrganisations(Map<String, List<List<String>>> byFirstToken, Predicate<String> isParty) {
    this.byFirstToken = byFirstToken;
    this.isParty = isParty;
  }

  static KnownOrganisations of(List<String> names, DanishTokenizer tokenizer, Predicate<String> isParty) {
    Map<String, List<List<String>>> byFirst = new HashMap<>();
    for (String name : names) {
      List<String> tokens = new ArrayList<>();
      tokenizer.sentences(name).forEach(s -> s.tokens().forEach(t -> tokens.add(t.text())));
      if (!tokens.isEmpty()) {
        byFirst.computeIfAbsent(tokens.get(0), k -> new ArrayList<>()).add(List.copyOf(tokens));
      }
    }
    byFirst.values().forEach(list -> list.sort(Comparator.comparingInt((List<String> l) -> l.size()).reversed()));
    return new KnownOrganisations(byFirst, isParty);
  }

  static KnownOrganisations load(DanishTokenizer tokenizer, Predicate<String> isParty) {
    return of(ResourceLines.read("organisation-names.txt"), tokenizer, isParty);
  }

  /** Whether {@code word} is a known name of one word ("LO", "FOA"). */
  boolean isNameAlone(String word) {
    return byFirstToken.getOrDefault(word, List.of()).stream().anyMatch(name -> name.size() == 1);
  }

  /** The longest known name starting at token {@code i} of {@code s}, or null. */
  Match at(Sentence s, int i) {
    Token first = s.token(i);
    if (first == null || first.kind() != Token.Kind.WORD || first.quoted() || s.allCapitals()) {
      return null;
    }
    List<List<String>> names = byFirstToken.get(straight(first.text()));
    if (names == null) {
      names = byFirstToken.get(withoutGenitive(first.text()));
    }
    if (names == null) {
      return null;
    }
    for (List<String> name : names) {
      Match m = match(s, i, name);
      if (m == null) {
        continue;
      }
      if (m.end() - m.start() > 1) {
        return m;
      }
      // an acronym is an organisation by the acronym rules already, which also read "ISS
      // Danmark" and "Kommunernes Landsforening (KL)"
      // (not "TV2": the acronym rules take capitals and digits for a code); a party is named so
      // at a sentence's start too ("Socialdemokraterne, lokale 11", "Enhedslisten:")
      if (first.isAcronym() ? OrganisationLexicon.isCode(first.base())
          : i != s.firstWord() || !isOrdinaryWord(name.get(0)) || isParty.test(name.get(0))) {
        return m;
      }
    }
    return null;
  }

  private static Match match(Sentence s, int i, List<String> name) {
    int last = name.size() - 1;
    for (int k = 0; k < last; k++) {
      Token t = s.token(i + k);
      if (t == null || !straight(t.text()).equals(name.get(k))) {
        return null;
      }
    }
    Token end = s.token(i + last);
    if (end == null) {
      return null;
    }
    if (end.text().equals(name.get(last)) || end.base().equals(name.get(last)) && end.genitiveLength() > 0) {
      return new Match(i, i + name.size(), false);
    }
    if (end.text().equals(name.get(last) + "s") && !name.get(last).endsWith("s")) {
      return new Match(i, i + name.size(), true);
    }
    return null;
  }

  /** "FN’s" as the list writes it, "FN's": a page's typographic apostrophe is the same mark. */
  private static String straight(String word) {
    return word.replace('’', '\'');
  }

  private static String withoutGenitive(String word) {
    if (word.endsWith("’s") || word.endsWith("'s")) {
      return word.substring(0, word.length() - 2);
    }
    return word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
  }

  private static boolean isOrdinaryWord(String word) {
    return DanishLemmatizer.shared().isWord(word.toLowerCase(Locale.ROOT));
  }
}
