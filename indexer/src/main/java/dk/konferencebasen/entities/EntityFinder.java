package dk.konferencebasen.entities;

import dk.konferencebasen.schema.NamedEntities;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the people, organisations and municipalities named in one passage of a Danish report, with
 * rules in the spirit of a rule-based Danish named-entity recogniser.
 *
 * <p>Danish capitalises proper nouns only, so the candidates are the runs of capitalised words
 * inside a sentence ({@link NameRunFinder}); a word capitalised just because it starts a sentence is
 * not a name on its own, and text in quotation marks is a title or a quote, not names. The runs are
 * classified in steps, each in its own class:
 *
 * <ol>
 *   <li>{@link OrganisationRules}: head words (Kommune, Universitet, -forening ...) and acronyms;
 *       splitting "Dansk Socialrådgiverforening Mads Blistrup" after the head.
 *   <li>{@link PersonCues}: titles before or after, ages, verbs of saying.
 *   <li>{@link NeighbourRules}: patterns linking neighbouring runs ("&lt;Person&gt; fra
 *       &lt;Org&gt;", "&lt;Person&gt;, &lt;Org&gt;,", "&lt;Org&gt;, &lt;Person&gt;", coordination,
 *       parenthesised abbreviations).
 *   <li>{@link ListedPeople}: the other names of a list whose lines name people.
 *   <li>Municipalities: "&lt;Name&gt; Kommune", and gazetteer names that are not part of a person's or
 *       organisation's name.
 * </ol>
 *
 * A run with no cue is not tagged ("Danmark", "Haslev", "Kultunariet").
 *
 * <p>Construct once and share: the word lists are loaded in the constructor and never change, and
 * {@link #find} keeps all its working state local, so the finder is thread-safe.
 */
public final class EntityFinder {
  /** "C", "K", "NV", "SØ": the district letters after a town in a Danish address. */
  private static final Pattern POSTAL_DISTRICT = Pattern.compile("[NSØVCK]{1,2}");
  /** "Sorø og Gribskov Kommuner": the plural after two names. */
  private static final Pattern KOMMUNER = Pattern.compile("(?i)kommun(?:er|erne|ernes)");

  private final Lexicon lexicon;
  private final DanishTokenizer tokenizer;
  private final NameRunFinder runFinder;
  private final OrganisationRules organisationRules;
  private final PersonCues personCues;
  private final NeighbourRules neighbourRules;
  private final ListedPeople listedPeople = new ListedPeople();

  /** Loads the word lists from the resources of this package. */
  public EntityFinder() {
    this(Lexicon.load());
  }

  EntityFinder(Lexicon lexicon) {
    this.lexicon = lexicon;
    this.tokenizer = new DanishTokenizer(lexicon.abbreviations());
    this.runFinder = new NameRunFinder(lexicon);
    this.organisationRules = new OrganisationRules(lexicon);
    this.personCues = new PersonCues(lexicon);
    this.neighbourRules = new NeighbourRules(lexicon);
  }

  /**
   * The entities named in {@code passageText} (one paragraph), each list in order of first mention
   * and without duplicates.
   */
  public NamedEntities find(String passageText) {
    if (passageText == null || passageText.isBlank()) {
      return NamedEntities.NONE;
    }
    List<Candidate> candidates = new ArrayList<>();
    Set<String> compoundsFirstParts = new LinkedHashSet<>();
    for (Sentence sentence : tokenizer.sentences(ProgrammeShorthand.expand(passageText))) {
      for (Candidate run : runFinder.find(sentence)) {
        candidates.addAll(organisationRules.apply(run));
      }
      compoundsFirstParts.addAll(knownAcronymsOpeningCompounds(sentence));
    }
    personCues.apply(candidates);
    neighbourRules.apply(candidates);
    listedPeople.apply(candidates);
    for (Candidate c : candidates) {
      if (c.is(Candidate.Type.PERSON) && (namesAPlace(c) || endsInAVenueWord(c))) {
        c.type = Candidate.Type.OPEN; // "Aalborg Rådhus", "Campus Herning", "Grønbechs Hotel": a place the cues took for a person
      }
      // "…, Litauen", "…, Oslo": a place alone is no name of a person or a body; nor is a
      // municipality's administration without its owner
      if ((c.is(Candidate.Type.PERSON) || c.is(Candidate.Type.ORGANISATION)) && lexicon.isAPlace(c.text())
          || c.is(Candidate.Type.ORGANISATION) && (isAnUnownedUnit(c) || isWhereItHappens(c))) {
        c.type = Candidate.Type.NOT_A_NAME;
      }
      c.possessiveS |= (c.is(Candidate.Type.PERSON) || c.is(Candidate.Type.ORGANISATION) && c.end > c.coreEnd)
          && c.endsInAGenitiveS();
    }
    joinOwnersBodies(candidates);
    return withBodiesOpeningCompounds(collect(candidates), compoundsFirstParts);
  }

  /** The names found, and the known bodies whose acronyms open compounds ("LO-formand"), unless a compound is a body's whole name ("EU-Kommissionen"). */
  private static NamedEntities withBodiesOpeningCompounds(NamedEntities named, Set<String> acronyms) {
    if (acronyms.isEmpty()) {
      return named;
    }
    Set<String> organisations = new LinkedHashSet<>(named.organisations());
    acronyms.stream().filter(acronym -> organisations.stream().noneMatch(o -> o.startsWith(acronym + "-"))).forEach(organisations::add);
    return new NamedEntities(named.people(), List.copyOf(organisations), named.municipalities(), named.acronyms());
  }

  /** "LO-formand Lizette Risgaard", "FOA-tillidsrepræsentant": a known body's acronym as a compound's first part names it. */
  private List<String> knownAcronymsOpeningCompounds(Sentence sentence) {
    List<String> named = new ArrayList<>();
    for (Token t : sentence.tokens()) {
      if (!t.isWord() || t.text().indexOf('-') < 0) {
        continue; // every token of every passage passes here
      }
      Matcher part = ACRONYM_FIRST.matcher(t.text());
      if (part.matches() && lexicon.knownOrganisations().isNameAlone(part.group(1))) {
        named.add(part.group(1));
      }
    }
    return named;
  }

  private static final Pattern ACRONYM_FIRST = Pattern.compile("(\\p{Lu}{2,5}|\\d\\p{Lu})-\\p{Ll}{3,}");

  /**
   * "KL's Miljø- og Forsyningsudvalg", "DCU’s Spor- og Naturudvalg", "FN's Generalforsamling": an
   * organisation in the genitive right before a body of its own names that body, one organisation
   * by its fullest name (the owner is named too).
   */
  private void joinOwnersBodies(List<Candidate> candidates) {
    for (int i = 1; i < candidates.size(); i++) {
      Candidate owner = candidates.get(i - 1);
      Candidate body = candidates.get(i);
      boolean aBody = body.is(Candidate.Type.ORGANISATION) && body.municipality == null
          || !body.is(Candidate.Type.NOT_A_NAME) && body.coreLength() == 1 && lexicon.organisations().head(body.first()) != null;
      if (owner.sentence == body.sentence && owner.is(Candidate.Type.ORGANISATION) && !owner.isMunicipality
          && owner.end == body.start && owner.token(owner.end - 1).genitiveLength() > 0 && aBody) {
        Candidate whole = new Candidate(owner.sentence, owner.start, body.coreEnd, body.end, owner.sentenceInitial, owner.titled);
        whole.type = Candidate.Type.ORGANISATION;
        whole.possessiveS = body.possessiveS;
        candidates.set(i, whole);
      }
    }
  }

  /**
   * {@code run} read as one person's name, without a title in front ("borgmester Trine Græse" →
   * "Trine Græse"), when the words could be one: a single run of two or more capitalised words
   * that the organisation rules and the gazetteer do not claim. For the names that the words
   * around a talk already make its giver ("Lars Mejlbyes indlæg").
   */
  public Optional<String> asPersonName(String run) {
    List<Sentence> sentences = tokenizer.sentences(run);
    if (sentences.size() != 1) {
      return Optional.empty();
    }
    List<Candidate> runs = runFinder.find(sentences.get(0));
    if (runs.size() != 1 || runs.get(0).coreLength() < 2) {
      return Optional.empty();
    }
    List<Candidate> classified = organisationRules.apply(runs.get(0));
    if (classified.size() != 1 || !classified.get(0).is(Candidate.Type.OPEN)) {
      return Optional.empty();
    }
    Candidate name = classified.get(0);
    return hasAMunicipality(name) ? Optional.empty() : Optional.of(name.text());
  }

  /**
   * A run with a municipality or a part of Denmark in it ("Aalborg Rådhus", "Campus Herning",
   * "Hovedstaden") names a place, unless it opens with a first name ("Lise Holbæk").
   */
  private boolean namesAPlace(Candidate c) {
    if (lexicon.firstNames().contains(c.first())) {
      return false;
    }
    for (int i = c.start; i < c.coreEnd; i++) {
      if (lexicon.localAreas().fit(c.token(i).base()) != WordList.Fit.NONE) {
        return true;
      }
    }
    return hasAMunicipality(c);
  }

  /** "Grønbechs Hotel", "Hannemanns Allé": a run of two or more words ending in a hotel's, a street's or a square's word. */
  private boolean endsInAVenueWord(Candidate c) {
    return c.coreLength() >= 2 && lexicon.venueWords().fit(c.token(c.coreEnd - 1).lower()) != WordList.Fit.NONE;
  }

  private boolean hasAMunicipality(Candidate c) {
    for (int i = c.start; i < c.coreEnd; i++) {
      if (lexicon.municipalities().lookup(c.token(i).base()).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Sønderborg Lærerkreds", "Comwell Hotel Aarhus", "Roskilde Festival": a municipality's name
   * inside the name of something else (a body, a venue, an event) is no mention of the
   * municipality. Postal districts ("Aarhus C", "København NV"), other municipalities ("Lejre
   * Roskilde") and "Kommuner" ("Sorø og Gribskov Kommuner") are no other name.
   */
  private boolean insideAnotherName(Candidate c) {
    for (int i = c.start; i < c.coreEnd; i++) {
      String word = c.token(i).base();
      if (lexicon.municipalities().lookup(word).isEmpty() && !POSTAL_DISTRICT.matcher(word).matches()
          && !KOMMUNER.matcher(word).matches()) {
        return true;
      }
    }
    return false;
  }

  /**
   * A municipality's administration ("Børne- og Ungdomsforvaltningen") or council ("Byrådet")
   * without its owner: every municipality has one of that name, so alone it identifies no
   * organisation. With the owner ("Københavns Kommunes Beskæftigelses- og Integrationsforvaltning",
   * "Aarhus Byråd") it does.
   */
  private boolean isAnUnownedUnit(Candidate c) {
    String last = c.token(c.coreEnd - 1).text().toLowerCase(Locale.ROOT);
    if (c.coreLength() == 1 && c.end == c.coreEnd && COUNCILS.contains(last)) {
      return true; // "Nu sætter Byrådet fokus på …": this town's council, whichever town it is
    }
    if (!last.endsWith("forvaltning") && !last.endsWith("forvaltningen")) {
      return false;
    }
    for (int i = c.start; i < c.coreEnd - 1; i++) {
      OrganisationLexicon.Head head = lexicon.organisations().head(c.token(i));
      if (head != null && head.possessiveS()) {
        return false;
      }
    }
    return true;
  }

  /**
   * "i Arbejdermuseet", "på Hovedbiblioteket i Birkerød": a museum or a library after a
   * preposition of place is where the meeting is, a building, not a body that acts ("Per
   * Kristian Madsen, Nationalmuseet", "forsker på Nationalmuseet" stay: no place preposition, or
   * a title before it).
   */
  private boolean isWhereItHappens(Candidate c) {
    String last = c.token(c.coreEnd - 1).lower();
    Token before = c.token(c.start - 1);
    return VENUE_ENDINGS.stream().anyMatch(last::endsWith) && before != null && PLACE_PREPOSITIONS.contains(before.lower())
        && !lexicon.titles().isTitle(c.token(c.start - 2));
  }

  /** The elected councils every municipality and region has, alone: no name without the owner ("Aarhus Byråd"). */
  private static final Set<String> COUNCILS = Set.of("byråd", "byrådet", "regionsråd", "regionsrådet", "kommunalbestyrelse",
      "kommunalbestyrelsen", "borgerrepræsentationen");
  private static final List<String> VENUE_ENDINGS = List.of("museum", "museet", "bibliotek", "biblioteket");
  private static final Set<String> PLACE_PREPOSITIONS = Set.of("i", "på");

  /** Candidates are in text order, so insertion order is order of first mention. */
  private NamedEntities collect(List<Candidate> candidates) {
    Set<String> people = new LinkedHashSet<>();
    Set<String> organisations = new LinkedHashSet<>();
    Set<String> municipalities = new LinkedHashSet<>();
    Map<String, String> acronyms = new LinkedHashMap<>();
    for (Candidate c : candidates) {
      switch (c.type) {
        case PERSON -> people.add(c.text());
        case ORGANISATION -> {
          // "Aalborg Kommune" is the municipality Aalborg, one name of one type: counted among
          // the municipalities, not again among the organisations
          if (c.municipality != null) {
            municipalities.add(c.municipality);
          }
          if (!c.isMunicipality) {
            organisations.add(c.text());
          }
          if (c.abbreviates != null && c.abbreviates.is(Candidate.Type.ORGANISATION) && !c.abbreviates.isMunicipality) {
            acronyms.putIfAbsent(c.text(), c.abbreviates.text());
          }
        }
        case OPEN -> {
          // Not part of a person's or organisation's name: a gazetteer municipality is tagged
          // unless its capital is only positional ("Vejen er lang" is not about Vejen); a name
          // that is a whole list item or line ("• Ballerup") is a name.
          if ((!c.isLoneSentenceStart() || c.isWholeSentence()) && !insideAnotherName(c)) {
            for (int i = c.start; i < c.coreEnd; i++) {
              lexicon.municipalities().lookup(c.token(i).base()).ifPresent(municipalities::add);
            }
          }
        }
        default -> {
          // PENDING_ALIAS is resolved by NeighbourRules; NOT_A_NAME is dropped.
        }
      }
    }
    return new NamedEntities(List.copyOf(people), List.copyOf(organisations), List.copyOf(municipalities), acronyms);
  }
}
