package dk.konferencebasen.entities;

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
    WordList partyLetters) {

  static Lexicon load() {
    return new Lexicon(
        TitleLexicon.load(),
        OrganisationLexicon.load(),
        MunicipalityGazetteer.load(),
        WordList.load("sentence-starters.txt"),
        WordList.load("name-particles.txt"),
        WordList.load("speech-verbs.txt"),
        WordList.load("abbreviations.txt"),
        WordList.load("talk-words.txt"),
        WordList.load("party-letters.txt"));
  }
}
