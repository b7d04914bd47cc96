package dk.konferencebasen.entities;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Classifies runs from their neighbours in the same sentence, repeating until nothing changes
 * (a person found by one rule can be the cue for the next). Person rules run before organisation
 * rules so that a run with evidence for both ends up a person.
 *
 * <p>Person rules:
 * <ul>
 *   <li>"&lt;Person&gt; og &lt;Name&gt;" and "&lt;Name&gt; og &lt;Person&gt;" (names of 2+ words):
 *       coordinated names are of one kind ("Mads Blistrup og Thomas Kastrup-Larsen").
 *   <li>"&lt;title&gt; for|i|hos|ved|på|fra &lt;Organisation&gt;[,] &lt;Name&gt;": the title
 *       belongs to the name ("formand for Dansk Socialrådgiverforening Mads Blistrup", "adm.
 *       direktør i ISS Danmark, Flemming Bendt").
 *   <li>"&lt;Organisation&gt; &lt;Name&gt;" within one capitalised run, and "&lt;Organisation&gt;,
 *       &lt;Name&gt;," (names of 2+ words): a name set next to an organisation is its person.
 *   <li>"&lt;Name&gt; fra &lt;Organisation&gt;" (names of 2+ words): people come from organisations
 *       ("Pia Olsen Dyhr fra KL").
 *   <li>"&lt;Person&gt; (&lt;X&gt;), &lt;Name&gt; (&lt;Y&gt;)" (after "og" or a comma): a next
 *       name written as the first.
 *   <li>A name written as people's are in a list of three or more, two of them people.
 *   <li>The same text as a person elsewhere in the passage.
 * </ul>
 * Organisation rules:
 * <ul>
 *   <li>"&lt;title&gt; i|hos|på|ved &lt;Name&gt;" ("cheføkonom hos Cepos"), unless the name is a
 *       municipality or goes on past the run ("Capital of Children"); "&lt;title&gt; for
 *       &lt;Name&gt;" ("formanden for Frivillig Forum Bornholm, …"), unless the title holds a
 *       field ("minister for …", "direktør for Sociale forhold …").
 *   <li>Who works with others, arranges or invites: "i samarbejde med &lt;Name&gt;", "arrangeret
 *       af &lt;Name&gt;", "&lt;Name&gt; inviterer".
 *   <li>"&lt;Person&gt; fra &lt;Name&gt;" ("Charlotte Liebak Hansen fra Væksthusets
 *       Forskningscenter", "Erik Friis fra Spejderne"); one word only when it is no place: not a
 *       country or city ("fra Irak"), a part of Denmark, a municipality, nor built as Danish
 *       towns are named ("fra Ullerslev").
 *   <li>"&lt;Person&gt;, &lt;Name&gt;," ("Rasmus Stoklund, Socialdemokratiet,"), unless the name is a
 *       municipality ("Mette Hansen, Aalborg,"); at the end of a line a name of two words, an
 *       acronym or one word that is no place ("Carsten Hyldborg, Fynbus"; not "Jens Jensen,
 *       Haslev"), before "og" and the next person only the first two; and "&lt;Person&gt;, &lt;role&gt;,
 *       &lt;Name&gt;" ("Mette Dalsgaard, COO, Cepos"). Such a name is no second person when it
 *       opens with no first name ("Mette Risager, Risager Consult og Anita Pedersen").
 *   <li>"&lt;Person or Organisation&gt; (&lt;ACRONYM&gt;)": the acronym is an organisation, unless
 *       it is a party's letters after a person ("Mette Hansen (SF)": the party as a ballot names
 *       it, no organisation). An acronym in parentheses after anything else
 *       abbreviates something that is not an organisation (a law: "(LAB)"), so it and every other
 *       mention of it in the passage are not names.
 * </ul>
 */
final class NeighbourRules {
  /** Prepositions linking a title to where it is held: "direktør i Wuxus", "cheføkonom hos Cepos". */
  private static final Set<String> EMPLOYER_PREPOSITIONS = Set.of("i", "hos", "på", "ved");
  /** Prepositions linking a title to an organisation: "formand for", "direktør i". */
  private static final Set<String> TITLE_PREPOSITIONS = Set.of("for", "i", "hos", "ved", "på", "fra");

  private interface PairRule {
    /** {@code earlier}: the run before {@code before} in the same sentence, or null. */
    boolean apply(Candidate earlier, Candidate before, Candidate after);
  }

  private final Lexicon lexicon;

  NeighbourRules(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  void apply(List<Candidate> candidates) {
    while (applyPairs(candidates, this::personRule)
        || listOfPeopleRule(candidates)
        || sameTextRule(candidates)
        || applyPairs(candidates, this::organisationRule)
        || employerRule(candidates)
        || hostRule(candidates)
        || applyPairs(candidates, this::aliasRule)) {
      // keep going until no rule changes anything
    }
    rejectUnresolvedAliases(candidates);
  }

  /** Applies a rule to each pair of neighbouring runs in a sentence; true if anything changed. */
  private static boolean applyPairs(List<Candidate> candidates, PairRule rule) {
    boolean changed = false;
    for (int i = 1; i < candidates.size(); i++) {
      Candidate before = candidates.get(i - 1);
      Candidate after = candidates.get(i);
      if (before.sentence == after.sentence) {
        Candidate earlier = i >= 2 && candidates.get(i - 2).sentence == before.sentence ? candidates.get(i - 2) : null;
        changed |= rule.apply(earlier, before, after);
      }
    }
    return changed;
  }

  private boolean personRule(Candidate earlier, Candidate p, Candidate c) {
    if (c.isOpen() && isPersonAfter(p, c)) {
      c.type = Candidate.Type.PERSON;
      return true;
    }
    if (p.isOpen() && isPersonBefore(p, c) && !isAffiliationOf(earlier, p)) {
      p.type = Candidate.Type.PERSON;
      return true;
    }
    return false;
  }

  /**
   * "Karen Ø. Sørensen, Inge Rasmussen, Jette Vika Jørgensen, Nana Højlund Skjødt og Andreas Lyng
   * Pedersen": in a list of three names or more joined by commas and "og", of which two are
   * people already, a name of two to four words written as people's names are is one more, not an
   * apposition's organisation. People are listed so under a photo or a board.
   */
  private boolean listOfPeopleRule(List<Candidate> candidates) {
    boolean changed = false;
    int from = 0;
    while (from < candidates.size()) {
      int to = from + 1;
      while (to < candidates.size() && candidates.get(to).sentence == candidates.get(from).sentence
          && (gapIs(candidates.get(to - 1), candidates.get(to), ",") || gapIs(candidates.get(to - 1), candidates.get(to), "og"))) {
        to++;
      }
      List<Candidate> list = candidates.subList(from, to);
      // "Mette Risager, Risager Consult og Anita Pedersen, Guldborgsund Kommune": a list that
      // names an organisation pairs each person with where they work
      if (list.size() >= 3 && list.stream().filter(c -> c.is(Candidate.Type.PERSON)).count() >= 2
          && list.stream().noneMatch(c -> c.is(Candidate.Type.ORGANISATION))) {
        for (Candidate c : list) {
          if (c.isOpen() && c.coreLength() >= 2 && c.coreLength() <= 4 && c.end == c.coreEnd
              && PersonCues.writtenAsAName(c.sentence, c.start, c.coreEnd)
              && lexicon.organisations().head(c.token(c.coreEnd - 1)) == null) {
            c.type = Candidate.Type.PERSON;
            changed = true;
          }
        }
      }
      from = to;
    }
    return changed;
  }

  /** Whether the run {@code c} is a person, judging by the run {@code p} before it. */
  private boolean isPersonAfter(Candidate p, Candidate c) {
    boolean fullName = c.coreLength() >= 2;
    if (p.is(Candidate.Type.PERSON)) {
      return fullName && gapIs(p, c, "og"); // "Mads Blistrup og Thomas Kastrup-Larsen"
    }
    if (!p.is(Candidate.Type.ORGANISATION)) {
      return false;
    }
    boolean adjacent = gapIs(p, c); // one capitalised run, split after the head word
    boolean comma = gapIs(p, c, ",");
    // "Sarah Lunar (CFBU) og Siff Monrad Langkilde (CFBU)", "Elisa Rimpler (BUPL), Annegrete Juul
    // (KP) og …": a next name written as the first
    boolean parallel = (gapIs(p, c, ")", "og") || gapIs(p, c, ")", ",")) && p.sentence.isPunct(p.start - 1, "(")
        && c.sentence.isPunct(c.end, "(");
    return parallel && fullName
        || (adjacent || comma) && titleLinkedTo(p) // "formand for <Org> Mads Blistrup"
        || adjacent && fullName // "Dansk Socialrådgiverforening Mads Blistrup"
        || comma && fullName && c.sentence.isPunct(c.end, ","); // "ISS Danmark, Flemming Bendt,"
  }

  /** Whether the run {@code p} is a person, judging by the run {@code c} after it. */
  private static boolean isPersonBefore(Candidate p, Candidate c) {
    return p.coreLength() >= 2
        && (c.is(Candidate.Type.PERSON) && gapIs(p, c, "og") // "Birgit Holm og <Person>"
            || c.is(Candidate.Type.ORGANISATION) && gapIs(p, c, "fra")); // "Pia Olsen Dyhr fra SF"
  }

  /**
   * "Mette Risager, Risager Consult og Anita Pedersen": a name after a person and a comma that
   * does not open with a first name is where that person works, not a second person ({@code
   * earlier}: the run before {@code p}).
   */
  private boolean isAffiliationOf(Candidate earlier, Candidate p) {
    return earlier != null && earlier.is(Candidate.Type.PERSON) && gapIs(earlier, p, ",")
        && !lexicon.firstNames().contains(p.first());
  }

  private boolean organisationRule(Candidate earlier, Candidate p, Candidate c) {
    // "Iben Nørup, Post Doc, PhD.": a role after the name, not the person's organisation
    if (!c.isOpen() || !p.is(Candidate.Type.PERSON) || lexicon.titles().isTitle(c.token(c.coreEnd - 1))) {
      return false;
    }
    boolean fromOrganisation = gapIs(p, c, "fra") && (c.coreLength() >= 2 || isOneWordBody(c));
    boolean apposition = gapIs(p, c, ",") && c.sentence.isPunct(c.end, ",") && !isMunicipality(c);
    // "Bjarne Laustsen, Socialdemokratiet" closing a line of a list; one word there is as often
    // the person's town ("Jens Jensen, Haslev"), so only a longer name or an acronym
    boolean lineEnd = gapIs(p, c, ",") && c.sentence.onlyPunctuationFrom(c.end)
        && (c.coreLength() >= 2 || c.first().isAcronym() || isOneWordBody(c)) && !isMunicipality(c);
    // "Mette Risager, Risager Consult og Anita Pedersen, …": the same, before the next person
    Token and = c.sentence.token(c.end);
    boolean beforeTheNextPerson = gapIs(p, c, ",") && and != null && and.isWord("og")
        && lexicon.firstNames().contains(c.sentence.token(c.end + 1)) && !lexicon.firstNames().contains(c.first())
        && (c.coreLength() >= 2 || c.first().isAcronym()) && !isMunicipality(c);
    if (fromOrganisation || apposition || lineEnd || beforeTheNextPerson || afterTheRole(p, c)) {
      c.type = Candidate.Type.ORGANISATION;
      return true;
    }
    return false;
  }

  /**
   * "Erik Friis fra Spejderne", "Carsten Hyldborg, Fynbus": one capitalised word after a person
   * names the body the person comes from, unless it is a place: a country or city, a part of
   * Denmark, a municipality, or a word built as Danish towns are named ("Haslev", "Ullerslev",
   * "Kragelund", "Tune").
   */
  private boolean isOneWordBody(Candidate c) {
    Token word = c.first();
    String lower = word.base().toLowerCase(Locale.ROOT);
    return c.coreLength() == 1 && word.isCapitalised() && !word.isAcronym() && lower.matches("\\p{L}{4,}")
        && !lexicon.isAPlace(word.base()) && !lexicon.isLocalArea(word) && !isMunicipality(c)
        && !lexicon.firstNames().contains(word) && TOWN_ENDINGS.stream().noneMatch(lower::endsWith)
        && !(lower.endsWith("e") && !lower.endsWith("erne") && !lower.endsWith("ene")); // "Tune", not "Spejderne"
  }

  /** How Danish towns' names end (-lev, -sted, -rup, -bjerg …): one such word after a person is where the person lives. */
  private static final List<String> TOWN_ENDINGS = List.of("lev", "løse", "inge", "ing", "sted", "um", "by", "rup", "torp",
      "tved", "ved", "holm", "bjerg", "skov", "købing", "bøl", "ager", "borg", "bro", "hus", "rød", "bæk", "lund", "lunde",
      "ø", "næs", "strand", "vig", "havn", "toft");

  /**
   * "Mette Dalsgaard, COO, Cepos", "Jens Meldgaard Bruun, klinisk professor, Steno Diabetes
   * Center": after a person and a comma, a role in small letters (or a title's acronym) and
   * another comma, the next name is where the person works.
   */
  private boolean afterTheRole(Candidate p, Candidate c) {
    Sentence s = p.sentence;
    if (!s.isPunct(p.end, ",") || !s.isPunct(c.start - 1, ",") || c.start - 1 <= p.end + 1
        || !(s.isPunct(c.end, ",") || c.sentence.onlyPunctuationFrom(c.end))) {
      return false;
    }
    boolean title = false;
    for (int i = p.end + 1; i < c.start - 1; i++) {
      Token t = s.token(i);
      boolean role = lexicon.titles().isTitle(t) || lexicon.titles().isModifier(t);
      if (t.isPunct(",")) {
        continue; // "direktør, moderator, Meyers Madhus"
      }
      if (!t.isWord() || t.isCapitalised() && !role) {
        return false;
      }
      title |= lexicon.titles().isTitle(t);
    }
    return title && !isMunicipality(c);
  }

  /**
   * "administrerende direktør i Wuxus", "cheføkonom hos Cepos", "redaktør på Fit Living": the
   * name a title governs is where the title is held, unless it is a municipality (a place).
   */
  private boolean employerRule(List<Candidate> candidates) {
    boolean changed = false;
    for (Candidate c : candidates) {
      Sentence s = c.sentence;
      Token preposition = s.token(c.start - 1);
      // not "minister for By, Bolig og …" (a portfolio), nor a name going on past the run
      // ("Capital of Children", "Landbrug & Fødevarer", "Ugeskrift for Læger")
      Token title = s.token(c.start - 2);
      Token after = s.token(c.end);
      // after "for" a body's name ends the phrase ("formand for Frivillig Forum Bornholm, …");
      // small words after it make it a field ("direktør for Sociale forhold og …")
      boolean heldAt = preposition != null && lexicon.titles().isTitleOrItsDefinite(title)
          && (EMPLOYER_PREPOSITIONS.contains(preposition.lower())
              || preposition.isWord("for") && !holdsAPortfolio(title) && (after == null || !after.isWord() || after.isCapitalised()));
      // ("… i Timegruppen og formand for …": "og" and a small word is the sentence going on)
      boolean nameGoesOn = after != null && (after.isPunct("&") || after.isWord() && !after.isCapitalised()
          && (after.isWord("of") || after.isWord("for") || after.isWord("og") && s.isCapitalised(c.end + 1)));
      if (c.isOpen() && c.end == c.coreEnd && heldAt && !nameGoesOn && !isMunicipality(c)) {
        c.type = Candidate.Type.ORGANISATION;
        changed = true;
      }
    }
    return changed;
  }

  /**
   * "i samarbejde med Psykinfo", "arrangeret af Socialstyrelsen", "Landsbyforum Køge inviterer …":
   * who works with others, arranges a meeting or invites to it is a body, unless the name opens
   * with a first name ("Camilla Fabricius inviterer").
   */
  private boolean hostRule(List<Candidate> candidates) {
    boolean changed = false;
    for (Candidate c : candidates) {
      // nor a place ("… Storkøbenhavn og Nordsjælland inviterer") or an article cut from its name
      if (!c.isOpen() || c.end != c.coreEnd || isMunicipality(c) || lexicon.firstNames().contains(c.first())
          || lexicon.isAPlace(c.text()) || lexicon.localAreas().fit(c.first().base()) != WordList.Fit.NONE
          || c.coreLength() == 1 && (ARTICLES.contains(c.first().lower()) || lexicon.organisations().isWholeWordHead(c.first()))) {
        continue; // "… i tæt samarbejde med Fonden": a bare head is the body named before, not a name
      }
      Sentence s = c.sentence;
      Token before = s.token(c.start - 1);
      Token twoBefore = s.token(c.start - 2);
      boolean withOrBy = before != null && twoBefore != null && (before.isWord("med") && twoBefore.isWord("samarbejde")
          || before.isWord("af") && HOSTED.contains(twoBefore.lower()) || before.isWord("af") && twoBefore.isWord("regi"));
      Token after = s.token(c.end);
      boolean hosts = after != null && after.isWord() && HOSTS.contains(after.lower());
      if (withOrBy || hosts) {
        c.type = Candidate.Type.ORGANISATION;
        changed = true;
      }
    }
    return changed;
  }

  private static final Set<String> ARTICLES = Set.of("den", "det", "de");
  private static final Set<String> HOSTED = Set.of("arrangeret", "arrangeres", "afholdt", "afholdes", "støttet", "støttes", "sponsoreret");
  private static final Set<String> HOSTS = Set.of("inviterer", "inviterede", "afholder", "afholdt", "afholdte", "arrangerer", "arrangerede");

  /** "minister for By, Bolig og …", "rådmand for Sundhed og Omsorg": after "for" these titles name a field, not a body. */
  private static boolean holdsAPortfolio(Token title) {
    String t = title.lower();
    return PORTFOLIO_TITLES.stream().anyMatch(t::contains);
  }

  private static final List<String> PORTFOLIO_TITLES = List.of("minister", "rådmand", "borgmester", "chef", "ansvarlig", "ordfører", "konsulent");

  private boolean aliasRule(Candidate earlier, Candidate p, Candidate c) {
    boolean defined = c.is(Candidate.Type.PENDING_ALIAS) && gapIs(p, c, "(")
        && (p.is(Candidate.Type.PERSON) || p.is(Candidate.Type.ORGANISATION));
    if (defined && p.is(Candidate.Type.PERSON) && lexicon.isPartysLetters(c.first())) {
      c.type = Candidate.Type.NOT_A_NAME; // "Søren Søndergaard (EL)": the politician's party, by its letters
    } else if (defined) {
      c.type = Candidate.Type.ORGANISATION;
      if (p.is(Candidate.Type.ORGANISATION) && AcronymDefinition.abbreviates(c.text(), p.text())) {
        c.abbreviates = p;
      }
    }
    return defined;
  }

  /** An undecided run written exactly like a person or organisation elsewhere in the passage. */
  private static boolean sameTextRule(List<Candidate> candidates) {
    Map<String, Candidate.Type> known = new HashMap<>();
    for (Candidate c : candidates) {
      if (c.is(Candidate.Type.PERSON) || c.is(Candidate.Type.ORGANISATION)) {
        known.putIfAbsent(c.text(), c.type);
      }
    }
    boolean changed = false;
    for (Candidate c : candidates) {
      Candidate.Type type = c.isOpen() ? known.get(c.text()) : null;
      if (type != null) {
        c.type = type;
        changed = true;
      }
    }
    return changed;
  }

  private static void rejectUnresolvedAliases(List<Candidate> candidates) {
    Set<String> rejected = new HashSet<>();
    for (Candidate c : candidates) {
      if (c.is(Candidate.Type.PENDING_ALIAS)) {
        c.type = Candidate.Type.NOT_A_NAME;
        rejected.add(c.first().base());
      }
    }
    for (Candidate c : candidates) {
      if (c.is(Candidate.Type.ORGANISATION) && c.coreLength() == 1 && rejected.contains(c.first().base())) {
        c.type = Candidate.Type.NOT_A_NAME;
      }
    }
  }

  /** "formand for &lt;org&gt;", "adm. direktør i &lt;org&gt;": a title governs the organisation. */
  private boolean titleLinkedTo(Candidate org) {
    Sentence s = org.sentence;
    Token preposition = s.token(org.start - 1);
    return preposition != null && preposition.isWord()
        && TITLE_PREPOSITIONS.contains(preposition.lower())
        && lexicon.titles().isTitle(s.token(org.start - 2));
  }

  private boolean isMunicipality(Candidate c) {
    return c.coreLength() == 1 && lexicon.municipalities().lookup(c.first().base()).isPresent();
  }

  /** Whether exactly the given words or marks lie between the two runs. */
  private static boolean gapIs(Candidate p, Candidate c, String... between) {
    if (c.start - p.end != between.length) {
      return false;
    }
    for (int k = 0; k < between.length; k++) {
      Token t = p.sentence.token(p.end + k);
      if (t.quoted() || !t.text().equalsIgnoreCase(between[k])) {
        return false;
      }
    }
    return true;
  }
}
