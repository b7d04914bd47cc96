package dk.konferencebasen.entities;

import dk.konferencebasen.analysis.DanishLemmatizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What makes a capitalised run an organisation: a head word ({@code organisation-heads.txt}:
 * Kommune, Universitet, -forening, -ministeriet, A/S ...; {@code party-heads.txt}: -partiet,
 * -demokratiet, Venstre ...), a head that opens a name
 * ({@code organisation-leads.txt}: "Region Hovedstaden", "Jobcenter Vest") or an acronym that is not
 * a common abbreviation ({@code acronyms-not-organisations.txt}); a head that names one
 * organisation alone ({@code organisation-lone-names.txt}: "Venstre", "Alternativet"). A venue's
 * centre and a board are no heads ({@code not-organisation-heads.txt}: "Vejen Idrætscenter",
 * "Bestyrelsen").
 */
final class OrganisationLexicon {
  /** After an acronym this country name belongs to the company name: "ISS Danmark". */
  static final String COUNTRY_AFTER_ACRONYM = "Danmark";

  /**
   * Compounds with these endings are names even as the first word of a sentence: ministries,
   * agencies, parties and Folketinget have no common-noun use ("Socialdemokratiet mener ..."), whereas a
   * sentence-initial "Boligforeningen" or "Jobcentret" is usually just "the association".
   */
  private static final List<String> NAME_EVEN_AT_SENTENCE_START =
      List.of("ministeriet", "ministerium", "styrelsen", "partiet", "demokratiet", "folketinget");

  /** A head word found in a token. */
  record Head(boolean compound, boolean possessiveS) {}

  private final WordList heads;
  private final WordList leads;
  private final WordList notOrganisations;
  private final WordList loneNames;
  private final WordList partyHeads;
  private final WordList notHeads;

  OrganisationLexicon(WordList heads, WordList partyHeads, WordList leads, WordList notOrganisations, WordList loneNames,
      WordList notHeads) {
    this.heads = heads;
    this.notHeads = notHeads;
    this.partyHeads = partyHeads;
    this.leads = leads;
    this.notOrganisations = notOrganisations;
    this.loneNames = loneNames;
  }

  static OrganisationLexicon load() {
    return new OrganisationLexicon(
        WordList.load("organisation-heads.txt"),
        WordList.load("party-heads.txt"),
        WordList.load("organisation-leads.txt"),
        WordList.load("acronyms-not-organisations.txt"),
        WordList.load("organisation-lone-names.txt"),
        WordList.load("not-organisation-heads.txt"));
  }

  /** The organisation head word in {@code t}, allowing a possessive -s, or null. */
  Head head(Token t) {
    if (!t.isWord()) {
      return null;
    }
    String word = t.base();
    WordList.Fit fit = fit(word);
    if (fit != WordList.Fit.NONE) {
      return new Head(fit == WordList.Fit.COMPOUND, false);
    }
    Optional<String> owner = withoutPossessiveS(word);
    if (owner.isPresent()) {
      fit = fit(owner.get());
      if (fit != WordList.Fit.NONE) {
        return new Head(fit == WordList.Fit.COMPOUND, true);
      }
    }
    return null;
  }

  /** "Folketingets" → "Folketinget": the word without a possessive -s, when it has room for one. */
  private static Optional<String> withoutPossessiveS(String word) {
    return word.length() > 2 && word.endsWith("s") ? Optional.of(word.substring(0, word.length() - 1)) : Optional.empty();
  }

  private WordList.Fit fit(String word) {
    if (notHeads.fit(word) != WordList.Fit.NONE) {
      return WordList.Fit.NONE; // "Vejen Idrætscenter": a place, not a body; "Bestyrelsen": a board
    }
    WordList.Fit fit = heads.fit(word);
    if (fit == WordList.Fit.NONE) {
      fit = partyHeads.fit(word);
    }
    return fit != WordList.Fit.NONE ? fit : leads.fit(word);
  }

  /** A head that takes the following word as its proper part ("Region Hovedstaden"). */
  boolean isLead(Token t) {
    return t.isWord() && leads.fit(t.base()) == WordList.Fit.WHOLE_WORD;
  }

  /** A whole-word head that may follow an acronym in one name ("ABC A/S"). */
  boolean isWholeWordHead(Token t) {
    return t.isWord() && heads.fit(t.base()) == WordList.Fit.WHOLE_WORD;
  }

  /** A party's name ends so: "Socialdemokratiet", "Dansk Folkeparti", "Venstre", "Enhedslisten". */
  boolean isParty(String lastWord) {
    return partyHeads.fit(lastWord) != WordList.Fit.NONE;
  }

  /**
   * A head word that is one organisation's whole name inside a sentence: "Venstre", "Alternativet",
   * "Folketinget", also in the genitive ("Folketingets partier").
   */
  boolean isLoneName(Token t) {
    String word = t.base();
    return t.isWord() && (loneNames.fit(word) == WordList.Fit.WHOLE_WORD
        || withoutPossessiveS(word).filter(owner -> loneNames.fit(owner) == WordList.Fit.WHOLE_WORD).isPresent());
  }

  boolean isOrganisationAcronym(Token t) {
    return t.isAcronym() && !notOrganisations.matches(t.base()) && !isShoutedWord(t) && !isCode(t.base());
  }

  /** The months, which a programme shouts in its dates ("12. JUNI"), in full and abbreviated. */
  private static final Set<String> MONTHS = Set.of("januar", "februar", "marts", "april", "maj", "juni", "juli",
      "august", "september", "oktober", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
      "sep", "sept", "okt", "nov", "dec");

  /** "januar", "sept": a month's name, in full or abbreviated. */
  static boolean isMonth(String word) {
    return MONTHS.contains(word.toLowerCase(Locale.ROOT));
  }

  /**
   * "A1", "C6", "J34" (a session's or a room's code: one letter and a number), "CO2", "OK21",
   * "VF12" (a formula, an agreement's year, a code: capitals, then digits) and "II", "IV", "XII" (a
   * part's Roman number): no organisation is named so, unless known by name ("TV2").
   */
  static boolean isCode(String word) {
    return CODE.matcher(word).matches();
  }

  private static final Pattern CODE = Pattern.compile("\\p{Lu}{1,3}\\d+|[IVX]{2,4}");

  /**
   * "APRIL", "PROGRAM", "PRIS", "TEMA", "HER": an ordinary Danish word of three letters or more
   * written in capitals, as headings, dates and labels are, is no acronym. The organisations whose
   * acronyms happen to spell a word ("LEV", "SIND", "VIVE", "VIA") are known by name
   * ({@code organisation-names.txt}), which the rules ask first; two letters ("DA", "DI") are too
   * short to tell.
   */
  private static boolean isShoutedWord(Token t) {
    String word = t.base();
    if (!word.chars().allMatch(Character::isLetter)) {
      return false;
    }
    return isMonth(word) || word.length() >= 3 && spellsADanishWord(t);
  }

  /** "TEMA", "HER", "Venstre": a token of letters only that the dictionary knows as a Danish word, whatever its case. */
  static boolean spellsADanishWord(Token t) {
    String word = t.base();
    return word.chars().allMatch(Character::isLetter) && DanishLemmatizer.shared().isWord(word.toLowerCase(Locale.ROOT));
  }

  boolean namesEvenAtSentenceStart(Token t) {
    String word = t.base().toLowerCase(Locale.ROOT);
    String owner = withoutPossessiveS(word).orElse(word);
    return NAME_EVEN_AT_SENTENCE_START.stream().anyMatch(ending -> word.endsWith(ending) || owner.endsWith(ending));
  }
}
