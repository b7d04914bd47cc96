package dk.konferencebasen.entities;

import dk.konferencebasen.analysis.DanishLemmatizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Finds the runs of capitalised words in a sentence: in Danish only proper nouns are capitalised
 * inside a sentence, so these are the possible names.
 *
 * <p>A run continues over capitalised words, over a name particle between two of them ("Ursula von
 * der Leyen") and over a suspended compound ("Udlændinge- og Integrationsministeriet"). An acronym
 * always starts a run of its own, taking along only "Danmark", a whole-word head or the place a
 * local branch is named after ("ISS Danmark", "ABC A/S", "FOA Sønderborg"). A run ending in an
 * organisation head word takes a "for ..." or "af ..." continuation along ("Styrelsen for
 * International Rekruttering og Integration", "Foreningen af Pensionerede Læger").
 *
 * <p>An organisation known by name ({@link KnownOrganisations}) is a run of its own, decided
 * already: "Dansk Erhverv" is no person, whatever follows it.
 *
 * <p>Then the front of the run is cleaned: a sentence-initial function word ("I Danmark") and
 * titles ("Lektor Emeritus Michael Svendsen Petersen") are stripped. What is left is a
 * {@link Candidate}.
 */
final class NameRunFinder {
  /** A weekday: capitalised after an acronym ("DGI Fredag"), it is no unit of the body (nor is a month). */
  private static final Pattern WEEKDAY = Pattern.compile("(?:man|tirs|ons|tors|fre|lør|søn)dag");
  private final Lexicon lexicon;

  NameRunFinder(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  List<Candidate> find(Sentence s) {
    List<Candidate> runs = new ArrayList<>();
    int i = 0;
    while (i < s.size()) {
      KnownOrganisations.Match known = lexicon.knownOrganisations().at(s, i);
      if (known != null && !endsInAHeadBeyond(s, i, known.end())) {
        if (!known.genitiveS()) {
          // its local branch ("DGI Nordsjælland") or its unit ("Museum Sønderjylland Kulturhistorie")
          int branch = branchEnd(s, known.end());
          int to = branch > known.end() ? branch : unitEnd(s, known.end());
          if (to > known.end()) {
            known = new KnownOrganisations.Match(known.start(), to, s.token(to - 1).genitiveLength() > 0);
          }
        }
        int end = known.genitiveS() ? known.end() : whereItIsOne(s, known.end() - 1, known.end() - 1, known.end());
        Candidate org = Candidate.knownOrganisation(s, known, end);
        org.municipality = org.municipalityInTheName(lexicon.municipalities());
        runs.add(org);
        i = end;
        continue;
      }
      if (!s.isCapitalised(i)) {
        i++;
        continue;
      }
      int shouted = nameInCapitals(s, i);
      if (shouted > i) {
        Candidate person = new Candidate(s, i, shouted, shouted, i == s.firstWord(), false);
        person.type = Candidate.Type.PERSON;
        runs.add(person);
        i = shouted;
        continue;
      }
      int coreEnd = coreEnd(s, i);
      // "Guldager menighedsråd": a place's own council or body, its word in small letters
      Token body = s.token(coreEnd);
      if (coreEnd == i + 1 && i != s.firstWord() && body != null && body.isWord() && !body.isCapitalised()
          && !lexicon.firstNames().contains(s.token(i)) && lexicon.organisations().head(body) != null
          && lexicon.organisations().head(body).compound() && !body.lower().endsWith("kommune")) {
        coreEnd++;
      }
      coreEnd = ownersCouncilEnd(s, coreEnd);
      // "Christian IV", "Dronning Margrethe II": the king's or queen's number belongs to the name
      if (s.token(coreEnd) != null && lexicon.firstNames().contains(s.token(coreEnd - 1))
          && PersonCues.REGNAL_NUMBER.matcher(s.token(coreEnd).base()).matches()) {
        coreEnd++;
      }
      int start = i;
      boolean initial = i == s.firstWord();
      if (initial && lexicon.sentenceStarters().matches(s.token(start).text()) && !opensAnInstitutionName(s, start, coreEnd)) {
        start++;
        initial = false;
      }
      boolean titled = false;
      // a programme item: a talk word, then who gives it ("Velkomst Lizette Risgaard")
      if (coreEnd - start >= 3 && lexicon.talkWords().matches(s.token(start).lower())) {
        start++;
        titled = true;
        initial = false;
      }
      // "Kontakt Landsforeningen …", "Foto Mette Hansen": a page's label before the name is no part of it
      // (and what follows a label that opens the sentence opens it as much)
      if (coreEnd - start >= 2 && ProgrammeVocabulary.isPracticalLabel(s.token(start).text())) {
        start++;
      }
      while (start < coreEnd && isTitleWord(s.token(start))) {
        titled |= lexicon.titles().isTitle(s.token(start));
        start++;
        initial = false;
      }
      // a title after a full name, capitalised as a line's role often is ("Alexander Karl Lehmann
      // Sundhedskonsulent: …"): the title is no part of the name, and marks it as a person's
      int nameEnd = coreEnd;
      // "Claus Sørensen Kontakt": a byline run into the page's label after it
      if (coreEnd - start >= 3 && ProgrammeVocabulary.isPracticalLabel(s.token(coreEnd - 1).text())) {
        coreEnd--;
        nameEnd = coreEnd;
      }
      // "Preben Jensen Regionaldagen", "Erik Lindgren Skoven": a person's name run into a noun in
      // the definite form after it, which no surname is
      // (a venue named after a person, "Michael Laudrup Loungen", stays whole: no person at all)
      if (coreEnd - start >= 3 && lexicon.firstNames().contains(s.token(start)) && isDefiniteNoun(s.token(coreEnd - 1))
          && lexicon.organisations().head(s.token(coreEnd - 1)) == null
          && lexicon.venueWords().fit(s.token(coreEnd - 1).lower()) == WordList.Fit.NONE) {
        coreEnd--;
        nameEnd = coreEnd;
      }
      if (lexicon.titles().isTitle(s.token(coreEnd - 1)) && lexicon.organisations().head(s.token(coreEnd - 1)) == null) {
        nameEnd--;
        while (nameEnd > start && lexicon.titles().isModifier(s.token(nameEnd - 1))) {
          nameEnd--;
        }
      }
      // only a name of two words or more is left, not "Corporate" of "Corporate Vice President"
      // nor "Børn- og" of "Børn- og Ungechef"
      if (nameEnd < coreEnd && nameEnd - start >= 2 && s.isCapitalised(nameEnd - 1) && s.isCapitalised(nameEnd - 2)
          && !s.token(nameEnd - 1).text().endsWith("-")) {
        coreEnd = nameEnd;
        titled = true;
      }
      if (start < coreEnd) {
        int end = forContinuation(s, start, coreEnd);
        if (end == coreEnd && coreEnd == start + 1) {
          end = lowerCaseContinuation(s, coreEnd);
        }
        if (end == coreEnd) {
          end = whereItIsOne(s, start, coreEnd - 1, coreEnd);
        } else if (s.isWord(end, "i") && s.token(end + 1) != null
            && s.token(end + 1).text().equals(OrganisationLexicon.COUNTRY_AFTER_ACRONYM)) {
          // "Foreningen af Lystbådehavne i Danmark" is the country's; after its "af …" a town
          // is as often where it meets ("… af Pensionerede Læger i Odense")
          end = whereItIsOne(s, start, coreEnd - 1, end);
        }
        int person = personClosing(s, start, end);
        if (person > 0) {
          end = person;
          coreEnd = Math.min(coreEnd, person);
        }
        runs.add(new Candidate(s, start, coreEnd, end, initial, titled));
        i = end;
      } else {
        i = coreEnd;
      }
    }
    return runs;
  }

  /**
   * Where a known body's branch named after it ends: "DGI Nordsjælland", "DGI Midt- og
   * Vestsjælland", "Microsoft Danmark"; {@code at} itself when no branch follows.
   */
  private int branchEnd(Sentence s, int at) {
    Token next = s.token(at);
    if (next == null) {
      return at;
    }
    if (lexicon.isLocalArea(next) || next.text().equals(OrganisationLexicon.COUNTRY_AFTER_ACRONYM) || namesTowns(next)) {
      return at + 1;
    }
    boolean suspended = next.isCapitalised() && next.text().endsWith("-") && s.isWord(at + 1, "og");
    return suspended && lexicon.isLocalArea(s.token(at + 2)) ? at + 3 : at;
  }

  /**
   * "DTU Transport", "UN Women", "KLG Håndbold": one capitalised word after an acronym or a known name,
   * the sentence going on in small letters after it, names the body's unit (not a person's first name,
   * nor a weekday or a month: "DGI Fredag", "KL Januar"; not after a genitive: "FN's Verdensmål").
   */
  private int unitEnd(Sentence s, int at) {
    Token next = s.token(at);
    Token after = s.token(at + 1);
    boolean oneWord = next != null && next.isWord() && next.isCapitalised() && !next.isAcronym() && next.genitiveLength() == 0
        && s.token(at - 1).genitiveLength() == 0 && !next.text().endsWith("-")
        && !next.text().equals(next.text().toUpperCase(Locale.ROOT))
        // ("ATV Jord og Grundvand": a unit of several words is not cut to its first)
        && (after == null || !after.isCapitalised() && !after.isWord("og") && !after.isWord("&") && !after.isWord("-"));
    if (!oneWord || lexicon.firstNames().contains(next) || WEEKDAY.matcher(next.lower()).matches()
        || OrganisationLexicon.isMonth(next.lower())) {
      return at;
    }
    // not what the body holds or does ("FH Døgnet", "DB Repræsentantskabsmøde", "LAG Bestyrelsen"): an
    // inflected common noun, a meeting, or a word of the programme's
    String word = next.lower();
    DanishLemmatizer words = DanishLemmatizer.shared();
    boolean inflected = words.lemma(word).map(lemma -> !lemma.equals(word)).orElse(false);
    boolean programmes = ProgrammeVocabulary.isTalkWord(word) || ProgrammeVocabulary.isPracticalLabel(word)
        || word.endsWith("møde") || word.endsWith("forsamling");
    return inflected || programmes ? at : at + 1;
  }

  /**
   * "borgmester BRITT JENSEN", "LAURA DRACHMANN POULSEN formand for …": a name in capitals, known by
   * its first name, in a sentence not all in capitals (a shouted heading's words are no names); the
   * index after it, or {@code i}.
   */
  private int nameInCapitals(Sentence s, int i) {
    if (s.allCapitals() || !lexicon.firstNames().containsInCapitals(s.token(i))) {
      return i;
    }
    int j = i + 1;
    while (j < s.size() && j < i + 4 && s.token(j).isWord() && s.token(j).text().length() >= 2
        && s.token(j).text().equals(s.token(j).text().toUpperCase(Locale.ROOT))
        && Character.isLetter(s.token(j).text().charAt(0)) && !lexicon.knownOrganisations().isNameAlone(s.token(j).text())) {
      j++;
    }
    return j - i >= 2 ? j : i;
  }

  /** "Odense-Fredericia-Middelfart": towns joined by hyphens, as a branch covering them is named. */
  private boolean namesTowns(Token t) {
    String[] parts = t.text().split("-");
    return parts.length >= 2 && Arrays.stream(parts)
        .allMatch(part -> !part.isEmpty() && lexicon.municipalities().lookup(part).isPresent());
  }

  /**
   * "Dansk Supermarked Annette Vittrup", "Center for Daginstitutionsforskning Bjørg Kjær": a
   * programme line runs an organisation and a person's name together. Where the run's last two
   * to four words open with a first name, and the run itself does not, they are a name of their
   * own: the index where it starts, or -1. A run that opens with a first name ("Anne Marie
   * Hansen") is one person with two first names.
   */
  private int personClosing(Sentence s, int start, int end) {
    FirstNames firstNames = lexicon.firstNames();
    if (firstNames.contains(s.token(start))) {
      return -1;
    }
    for (int k = Math.max(start + 1, end - 4); k <= end - 2; k++) {
      if (s.isCapitalised(k - 1) && firstNames.opensAName(s, k, end) && PersonCues.writtenAsAName(s, k, end)) {
        return k;
      }
    }
    return -1;
  }

  /**
   * "Novo Nordisk A/S", "Novo Nordisk Fonden": the run that a known name opens goes on to a head
   * word, so the rules read the longer name.
   */
  private boolean endsInAHeadBeyond(Sentence s, int i, int knownEnd) {
    int runEnd = s.isCapitalised(i) ? coreEnd(s, i) : i + 1;
    return runEnd > knownEnd && lexicon.organisations().head(s.token(runEnd - 1)) != null;
  }

  /**
   * "Det Centrale Handicapråd", "Den Sociale Højskole": an article, a definite adjective and a
   * head word make a name that keeps its article, even at the start of a sentence.
   */
  private boolean opensAnInstitutionName(Sentence s, int start, int coreEnd) {
    String article = s.token(start).lower();
    return (article.equals("det") || article.equals("den") || article.equals("de")) && coreEnd - start >= 3
        && s.token(start + 1).lower().endsWith("e") && lexicon.organisations().head(s.token(coreEnd - 1)) != null;
  }

  /** A noun's definite ending: "-en", "-et", "-ne" (and so "-erne"): "Skoven", "EliteForsk-priserne". */
  private static final Pattern DEFINITE = Pattern.compile("(?:en|et|ne)$");

  /** "Skoven", "Regionaldagen", "EliteForsk-priserne": a noun the dictionary knows, in its definite form. */
  private static boolean isDefiniteNoun(Token t) {
    String[] parts = t.lower().split("-");
    String word = parts[parts.length - 1];
    if (!DEFINITE.matcher(word).find()) {
      return false;
    }
    // (the form itself listed: "Madsen", "Olsen" only look like "made" and "ol" with an ending)
    DanishLemmatizer words = DanishLemmatizer.shared();
    return !word.endsWith("sen") && words.knows(word) && !words.isVerbForm(word) && words.isContentWord(word)
        && words.lemma(word).filter(lemma -> !lemma.equals(word)).isPresent();
  }

  /** A council's or a committee's word: "socialudvalg", "ældrerådet", "klagenævn". */
  private static final Pattern COUNCIL = Pattern.compile("(?:udvalg|udvalget|råd|rådet|nævn|nævnet)$");

  /**
   * "Haderslev Kommunes socialudvalg", "Vejle Kommunes sundheds- og ældreudvalg": a body's own
   * council or committee, its word in small letters after the owner (a head word) in the genitive, is a name.
   */
  private int ownersCouncilEnd(Sentence s, int coreEnd) {
    OrganisationLexicon.Head owner = lexicon.organisations().head(s.token(coreEnd - 1));
    if (owner == null || !owner.possessiveS()) {
      return coreEnd;
    }
    int j = coreEnd;
    Token first = s.token(j);
    if (first != null && first.isWord() && !first.isCapitalised() && first.text().endsWith("-") && s.isWord(j + 1, "og")) {
      j += 2; // "sundheds- og ældreudvalg"
    }
    Token body = s.token(j);
    return body != null && body.isWord() && !body.isCapitalised() && COUNCIL.matcher(body.lower()).find() ? j + 1 : coreEnd;
  }

  private boolean isTitleWord(Token t) {
    return lexicon.titles().isTitle(t) || lexicon.titles().isModifier(t);
  }

  private int coreEnd(Sentence s, int i) {
    if (s.token(i).isAcronym()) {
      Token next = s.token(i + 1);
      boolean belongs = next != null && next.isCapitalised()
          && (next.text().equals(OrganisationLexicon.COUNTRY_AFTER_ACRONYM)
              || lexicon.organisations().isWholeWordHead(next) || lexicon.isLocalArea(next));
      if (belongs && lexicon.organisations().isWholeWordHead(next) && lexicon.isLocalArea(s.token(i + 2))) {
        return i + 3; // "DS Region Syd": the head's own branch
      }
      // else a branch of suspended names ("DGI Midt- og Vestsjælland"), a unit of its own ("DTU Transport"),
      // or the acronym alone
      return belongs ? i + 2 : branchEnd(s, i + 1) > i + 1 ? branchEnd(s, i + 1) : unitEnd(s, i + 1);
    }
    int j = i + 1;
    while (j < s.size()) {
      Token t = s.token(j);
      if (isNameWord(s, j)) {
        j++;
      } else if (t.isAcronym() && j == i + 1 && lexicon.organisations().isLead(s.token(i))) {
        j++; // "Landsforeningen LEV": a lead head takes its proper name, an acronym too
        if (t.genitiveLength() > 0) {
          break; // "Fagbladet FOAs Facebook-profil": the name ends in its genitive
        }
      } else if (t.isWord() && lexicon.nameParticles().matches(t.text()) && isNameWord(s, j + 1)) {
        j += 2;
      } else if (s.token(j - 1).text().endsWith("-")
          && (t.isWord("og") || t.isWord("eller")) && isNameWord(s, j + 1)) {
        j += 2;
      } else if (s.token(j - 1).text().endsWith("-") && s.isPunct(j, ",") && s.token(j + 1) != null
          && s.token(j + 1).isWord() && s.token(j + 1).text().endsWith("-")) {
        j += 2; // "Udlændinge-, Integrations- og Boligministeriet", "Plan-, integrations- og Tryghedsudvalget"
      } else if (s.token(j - 1).text().endsWith("-") && s.isPunct(j, ",")
          && (s.isWord(j + 1, "og") || s.isWord(j + 1, "eller")) && isNameWord(s, j + 2)) {
        j += 3; // "Klima-, Teknik-, og Miljøudvalget"
      } else if ((s.isPunct(j, "–") || s.isPunct(j, "-")) && s.isWord(j + 1, "og") && isNameWord(s, j + 2)
          && lexicon.organisations().head(s.token(j + 2)) != null) {
        j += 3; // "Danmarks Medie – og Journalisthøjskole": the suspended word's hyphen written apart
      } else {
        break;
      }
    }
    return j;
  }

  /**
   * "Handicaprådet i Københavns Kommune", "Danske Handicaporganisationer i Sorø", "Folkehøjskolernes
   * Forening i Danmark", "Radikale Venstre i Aarhus": a council's, an association's, a group's or a
   * party's name may say where it is one ({@code head}: the word that says what the body is),
   * and the place is part of the name (the municipality is still named: {@link
   * OrganisationRules}). Not an institution's town ("University College Lillebælt i Odense") nor a
   * committee's ("udvalget … i Sønderborg"): those are where it is, not what it is called. The
   * country may follow an association named by the words after its head ("Landsforeningen
   * Landsbyerne i Danmark"; {@code first}: the run's first word).
   */
  private int whereItIsOne(Sentence s, int first, int head, int coreEnd) {
    Token last = s.token(head);
    Token place = s.token(coreEnd + 1);
    if (!s.isWord(coreEnd, "i") || place == null || !place.isCapitalised()) {
      return coreEnd;
    }
    boolean country = place.text().equals(OrganisationLexicon.COUNTRY_AFTER_ACRONYM);
    boolean namedAfterItsHead = first < head && isLocalBody(s.token(first));
    if (!isLocalBody(last) && !lexicon.organisations().isParty(last.lower()) && !(country && namedAfterItsHead)) {
      return coreEnd;
    }
    if (country) {
      return coreEnd + 2;
    }
    if (lexicon.municipalities().lookup(place.text()).isEmpty()) {
      return coreEnd;
    }
    Token next = s.token(coreEnd + 2);
    return next != null && next.text().equals("Kommune") ? coreEnd + 3 : place.text().equals(place.base()) ? coreEnd + 2 : coreEnd;
  }

  private static boolean isLocalBody(Token word) {
    return LOCAL_BODY_ENDINGS.stream().anyMatch(word.lower()::endsWith);
  }

  private static final List<String> LOCAL_BODY_ENDINGS = List.of("råd", "rådet", "forening", "foreningen", "foreninger", "organisationer",
      "organisationerne", "gruppen");

  /** A capitalised word that can continue a run (acronyms start their own). */
  private static boolean isNameWord(Sentence s, int index) {
    Token t = s.token(index);
    return t != null && t.isCapitalised() && !t.isAcronym();
  }

  /**
   * "Center" + "for Familie, Social & Beskæftigelse", "Foreningen" + "af Pensionerede Læger",
   * "Institute" + "of Health Equity", "Nationalt Videncenter" + "om Udsatte Børn og Unge": after an
   * organisation head, "for", "af", "of" or "om" and capitalised words joined by "og", "&" or a comma
   * list closed by "og"/"&" are part of the name.
   */
  private int forContinuation(Sentence s, int start, int coreEnd) {
    Token last = s.token(coreEnd - 1);
    // "Foreningen Viden om Jordbrug": a lead word and its name take it along as a head does
    boolean ledName = coreEnd - start == 2 && lexicon.organisations().isLead(s.token(start));
    if (last.isAcronym() || lexicon.organisations().head(last) == null && !ledName
        || !(s.isWord(coreEnd, "for") || s.isWord(coreEnd, "af") || s.isWord(coreEnd, "of") || s.isWord(coreEnd, "om"))
        || !s.isCapitalised(coreEnd + 1)) {
      return coreEnd;
    }
    // "… oplyser Naturstyrelsen om En …": "om" and a function word is the sentence going on
    DanishLemmatizer words = DanishLemmatizer.shared();
    String next = s.token(coreEnd + 1).lower();
    if (s.isWord(coreEnd, "om") && words.knows(next) && !words.isContentWord(next)) {
      return coreEnd;
    }
    int e = nameWords(s, coreEnd + 1);
    while (true) {
      if (isJoiner(s, e) && s.isCapitalised(e + 1) && (!endsInAHead(s, nameWords(s, e + 1)) || namesAField(s, e + 1))
          && !opensAnotherName(s, e + 1)) {
        e = nameWords(s, e + 1);
        continue;
      }
      if (s.isPunct(e, ",")) {
        int k = e;
        while (s.isPunct(k, ",") && s.isCapitalised(k + 1)) {
          k = nameWords(s, k + 1);
        }
        if (k > e && isJoiner(s, k) && s.isCapitalised(k + 1)) {
          e = nameWords(s, k + 1);
          continue;
        }
      }
      return e;
    }
  }

  /**
   * The capitalised words of a "for …" continuation, up to a person's name or an acronym that
   * follows it ("Center for Daginstitutionsforskning Bjørg Kjær", "… for Inklusion og Eksklusion
   * UC Syddanmark").
   */
  private int nameWords(Sentence s, int from) {
    int j = from;
    while (s.isCapitalised(j)) {
      Token t = s.token(j);
      if (j > from && (t.isAcronym() || lexicon.firstNames().contains(t) && s.isCapitalised(j + 1))) {
        break;
      }
      // "Institut for Statskundskab Syddansk Universitet": a name of its own closes the run, its word and its head
      if (j > from && s.isCapitalised(j + 1) && !s.isCapitalised(j + 2) && lexicon.organisations().head(t) == null
          && lexicon.organisations().head(s.token(j + 1)) != null && !lexicon.organisations().head(s.token(j + 1)).compound()) {
        break;
      }
      j++;
    }
    return j;
  }

  /**
   * "Udvalget for levedygtige landsbyer", "Center for landdistriktsforskning": a bare head word and
   * "for" with up to four small-letter words, as official names are often written; the words run
   * to the first that is a verb or a function word ("…, som er nedsat af …").
   */
  private int lowerCaseContinuation(Sentence s, int coreEnd) {
    Token head = s.token(coreEnd - 1);
    if (head.isAcronym() || lexicon.organisations().head(head) == null || !s.isWord(coreEnd, "for")) {
      return coreEnd;
    }
    DanishLemmatizer words = DanishLemmatizer.shared();
    int j = coreEnd + 1;
    int last = coreEnd;
    while (j < s.size() && j - coreEnd <= 4) {
      Token t = s.token(j);
      if (t.isWord() && !t.isCapitalised() && isNameNoun(words, t.lower())) {
        last = ++j;
      } else if (t.isWord("og") && j > coreEnd + 1 && s.token(j + 1) != null && s.token(j + 1).isWord()
          && !s.token(j + 1).isCapitalised() && isNameNoun(words, s.token(j + 1).lower())) {
        j++;
      } else {
        break;
      }
    }
    return last;
  }

  private static boolean isNameNoun(DanishLemmatizer words, String word) {
    return !words.isVerbForm(word) && (!words.knows(word) || words.isContentWord(word));
  }

  /**
   * "Institut for Geovidenskab og Naturforvaltning": one word in the indefinite after "og", though
   * it ends as a head does, is a field the name goes on with; a body is named in the definite
   * ("… og Socialstyrelsen") or with more words ("… og Københavns Kommune").
   */
  private static boolean namesAField(Sentence s, int at) {
    Token t = s.token(at);
    String w = t.lower();
    return !s.isCapitalised(at + 1) && t.genitiveLength() == 0 && !w.endsWith("en") && !w.endsWith("et") && !w.endsWith("ne");
  }

  /**
   * "… og Ole Hansen", "Institut for Psykologi og Center For Psykisk Sundhedsfremme": a conjunct
   * that opens with a first name or with a head word, and goes on in capitals, is another name.
   */
  private boolean opensAnotherName(Sentence s, int at) {
    return s.isCapitalised(at + 1) && (lexicon.firstNames().contains(s.token(at)) || lexicon.organisations().head(s.token(at)) != null);
  }

  /** "… og Københavns Kommune": a conjunct with a head of its own is another organisation. */
  private boolean endsInAHead(Sentence s, int end) {
    return lexicon.organisations().head(s.token(end - 1)) != null;
  }

  private static boolean isJoiner(Sentence s, int index) {
    return s.isWord(index, "og") || s.isPunct(index, "&") || s.isWord(index, "and"); // "… for Macroecology, Evolution and Climate"
  }
}
