package dk.konferencebasen.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides from a run's own words whether it is an organisation, splitting it where an
 * organisation name ends inside it.
 *
 * <ul>
 *   <li>An acronym is an organisation ("KL’s" gives "KL"), unless it is a common abbreviation, the
 *       sentence is all capitals, or it stands in parentheses after a phrase: then it abbreviates
 *       that phrase and is an organisation only if the phrase is one (decided later by
 *       {@link NeighbourRules}: "Kommunernes Landsforening (KL)" yes, "Lov om Aktiv
 *       Beskæftigelsesindsats (LAB)" no).
 *   <li>A run with a head word is an organisation up to and including the head ("Roskilde
 *       Universitet"); a lead head also takes the next word ("Region Hovedstaden"). Words after
 *       that form a new run: "Dansk Socialrådgiverforening" + "Mads Blistrup".
 *   <li>"&lt;Name&gt; Kommune" also names the municipality &lt;Name&gt;.
 * </ul>
 */
final class OrganisationRules {
  private final Lexicon lexicon;

  OrganisationRules(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The candidate, classified, or the parts it splits into. */
  List<Candidate> apply(Candidate c) {
    List<Candidate> out = new ArrayList<>();
    classify(c, out);
    return out;
  }

  /**
   * "TILMELDING HER", "LÆR AT TACKLE hverdagen": a Danish word in capitals next to another one is
   * a phrase written in capitals, not an acronym ("Oplæg ved KL DGI" names two organisations).
   */
  private static boolean inAShoutedPhrase(Candidate c) {
    if (c.coreLength() != 1 || !isShoutedDanishWord(c.first())) {
      return false;
    }
    return isShoutedDanishWord(c.token(c.start - 1)) || isShoutedDanishWord(c.token(c.coreEnd));
  }

  private static boolean isShoutedDanishWord(Token t) {
    return t != null && t.isWord() && t.text().length() >= 2 && t.text().equals(t.text().toUpperCase(Locale.ROOT))
        && t.genitiveLength() == 0 && OrganisationLexicon.spellsADanishWord(t);
  }

  private void classify(Candidate c, List<Candidate> out) {
    if (c.is(Candidate.Type.ORGANISATION) || c.is(Candidate.Type.PERSON)) {
      out.add(c); // known by name, or a name in capitals known by its first name
      return;
    }
    OrganisationLexicon orgs = lexicon.organisations();
    Token first = c.first();
    if (first.isAcronym()) {
      boolean alias = c.coreLength() == 1 && abbreviatesPrecedingPhrase(c);
      // ("SIND", "VIA": a shouted word, but known by name)
      boolean known = lexicon.knownOrganisations().isNameAlone(first.base());
      if (!(orgs.isOrganisationAcronym(first) || known) || c.sentence.allCapitals() || inAShoutedPhrase(c)
          || c.coreLength() == 1 && !alias && lexicon.isPartysLetters(first)) {
        c.type = Candidate.Type.NOT_A_NAME;
      } else if (alias) {
        c.type = Candidate.Type.PENDING_ALIAS;
      } else {
        c.type = Candidate.Type.ORGANISATION;
      }
      out.add(c);
      return;
    }
    for (int h = c.start; h < c.coreEnd; h++) {
      OrganisationLexicon.Head head = orgs.head(c.token(h));
      if (head == null) {
        continue;
      }
      if (h == c.coreEnd - 1) {
        // "viceborgmester Morten Andersen Nordfyns Kommune": a municipality is named by its own
        // name alone, so the words before that name are another name
        if (h - c.start >= 3 && isKommune(c.token(h)) && lexicon.municipalities().lookup(c.token(h - 1).base()).isPresent()
            && lexicon.municipalities().lookup(c.text(c.start, h)).isEmpty()) {
          classify(new Candidate(c.sentence, c.start, h - 1, h - 1, c.sentenceInitial, c.titled), out);
          Candidate municipality = new Candidate(c.sentence, h - 1, c.coreEnd, c.end, false, false);
          markOrganisation(municipality, h, head);
          out.add(municipality);
          return;
        }
        if (isOrganisationEndingIn(c, head)) {
          markOrganisation(c, h, head);
        }
        out.add(c);
        return;
      }
      // An owner's possessive before another head is one name: "Københavns Kommunes
      // Beskæftigelsesforvaltning", "Aalborg Kommunes Jobcenter".
      OrganisationLexicon.Head last = orgs.head(c.token(c.coreEnd - 1));
      if (head.possessiveS() && last != null) {
        markOrganisation(c, c.coreEnd - 1, last);
        if (isKommune(c.token(h))) {
          c.municipality = lexicon.municipalities().beforeKommune(c.text(c.start, h));
        }
        out.add(c);
        return;
      }
      // The head is followed by more capitalised words: the organisation ends at the head, or
      // one word later for a lead ("Region Hovedstaden"); the rest is a run of its own.
      int orgCoreEnd = orgs.isLead(c.token(h)) && !head.possessiveS() ? h + 2 : h + 1;
      // a lead that opens the run may name in two words ("Tænketanken Fremtidens Biblioteker"),
      // unless the last is a person's first name, a place or an acronym of its own
      if (orgCoreEnd == c.coreEnd - 1 && h == c.start && orgs.isLead(c.token(h)) && !head.possessiveS()
          && continuesAName(c.token(orgCoreEnd))) {
        orgCoreEnd++;
      }
      // a compound head in its definite form is often followed by the body's own name
      // ("Musik- og Kulturforeningen Quedens", "Idrætsforeningen Fremad")
      // and a head after a word of its own by the place it is in ("Lokalhistorisk Forening Karlebo")
      // (not a genitive that opens what follows: "Kroppedal Museum Velfærdsforstadens …", "Alliance’s Board")
      boolean namedByAWord = head.compound() && isDefinite(c.token(h).lower())
          || h > c.start && !head.compound() && c.token(h).genitiveLength() == 0 && c.coreEnd == h + 2
              && !c.token(h + 1).lower().endsWith("s");
      if (orgCoreEnd == c.coreEnd - 1 && orgCoreEnd == h + 1 && namedByAWord && !head.possessiveS()
          && continuesAName(c.token(orgCoreEnd)) && orgs.head(c.token(orgCoreEnd)) == null) {
        orgCoreEnd++;
      }
      // a bare head word opening the run is named by all that follows it when no person's name
      // is among it ("Museum Lolland Falster", "Universitet Paris Sud"): alone it is a common noun
      if (h == c.start && !head.compound() && !head.possessiveS() && namesTheRest(c, h + 1)) {
        orgCoreEnd = c.coreEnd;
      }
      // a local branch: the place after the organisation's head ("Aftenskolernes Samråd København")
      if (orgCoreEnd == c.coreEnd - 1 && orgCoreEnd == h + 1 && lexicon.isLocalArea(c.token(orgCoreEnd))) {
        orgCoreEnd++;
      }
      int orgEnd = orgCoreEnd == c.coreEnd ? c.end : orgCoreEnd;
      Candidate org = new Candidate(c.sentence, c.start, orgCoreEnd, orgEnd, c.sentenceInitial, c.titled);
      markOrganisation(org, h, head);
      out.add(org);
      if (orgCoreEnd < c.coreEnd) {
        classify(new Candidate(c.sentence, orgCoreEnd, c.coreEnd, c.end, false, false), out);
      }
      return;
    }
    // "Danske Regioner", "Dansk Firmaidræt", "Danmarks Statistik": the national associations and
    // bodies are named so, and no person's name opens with the country
    if (c.coreLength() >= 2 && NATIONAL.contains(c.first().text())) {
      c.type = Candidate.Type.ORGANISATION;
      c.possessiveS = c.endsInAGenitiveS(); // "Danske Regioners telt"
    }
    out.add(c);
  }

  private boolean namesTheRest(Candidate c, int from) {
    for (int i = from; i < c.coreEnd; i++) {
      Token t = c.token(i);
      if (!t.isCapitalised() || t.isAcronym() || lexicon.firstNames().contains(t)
          || t.genitiveLength() > 0 && i < c.coreEnd - 1) {
        return false;
      }
    }
    return true;
  }

  private boolean continuesAName(Token t) {
    return t.isCapitalised() && !t.isAcronym() && t.genitiveLength() == 0 && !lexicon.firstNames().contains(t)
        && !lexicon.isLocalArea(t) && lexicon.municipalities().lookup(t.text()).isEmpty();
  }

  private static final Set<String> NATIONAL = Set.of("Dansk", "Danske", "Danmarks");
  /** "-foreningen", "-selskabet": a head in its definite form. */
  private static boolean isDefinite(String word) {
    return word.endsWith("en") || word.endsWith("et");
  }

  /** Whether a run whose last word is a head is an organisation name. */
  private boolean isOrganisationEndingIn(Candidate c, OrganisationLexicon.Head head) {
    if (c.coreLength() > 1 || c.end > c.coreEnd) {
      return true; // "Roskilde Universitet", "Styrelsen for ..."
    }
    if (!head.compound()) {
      // a lone "Rådet", "Center": a common noun; a party named by one word is the party
      return (!c.sentenceInitial || isALabel(c) || lexicon.organisations().namesEvenAtSentenceStart(c.first()))
          && lexicon.organisations().isLoneName(c.first());
    }
    // A lone compound ("Socialdemokratiet") is a name inside a sentence; at its start, only if
    // the compound has no common-noun use.
    return !c.sentenceInitial || lexicon.organisations().namesEvenAtSentenceStart(c.first());
  }

  /** "Venstre: Martin Geertsen": the party's name alone before a colon labels its candidate. */
  private static boolean isALabel(Candidate c) {
    return c.coreEnd == c.sentence.tokens().size() - 1 && c.sentence.isPunct(c.coreEnd, ":");
  }

  private void markOrganisation(Candidate org, int head, OrganisationLexicon.Head h) {
    org.type = Candidate.Type.ORGANISATION;
    org.possessiveS = h.possessiveS() && head == org.coreEnd - 1 && org.end == org.coreEnd;
    if (head > org.start && isKommune(org.token(head))) {
      org.municipality = lexicon.municipalities().beforeKommune(org.text(org.start, head));
      org.isMunicipality = true;
    } else {
      String named = org.municipalityInTheName(lexicon.municipalities()); // "Handicaprådet i Københavns Kommune"
      if (named != null) {
        org.municipality = named;
      }
    }
  }

  private static boolean isKommune(Token token) {
    String word = token.base().toLowerCase(Locale.ROOT);
    return word.endsWith("kommune") || word.endsWith("kommunes");
  }

  /** "(LAB)" right after a word: an abbreviation being defined for the phrase before it. */
  private static boolean abbreviatesPrecedingPhrase(Candidate c) {
    Sentence s = c.sentence;
    Token before = s.token(c.start - 2);
    return s.isPunct(c.start - 1, "(") && s.isPunct(c.coreEnd, ")") && before != null && before.isWord();
  }
}
