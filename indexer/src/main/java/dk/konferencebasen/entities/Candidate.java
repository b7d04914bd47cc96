package dk.konferencebasen.entities;

import dk.konferencebasen.analysis.DanishLemmatizer;

/**
 * A possible name: a run of capitalised tokens in one sentence, and what the rules have decided it
 * is. Mutable, but only ever used inside one {@link EntityFinder#find} call.
 *
 * <p>Token indexes are into {@link #sentence}: the name proper is {@code [start, coreEnd)}; an
 * organisation may carry a "for ..." continuation up to {@code end} ("Center" + "for Familie, Social
 * & Beskæftigelse"). Titles stripped from the front of the run lie before {@code start}.
 */
final class Candidate {
  enum Type {
    /** Not decided (yet). */
    OPEN,
    PERSON,
    ORGANISATION,
    /** An acronym in parentheses, waiting for the phrase it abbreviates to be classified. */
    PENDING_ALIAS,
    /** Decided not to be a person or organisation (a common abbreviation, a law's acronym ...). */
    NOT_A_NAME
  }

  final Sentence sentence;
  final int start;
  final int coreEnd;
  final int end;
  /** The run starts at the sentence's first word, so its capital may be positional only. */
  final boolean sentenceInitial;
  /** A title was stripped from the front of the run ("Forskningschef Charlotte ..."). */
  final boolean titled;

  Type type = Type.OPEN;
  /**
   * For "Aalborg Kommune" and "Aalborg Kommunes Jobcenter": the municipality "Aalborg" it names.
   */
  String municipality;
  /** The name is the municipality itself ("Aalborg Kommune"), not a body of it. */
  boolean isMunicipality;
  /** For an acronym in parentheses after the organisation it abbreviates: that organisation. */
  Candidate abbreviates;
  /** The last word carries a possessive -s that is not part of the name ("Roskilde Universitets"). */
  boolean possessiveS;

  Candidate(Sentence sentence, int start, int coreEnd, int end, boolean sentenceInitial, boolean titled) {
    this.sentence = sentence;
    this.start = start;
    this.coreEnd = coreEnd;
    this.end = end;
    this.sentenceInitial = sentenceInitial;
    this.titled = titled;
  }

  /**
   * The municipality a name says it belongs to after its head ("Handicaprådet i Københavns
   * Kommune", "Danske Handicaporganisationer i Sorø"), or null.
   */
  String municipalityInTheName(MunicipalityGazetteer municipalities) {
    return end > coreEnd && sentence.isWord(coreEnd, "i") && token(coreEnd + 1) != null
        ? municipalities.lookup(token(coreEnd + 1).text()).orElse(null) : null;
  }

  /** An organisation known by name, found at {@code match}. */
  static Candidate knownOrganisation(Sentence sentence, KnownOrganisations.Match match) {
    return knownOrganisation(sentence, match, match.end());
  }

  /** The same, its name going on to {@code end} ("Danske Handicaporganisationer" + "i Sorø"). */
  static Candidate knownOrganisation(Sentence sentence, KnownOrganisations.Match match, int end) {
    Candidate c = new Candidate(sentence, match.start(), match.end(), end, match.start() == sentence.firstWord(), false);
    c.type = Type.ORGANISATION;
    c.possessiveS = match.genitiveS();
    return c;
  }

  /**
   * "Lars Mejlbyes indlæg", "Danske Regioners telt", "Erhvervssammenslutningen for Glostrup og
   * Albertslunds nytårstaffel": a name of two words or more in the genitive,
   * whose -s is no part of the name. A name ending in "-sens" always is (no Danish surname ends
   * so); another -s only before a noun, since "Mads Andreas fortalte" ends in its own s before a
   * verb.
   */
  boolean endsInAGenitiveS() {
    int nameEnd = nameEnd();
    String last = token(nameEnd - 1).text();
    if (nameEnd - start < 2 || nameEnd != end || !last.endsWith("s") || last.endsWith("ss") || last.length() < 4
        || token(nameEnd - 1).genitiveLength() > 0) {
      return false;
    }
    if (last.endsWith("sens")) {
      return true;
    }
    Token next = sentence.token(nameEnd);
    return next != null && next.isWord() && !next.isCapitalised() && isNounNotVerb(next.lower());
  }

  /**
   * A content word whose dictionary form is itself ("indlæg", "tale") or does not end like a
   * Danish infinitive ("ministre" of "minister"): a noun after a genitive, where "fortalte" (of
   * "fortælle") and "er" (of "være") are verbs after a subject.
   */
  private static boolean isNounNotVerb(String word) {
    DanishLemmatizer words = DanishLemmatizer.shared();
    if (!words.knows(word)) {
      return word.length() > 3; // a compound the dictionary lacks ("nytårstaffel") is a noun: verbs are listed
    }
    if (!words.isContentWord(word)) {
      return false;
    }
    String lemma = words.lemma(word).orElse(word);
    return lemma.equals(word) || !lemma.endsWith("e") && lemma.length() > 3;
  }

  int coreLength() {
    return coreEnd - start;
  }

  Token token(int index) {
    return sentence.token(index);
  }

  Token first() {
    return sentence.token(start);
  }

  /**
   * One word that is capitalised only because it starts the sentence: not a name on its own
   * ("Integrationstræf fik ...", "Han pointerede ...").
   */
  boolean isLoneSentenceStart() {
    return sentenceInitial && coreLength() == 1 && end == coreEnd;
  }

  /**
   * The name is every word of its sentence: an item of a list or a line of its own ("•
   * Ballerup"). Its capital then says nothing either way, unlike a sentence's first word.
   */
  boolean isWholeSentence() {
    for (int i = 0; i < sentence.size(); i++) {
      if ((i < start || i >= end) && sentence.token(i).isWord()) {
        return false;
      }
    }
    return true;
  }

  /** Still undecided and eligible for the person and neighbour rules. */
  boolean isOpen() {
    return type == Type.OPEN && !isLoneSentenceStart();
  }

  boolean is(Type t) {
    return type == t;
  }

  /** Where the name ends: an organisation's takes its "for …" continuation along. */
  private int nameEnd() {
    return type == Type.ORGANISATION ? end : coreEnd;
  }

  /** The name as written, without a trailing genitive and with whitespace collapsed. */
  String text() {
    int last = nameEnd() - 1;
    Token lastToken = sentence.token(last);
    int to = lastToken.end();
    if (last == coreEnd - 1) {
      to -= lastToken.genitiveLength();
    }
    if (possessiveS) {
      to -= 1;
    }
    return collapse(sentence.source().substring(first().start(), to));
  }

  /** The text of tokens {@code [from, to)} with whitespace collapsed. */
  String text(int from, int to) {
    return collapse(sentence.source().substring(token(from).start(), token(to - 1).end()));
  }

  private static String collapse(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }

  @Override
  public String toString() {
    return type + "[" + collapse(sentence.source().substring(first().start(), token(end - 1).end())) + "]";
  }
}
