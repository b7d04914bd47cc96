package dk.konferencebasen.entities;

import java.util.Arrays;
import java.util.Locale;

/**
 * All word lists the entity rules use, loaded once from the resource files next to this class.
 * Immutable, so one instance serves every indexing thread.
 *
 * @param sentenceStarters function words that never start a name ({@code sentence-starters.txt})
 * @param nameParticles lower-case particles inside names ({@code name-particles.txt})
 * @param speechVerbs verbs of saying that mark the name next to them ({@code speech-verbs.txt})
 * @param abbreviations words whose full stop does not end a sentence ({@code abbreviations.txt})
 * @param talkWords what a programme calls a talk ({@code talk-words.txt})
 * @param partyLetters the ballot letters of Danish parties, "(A)" after a politician's name ({@code party-letters.txt})
 * @param knownOrganisations organisations known by name ({@code organisation-names.txt})
 * @param firstNames the first names people in Denmark carry ({@code first-names.txt})
 * @param localAreas parts of Denmark a local branch is named after ({@code local-areas.txt})
 * @param places countries, regions and cities that are never a name of a person or an organisation on their own ({@code places.txt})
 * @param venueWords the last words of the names of hotels, streets and squares ({@code venue-words.txt})
 */
record Lexicon(
    TitleLexicon titles,
    OrganisationLexicon organisations,
    MunicipalityGazetteer municipalities,
    WordList sentenceStarters,
    WordList nameParticles,
    WordList speechVerbs,
    WordList abbreviations,
    WordList talkWords,
    WordList partyLetters,
    KnownOrganisations knownOrganisations,
    FirstNames firstNames,
    WordList localAreas,
    WordList places,
    WordList venueWords) {

  /**
   * "Sønderborg" of "FOA Sønderborg", "Sønderjylland" of "BUPL Sønderjylland": a municipality or
   * part of Denmark, written as such (not in the genitive), that names a local branch.
   */
  boolean isLocalArea(Token t) {
    return t != null && t.isCapitalised() && t.genitiveLength() == 0
        && (municipalities.lookup(t.text()).filter(m -> m.equalsIgnoreCase(t.text())).isPresent()
            || localAreas.fit(t.text()) == WordList.Fit.WHOLE_WORD);
  }

  /**
   * "DF", "SF", "RV": a party's letters, as a ballot names it ("Morten Messerschmidt (DF)", "hvor
   * også EL, DF og SF holder taler"), not as an organisation is named ("Dansk Folkeparti").
   */
  boolean isPartysLetters(Token t) {
    return t != null && t.isAcronym() && t.text().length() >= 2 && partyLetters.fit(t.text()) == WordList.Fit.WHOLE_WORD;
  }

  /** "Litauen", "Oslo", "New York": the whole name is a place. */
  boolean isAPlace(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return places.fit(lower) == WordList.Fit.WHOLE_WORD || places.phrases().contains(Arrays.asList(lower.split("\\s+")));
  }

  static Lexicon load() {
    WordList abbreviations = WordList.load("abbreviations.txt");
    OrganisationLexicon organisations = OrganisationLexicon.load();
    return new Lexicon(
        TitleLexicon.load(),
        organisations,
        MunicipalityGazetteer.load(),
        WordList.load("sentence-starters.txt"),
        WordList.load("name-particles.txt"),
        WordList.load("speech-verbs.txt"),
        abbreviations,
        WordList.load("talk-words.txt"),
        WordList.load("party-letters.txt"),
        KnownOrganisations.load(new DanishTokenizer(abbreviations), organisations::isParty),
        FirstNames.load(),
        WordList.load("local-areas.txt"),
        WordList.load("places.txt"),
        WordList.load("venue-words.txt"));
  }
}
