package dk.konferencebasen.passages;

import static dk.konferencebasen.passages.SlotTimes.SLOT;
import static dk.konferencebasen.passages.SlotTimes.isBareTime;
import static dk.konferencebasen.passages.SlotTimes.isDate;
import static dk.konferencebasen.passages.SlotTimes.isTitledSlot;
import static dk.konferencebasen.passages.SlotTimes.opensWithADate;
import static dk.konferencebasen.passages.SlotTimes.slotTime;
import static dk.konferencebasen.passages.SlotTimes.spansADay;

import dk.konferencebasen.entities.ProgrammeVocabulary;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the talks of a programme among the lines of a document: a time slot ("09.30–10.15
 * Oplæg …", "Kl. 10:30"), a line that opens with a talk word and names who gives it ("Afslutning
 * v/ Peter Larsen", "Paneldebat: …"), or a session code ("C2 – …"). A slot that opens with a
 * break ("Kaffepause", "Frokost") ends the talk before it and is no talk itself.
 *
 * <p>A document is a programme only when it has two such lines or more: one "kl. 10.00" in a
 * news story is a time, not a programme. A talk runs from its line to the next talk or break,
 * or to a heading that opens a new part of the page ("Sted", "Tilmelding").
 */
final class TalkFinder {
  /** A session code: "C2 – …", "A1: …". */
  private static final Pattern CODE = Pattern.compile("(?U)^\\s*\\p{Lu}\\d{1,2}\\s*[:–—-]\\s+\\S.*");
  /** "v/", "v./", "v. " before the name: the shorthand of "ved". */
  private static final String SHORTHAND = "v\\s?\\.?\\s?/\\s*(?=\\p{L})|v\\.\\s+(?=\\p{L})";
  /** The roles a programme names its speakers by, before a colon: one list for the cue and the label. */
  private static final String ROLE_WORDS = "moderator|ordstyrer|oplægsholdere?|paneldeltagere?|facilitator|konferencier";
  /**
   * Who gives the talk: "ved …", "v/ …", "v./ …", "v. …", or a role and a colon. "ved" is also the
   * verb "know" ("Hvad ved vi om …") and a preposition ("Dialog ved gruppeborde"): as a cue it
   * comes before a name, perhaps after a title ("ved lektor Anne Hansen", "ved adm. direktør …", "ved arkivleder,
   * ph.d. Henrik Lundtofte").
   */
  static final Pattern SPEAKER_CUE = Pattern.compile(
      "(?iU)(?:^|\\s)(?:ved\\s+(?-i:(?=(?:\\p{Ll}[\\p{L}.-]*,?\\s+){0,3}\\p{Lu}))|" + SHORTHAND + ")|\\b(?:" + ROLE_WORDS + ")\\s*:");
  /** "v/", "v./", "v.": the programme's own shorthand for "ved", never the verb or the preposition of place. */
  private static final Pattern SHORTHAND_CUE = Pattern.compile("(?iU)(?:^|\\s)(?:" + SHORTHAND + ")");
  /**
   * A topic, a colon, and who speaks on it with a role: "Psykiatrien: Merete Nordentoft,
   * professor", "Panel: Stephanie Lose (V), formand for Danske Regioner". The role (lower case
   * after the comma) tells a person from a place ("Sted: Remisen, Brande").
   */
  private static final Pattern TOPIC_AND_SPEAKER = Pattern.compile(
      "(?U)^(?<topic>[^:.!?()]{2,60}):\\s+\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){1,3}\\s*(?:\\([^)]{1,8}\\))?\\s*,\\s*\\p{Ll}.*");
  /**
   * "Moderator: Silke Bock, journalistisk chef …": a role before the colon says who, not what
   * about; the day's moderator gives no talk of her own (under a talk's title she is its speaker).
   */
  private static final Pattern ROLE_LABEL = Pattern.compile("(?iU)(?:" + ROLE_WORDS + "|medvirkende)");
  /**
   * "Den store vision 1 - Lars Løkke Rasmussen (V)": a topic, a dash and a politician with the
   * party's letter.
   */
  private static final Pattern TOPIC_DASH_POLITICIAN = Pattern.compile(
      "(?U)^(?<topic>[^:!?()–—-][^:!?()–—]{1,80}?)\\s+[-–—]\\s+\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){1,3}\\s*\\(\\p{Lu}{1,2}\\)\\s*$");
  /** "“Uarbejdsdygtig og hvad så?” – Oplæg fra Anette Skals, …": the talk and who gives it after its topic. */
  private static final Pattern TALK_FROM = Pattern.compile("(?U)(?:^|\\s)\\p{L}*(?i:oplæg|indlæg|foredrag)\\s+(?i:fra|af)\\s+\\p{Lu}");
  /** A slot that names a session, not a talk: "10.00: Fællessession", "13.00 Parallelsession", "Plenum". */
  private static final Pattern SESSION = Pattern.compile("(?iU)^(?:\\p{L}*session(?:er|en)?|plenum)$");
  /**
   * "13:00 Workshops (der deltages i én af de fire workshops)" over "Workshop 1: …": a slot named by
   * talks in the plural, with talks under it, is the time of those parallel talks, none itself.
   */
  private static final Pattern PARALLEL_TALKS = Pattern.compile(
      "(?iU)^\\p{L}*(?:workshops|workshoprunde|sessioner|masterclasses|seminarer|spor)\\b\\s*(?:\\d+\\s*(?:[-–—]\\s*\\d+)?)?\\s*(?:\\(.*\\))?\\s*[:.]?$");
  /** A stand's or a room's code as Folkemødet's programmes give it after the time: "G22", "D3", "K14". */
  private static final Pattern STAND = Pattern.compile("^\\p{Lu}{1,2}\\d{1,3}\\s+\\S");
  /** Between the words of a programme's line, as its vocabulary is looked up. */
  private static final Pattern WORDS = Pattern.compile("[\\s:;,./–—-]+");
  /** A numbered item of a slot's list: "1. At deltage i foreningslivet …", "2) Frafaldsgruppen". */
  private static final Pattern NUMBERED_ITEM = Pattern.compile("(?U)^\\s*(\\d{1,2})[.)]\\s+\\p{Lu}");
  /** "19.15 Lokalrådets årsmøde – Dagsorden iflg vedtægterne": the points of a meeting's agenda are its business, no talks. */
  private static final Pattern AGENDA = Pattern.compile("(?iU)\\bdagsorden");
  /** A list item's mark: "•", "-", "–" … */
  static final Pattern BULLET = Pattern.compile("^\\s*[•·▪*–—-]\\s*");
  /** An e-mail address or a phone number after its label: a line of whom to contact. */
  static final Pattern CONTACT = Pattern.compile(
      "(?iU)[\\w.-]+@[\\w-]+\\.[\\w.]+|\\b(?:tlf|telefon|mobil)\\.?\\s*:?\\s*(?:\\+45)?\\s*\\d{2}\\s?\\d{2}");
  /** A line that opens with two to four capitalised words and a comma: "Grith Mortensen, landsbyklyngen …". */
  private static final Pattern NAMED_LINE = Pattern.compile(
      "(?U)^(?:[•·▪*–—-]\\s*)?(?<name>\\p{Lu}[\\p{L}'’-]+(?:\\s+(?:\\p{Lu}\\.|\\p{Lu}[\\p{L}'’-]+)){1,3}),\\s*\\S");
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=\\p{L}{2}|\\))[.!?](\\s|$)");
  static final int TITLE_MAX_CHARS = 160;
  /** A panel's people stand one to a line under its title: a moderator and three more fit. */
  private static final int SPEAKER_LINES_UNDER_TITLE = 4;
  private static final int SPEAKER_LINE_MAX_CHARS = 200;

  /**
   * A talk: lines [first, last] of the document, its title, the text that names its speakers, its
   * time slot as "09.30" or "09.30–10.15" (empty when the programme gives none), and the names
   * the words telling of it make its givers (see {@link TalkHeading}).
   */
  record Talk(int first, int last, String title, String speakerText, String time, List<String> givers) {
    Talk(int first, int last, String title, String speakerText, String time) {
      this(first, last, title, speakerText, time, List.of());
    }
  }

  private final Predicate<String> namesAPerson;

  /** {@code namesAPerson}: whether a line names a person (the entity rules decide). */
  TalkFinder(Predicate<String> namesAPerson) {
    this.namesAPerson = namesAPerson;
  }

  /** {@code lines}: the document's lines; {@code paragraphStart}: whether line i opens a paragraph. */
  List<Talk> find(List<String> written, List<Boolean> paragraphStart) {
    List<String> lines = written.stream().map(SlotTimes::timeFirst).map(TalkFinder::numberAsAMark).toList();
    List<Kind> kinds = new ArrayList<>();
    // "Erik Kulavig: Murens fald", "Peer Henrik Hansen: Berlin under den kolde krig": three or more
    // lines of a name, a colon and a topic are a list of talks, on a page without titled slots (under one,
    // "Birgitte Møs: Bevægelseskonsulent- …" says who gives the slot's talk and where she works)
    boolean listOfSpeakersTopics = lines.stream().noneMatch(SlotTimes::isTitledSlot)
        && lines.stream().filter(this::isSpeakersOwnLine).count() >= 3;
    boolean[] inSpeakersDashList = speakersDashTopicLists(lines);
    int starts = 0;
    Map<String, Integer> timesWritten = new HashMap<>();
    lines.forEach(line -> timesWritten.merge(line.strip(), 1, Integer::sum));
    for (int i = 0; i < lines.size(); i++) {
      Kind kind = kind(lines.get(i));
      // "A5 - Højskolernes Folkekøkken" under each event in that tent: a code the page gives
      // again is where things happen, not a session of its own
      if (kind == Kind.TALK && isCode(lines.get(i)) && timesWritten.get(lines.get(i).strip()) > 1) {
        kind = Kind.TEXT;
      }
      // "13.00" over "Frokostpause": a time alone is what the next line says it is, but "15.15"
      // over "Tak for i dag" and "v/ Thomas Svendsen, …" is a closing address, and "Torsdag 29.
      // oktober kl. 19" over "Radioaktiv kaffe" and "Marianne Rostgaard, lektor, …" a lecture
      if (kind == Kind.TALK && isBareTime(lines.get(i)) && i + 1 < lines.size()
          && opensWithABreak(BULLET.matcher(lines.get(i + 1)).replaceFirst(""))
          && !SPEAKER_CUE.matcher(lines.get(i + 1)).find() && !(i + 2 < lines.size() && (opensWithACue(lines.get(i + 2))
              || NAMED_LINE.matcher(lines.get(i + 2)).lookingAt() && namesAPerson.test(lines.get(i + 2))))) {
        kind = Kind.BREAK;
      }
      // "Varighed:" over "09.30-15:00", "Torsdag 9/2 kl. 19.00-22.00" over "Sted: Stiften Lounge", or
      // "Tirsdag d. 23. marts 2021" over "Kl. 09.30 - 15.30": the time is the event's, a field
      // about it (a day's heading over "10.00" is not)
      if (kind == Kind.TALK && isBareTime(lines.get(i))
          && (i > 0 && (isPracticalField(lines.get(i - 1)) || isPracticalLabelAlone(lines.get(i - 1)))
              || i + 1 < lines.size() && (isPracticalField(lines.get(i + 1)) || isPracticalLabelAlone(lines.get(i + 1)))
              || i > 0 && isDate(lines.get(i - 1)) && spansADay(lines.get(i)))) {
        kind = Kind.TEXT;
      }
      // "Velkomst" over "Svend Elkjær, Direktør, Idræt på Tværs": a talk word alone over who gives it
      if (kind == Kind.TEXT && paragraphStart.get(i) && isTalkWordsAlone(lines.get(i)) && i + 1 < lines.size()
          && paragraphStart.get(i + 1) && lines.get(i + 1).strip().length() <= SPEAKER_LINE_MAX_CHARS
          && !BULLET.matcher(lines.get(i + 1)).lookingAt() && namesAPerson.test(lines.get(i + 1))) {
        kind = Kind.TALK;
      }
      if (kind == Kind.TEXT && (isSpeakerFirstItem(lines.get(i)) || listOfSpeakersTopics && isSpeakersOwnLine(lines.get(i)) || inSpeakersDashList[i]
          || paragraphStart.get(i) && (namesItsGiverInShorthand(lines.get(i)) || namesItsGiverInThePassive(lines.get(i)))
          || isOneOfLinesNamingTheirGivers(lines, paragraphStart, i))) {
        kind = Kind.TALK;
      }
      // a line that is its talk's title itself, by what the lines under it say
      boolean titlesItself = kind == Kind.TEXT
          && (isItemOverItsSpeaker(lines, paragraphStart, i) || isTitleOverSpeakerAndAbstract(lines, paragraphStart, i));
      if (titlesItself) {
        kind = Kind.TALK;
      }
      // "Kl. 17.15 Kickoff" over "Oplæg v/ Torben Stenstrup": the second line says who, it is
      // no talk of its own (but "• Introduktion til aftenens program ved Peter Rosgaard" under "•
      // 18:30: Velkomst ved Tine Hessner" is: the slot has its speaker, the item its own topic)
      if (kind == Kind.TALK && i > 0 && (!paragraphStart.get(i) || saysOnlyWhoGivesIt(lines.get(i)))
          && !SLOT.matcher(lines.get(i)).matches() && isTitledSlot(lines.get(i - 1))
          && !isAnotherSpeakersItem(lines.get(i - 1), lines.get(i))) {
        kind = Kind.TEXT;
      }
      // "Kl. 13.25 – 13.45" over "Etik i ældreplejen – …" over "Oplæg ved Dorthe Birkmose, psykolog":
      // the same, a title between
      if (kind == Kind.TALK && i > 1 && !paragraphStart.get(i) && !paragraphStart.get(i - 1) && saysOnlyWhoGivesIt(lines.get(i))
          && isBareTime(lines.get(i - 2)) && kinds.get(i - 1) == Kind.TEXT) {
        kind = Kind.TEXT;
      }
      // "Hvad karakteriserer de gode skoler?" over "Oplæg v/ Torben Pilegaard Jensen", or
      // Folkemødet's "Lykketoft i stolen" over "09:00 - 10:00 D3 3F, … - Ved Brandstationen" (a
      // slot at a stand): the heading above the talk's line is where the talk begins, and its title
      if (kind == Kind.TALK && !titlesItself && i > 0 && !paragraphStart.get(i) && paragraphStart.get(i - 1)
          && (!SLOT.matcher(lines.get(i)).matches() || isSlotAtAStand(lines.get(i))) && kinds.get(i - 1) == Kind.TEXT
          && (PassageSplitter.isHeading(lines.get(i - 1)) || lines.get(i - 1).strip().endsWith("?")
              || isSlotAtAStand(lines.get(i)) && lines.get(i - 1).strip().length() <= TITLE_MAX_CHARS)) {
        // under a time alone the heading is that slot's title already
        if (i < 2 || !isBareTime(lines.get(i - 2))) {
          kinds.set(i - 1, Kind.TALK);
          starts++;
        }
        kind = Kind.TEXT;
      }
      // "Velkomst" over "Kl. 10.00-10.15" over "Jens Hansen, formand": a time under a title in
      // its paragraph, with who gives it or what it is about under the time, is that title's slot
      // (a time closing its paragraph heads the next one, unless a break is over it)
      boolean closesParagraph = i + 1 >= lines.size() || paragraphStart.get(i + 1);
      // (a time that opens a list's item, "• Tirsdag. 3/11/26 kl. 17.15 - 19.00", has its title under it)
      if (kind == Kind.TALK && isBareTime(lines.get(i)) && !paragraphStart.get(i) && !BULLET.matcher(lines.get(i)).lookingAt()
          && titlesTheTimeBelow(lines, kinds, i - 1)
          && (closesParagraph ? opensWithABreak(lines.get(i - 1)) : kind(lines.get(i + 1)) == Kind.TEXT
              && (namesAPerson.test(lines.get(i + 1)) || !PassageSplitter.isHeading(lines.get(i + 1))))) {
        kinds.set(i - 1, opensWithABreak(lines.get(i - 1)) ? Kind.BREAK : Kind.TALK);
        starts++;
        kind = Kind.TEXT;
      }
      // "Sammen om opgaven", a paragraph over "Oplæg v/Gert Hougaard, leder for …": a line that
      // says only who gives the talk has its title in the heading of its own above it
      // (unless a second such line follows: "Åbning af konferencen" over "Velkomst ved …" and
      // "Velkommen til Faaborg ved …" heads a part)
      boolean onlyOneSaysWho = i + 1 >= lines.size() || paragraphStart.get(i + 1) || !SPEAKER_CUE.matcher(lines.get(i + 1)).find();
      if (kind == Kind.TALK && i >= 1 && paragraphStart.get(i) && paragraphStart.get(i - 1) && onlyOneSaysWho
          && saysOnlyWhoGivesIt(lines.get(i)) && !isNumberedItem(written.get(i)) && headsTheTalkBelow(lines, kinds, i - 1)) {
        kinds.set(i - 1, Kind.TALK);
        starts++;
        kind = Kind.TEXT;
      }
      // "Den anden besættelse" over its abstract over "Foredrag ved museumsinspektør John V. Jensen, …", one
      // paragraph: the line that says who gives the talk closes it, the heading that opens the paragraph begins it
      // (an item of a list, "- Oplæg ved Erik Friis …", is a talk of its own)
      if (kind == Kind.TALK && !paragraphStart.get(i) && !BULLET.matcher(lines.get(i)).lookingAt() && saysOnlyWhoGivesIt(lines.get(i))) {
        int opening = i;
        while (opening > 0 && !paragraphStart.get(opening)) {
          opening--;
        }
        if (opening < i - 1 && PassageSplitter.isHeading(lines.get(opening)) && !SLOT.matcher(lines.get(opening)).matches()
            && kinds.subList(opening, i).stream().allMatch(k -> k == Kind.TEXT)) {
          kinds.set(opening, Kind.TALK);
          starts++;
          kind = Kind.TEXT;
        }
      }
      // "• Birgit Ingvorsen, ICOEL, på tlf.: +45 23 74 37 98 eller mail: biin@icoel.dk": whom to
      // contact, not a talk (a slot is a talk, its speaker's address given or not)
      if (kind == Kind.TALK && !SLOT.matcher(lines.get(i)).matches() && CONTACT.matcher(lines.get(i)).find()) {
        kind = Kind.TEXT;
      }
      kinds.add(kind);
      if (kind != Kind.TEXT) {
        starts++;
      }
    }
    starts += markTalksListedUnderTheirWord(lines, kinds);
    List<Talk> talks = new ArrayList<>();
    if (starts < 2) {
      return talks;
    }
    markHeadedParagraphs(lines, paragraphStart, kinds);
    markHeadingsOverCuedSpeakers(lines, paragraphStart, kinds);
    markSessionsTalks(lines, paragraphStart, kinds);
    markSlotsOverListedTalks(lines, paragraphStart, kinds);
    for (int i = 0; i < lines.size(); i++) {
      if (kinds.get(i) != Kind.TALK) {
        continue;
      }
      int last = i;
      // a time alone ("09.30") has its title in the next paragraph, heading or not, and a talk
      // told by a heading over its speaker's line ("9.00" over "Velkomst og introduktion /
      // Formand Susanne Knøchel") is that slot's talk, not one of its own
      boolean bareTime = isBareTime(lines.get(i));
      if (bareTime && i + 1 < lines.size() && kinds.get(i + 1) == Kind.TALK && !SLOT.matcher(lines.get(i + 1)).matches()) {
        kinds.set(i + 1, Kind.TEXT);
      }
      while (last + 1 < lines.size() && kinds.get(last + 1) == Kind.TEXT
          && (bareTime && last == i || namesTheSpeakerOfATitleAlone(lines, i, last, bareTime)
              || isListedParticipant(lines, i, last + 1)
              || !(paragraphStart.get(last + 1) && opensNewPart(lines, paragraphStart, last + 1)))) {
        last++;
      }
      talks.add(talk(lines, i, last));
      i = last;
    }
    return talks;
  }

  private enum Kind { TALK, BREAK, TEXT }

  /** "2) Oplæg ved Hans Lund, arkitekt": an item numbered with a bracket is read as a list's item. */
  private static final Pattern BRACKET_NUMBER = Pattern.compile("(?U)^\\s*\\d{1,2}\\)\\s+(?=\\p{Lu})");

  private static boolean isNumberedItem(String line) {
    return BRACKET_NUMBER.matcher(line).lookingAt();
  }

  private static String numberAsAMark(String line) {
    Matcher number = BRACKET_NUMBER.matcher(line);
    return number.lookingAt() ? "• " + line.substring(number.end()) : line;
  }

  /**
   * "Plenumoplæg ved Anders Raastrup Kristensen", "Oplæg ved formand for skolelederforeningen
   * Claus Hjortdal": a talk word and who gives it, no topic of its own; under a titled slot, that
   * slot's speaker line even a paragraph below it.
   */
  private static boolean saysOnlyWhoGivesIt(String line) {
    String bare = BULLET.matcher(line).replaceFirst("").strip();
    Matcher cue = SPEAKER_CUE.matcher(bare);
    if (!cue.find() || cue.start() == 0) {
      return false;
    }
    return isTalkWordsAlone(bare.substring(0, cue.start()));
  }

  /** A list item with a topic and a speaker of its own under an item whose speaker is named too. */
  private boolean isAnotherSpeakersItem(String above, String line) {
    return BULLET.matcher(above).lookingAt() && BULLET.matcher(line).lookingAt() && !saysOnlyWhoGivesIt(line)
        && SPEAKER_CUE.matcher(above).find() && namesAPerson.test(above);
  }

  /** "Velkomst", "Keynote", "Afrunding": a line of one or two talk words and nothing else. */
  private static boolean isTalkWordsAlone(String line) {
    String[] words = line.strip().split("\\s+");
    return words.length <= 2 && !words[0].isEmpty() && Arrays.stream(words).allMatch(ProgrammeVocabulary::isTalkWord);
  }

  /** Two to four capitalised words: "Kirsten Jørgensen", "Christian Balslev-Olesen". */
  private static final Pattern NAME_ALONE = Pattern.compile("(?U)\\p{Lu}[\\p{L}'’-]+(?:\\s+(?:\\p{Lu}\\.|\\p{Lu}[\\p{L}'’-]+)){1,3}");

  /** A list item that opens with who speaks, a colon, and what about. */
  private static final Pattern SPEAKER_FIRST_ITEM = Pattern.compile("(?U)^(?<who>[^:]{5,120}):\\s*(?<what>\\S.{2,})$");

  /**
   * "- Peer Frank, Ellen Højgaard Jensen: Organisationernes samarbejde om …", "• Jesper Pagh,
   * direktør, Arkitektforeningen: God planlægning …": an item of a list that names its speakers
   * before the colon and its topic after it.
   */
  private boolean isSpeakerFirstItem(String line) {
    String bare = BULLET.matcher(line).replaceFirst("").strip();
    if (bare.length() == line.strip().length() || bare.length() > 300) {
      return false;
    }
    Matcher m = SPEAKER_FIRST_ITEM.matcher(bare);
    return m.matches() && Character.isUpperCase(bare.charAt(0)) && namesAPerson.test(m.group("who"))
        && !ProgrammeVocabulary.isPracticalLabel(firstWord(bare));
  }

  /**
   * In a programme, a paragraph that opens with a heading and closes with the line naming its
   * speaker is a talk even without a time ("Hverdagsliv i 100 km byen / Om livet i … / Professor
   * Ole B. Jensen, Aalborg Universitet"): several talks may share one slot. Not a break's line over
   * the day's moderator ("Dørene åbner kl. 9.45 for registrering" / "Moderator: Silke Bock, …").
   */
  private void markHeadedParagraphs(List<String> lines, List<Boolean> paragraphStart, List<Kind> kinds) {
    for (int i = 0; i < lines.size(); i++) {
      if (kinds.get(i) != Kind.TEXT || !paragraphStart.get(i) || !PassageSplitter.isHeading(lines.get(i))
          || introducesWhatFollows(lines, i) || isPracticalField(lines.get(i)) || opensWithABreak(lines.get(i))
          || ProgrammeVocabulary.isPracticalLabel(firstWord(lines.get(i)))) {
        continue;
      }
      int last = i;
      while (last + 1 < lines.size() && !paragraphStart.get(last + 1) && kinds.get(last + 1) == Kind.TEXT) {
        last++;
      }
      String closing = lines.get(last).strip();
      // "Faglig tilrettelæggelse" over "…, Silkeborg Kommune, morten.jespersen@silkeborg.dk": whom to ask, no talk
      if (last > i && closing.length() <= SPEAKER_LINE_MAX_CHARS && !closing.matches(".*[.!?]$")
          && namesAPerson.test(closing) && !namesAPerson.test(lines.get(i)) && !CONTACT.matcher(closing).find()) {
        kinds.set(i, Kind.TALK);
      }
    }
  }

  /**
   * "Hvad er godt og hvad kan blive bedre?" over "– Eksempel fra Sønderborg Kommune" over "v.
   * Kemiingeniør Lisbeth Møller Jensen, Sønderborg Kommune", each a paragraph of its own: a heading,
   * perhaps its subtitle, and a paragraph that opens by saying who gives it make a talk. Two or more
   * under one time alone ("Kl. 15.45 – 17.15") are that session's talks, and the time is none itself;
   * one under a time alone is that slot's title.
   */
  private void markHeadingsOverCuedSpeakers(List<String> lines, List<Boolean> paragraphStart, List<Kind> kinds) {
    Map<Integer, List<Integer>> bySlot = new TreeMap<>();
    int slot = -1;
    for (int j = 0; j < lines.size(); j++) {
      if (kinds.get(j) != Kind.TEXT) {
        slot = j;
        continue;
      }
      String who = lines.get(j).strip();
      // (by "v." or "ved": "Moderator: …" under "Program" is the day's moderator)
      if (j < 1 || !isOwnParagraph(paragraphStart, j) || !GIVER_FIRST.matcher(who).lookingAt() || who.length() > SPEAKER_LINE_MAX_CHARS
          || !namesAPerson.test(who)) {
        continue;
      }
      int heading = j - 1;
      if (heading > slot + 1 && isOwnParagraph(paragraphStart, heading) && DASH_SUBTITLE.matcher(lines.get(heading)).lookingAt()) {
        heading--;
      }
      String title = lines.get(heading).strip();
      if (heading > slot && kinds.get(heading) == Kind.TEXT && isOwnParagraph(paragraphStart, heading)
          && (PassageSplitter.isHeading(title) || title.endsWith("?")) && !SLOT.matcher(title).matches()
          && !isPracticalField(title) && !opensWithABreak(title) && !namesAPerson.test(title)) {
        bySlot.computeIfAbsent(slot, k -> new ArrayList<>()).add(heading);
      }
    }
    bySlot.forEach((at, headings) -> {
      boolean underATimeAlone = at >= 0 && kinds.get(at) == Kind.TALK && isBareTime(lines.get(at));
      if (underATimeAlone && headings.size() < 2 || at >= 0 && kinds.get(at) == Kind.TALK && !underATimeAlone) {
        return;
      }
      if (underATimeAlone) {
        kinds.set(at, Kind.BREAK);
      }
      headings.forEach(h -> kinds.set(h, Kind.TALK));
    });
  }

  /**
   * "v. Kemiingeniør Lisbeth Møller Jensen, …", "Ved lektor …", "ved: Finn Østrup, …": a line that
   * opens with who gives the talk (not with a role and a colon, as {@link #opensWithACue} allows).
   */
  static final Pattern GIVER_FIRST = Pattern.compile(
      "(?iU)^\\s*(?:" + SHORTHAND + "|ved\\s*:?\\s+(?-i:(?=(?:\\p{Ll}[\\p{L}.-]*\\s+){0,3}\\p{Lu})))");
  /** "– Et grundvandsfagligt dilemma": a subtitle under its talk's title, after a dash. */
  private static final Pattern DASH_SUBTITLE = Pattern.compile("^\\s*[–—-]\\s*\\p{L}");

  private static boolean isOwnParagraph(List<Boolean> paragraphStart, int at) {
    return paragraphStart.get(at) && (at + 1 >= paragraphStart.size() || paragraphStart.get(at + 1));
  }

  /** "Arrangør: Landbrugets Rådgivningscenter", "Sted: Remisen": what the page says about the event. */
  private static boolean isPracticalField(String line) {
    String bare = line.strip();
    return bare.contains(":") && ProgrammeVocabulary.isPracticalLabel(firstWord(bare));
  }

  /** "Tid", "Pris", "Sted:": a field's label alone on its line, its value on the next. */
  static boolean isPracticalLabelAlone(String line) {
    String bare = line.strip();
    bare = bare.endsWith(":") ? bare.substring(0, bare.length() - 1) : bare;
    return !bare.isEmpty() && !bare.contains(" ") && ProgrammeVocabulary.isPracticalLabel(bare);
  }

  /**
   * A session's slot ("10.00: Fællessession") over lines that each name who gives them
   * ("Velkomst ved Carl Holst, formand, Vifo", "Velkommen til Faaborg ved Hans Stavnsager, …"):
   * each such line is a talk of the session, beginning at the heading right above it when there
   * is one ("Folkeoplysningens rum og roller" over "Introduktion til konferencen ved …"), and the
   * session's slot is no talk of its own.
   */
  private void markSessionsTalks(List<String> lines, List<Boolean> paragraphStart, List<Kind> kinds) {
    for (int i = 0; i < lines.size(); i++) {
      Matcher slot = SLOT.matcher(lines.get(i));
      if (kinds.get(i) != Kind.TALK || !slot.matches() || !SESSION.matcher(slot.group("rest").strip()).matches()) {
        continue;
      }
      List<Integer> talks = new ArrayList<>();
      for (int j = i + 1; j < lines.size() && kinds.get(j) != Kind.BREAK && !SLOT.matcher(lines.get(j)).matches(); j++) {
        String line = lines.get(j).strip();
        boolean bullet = BULLET.matcher(lines.get(j)).lookingAt();
        if (kinds.get(j) == Kind.TALK) {
          // a talk of the session already ("Velkomst ved Carl Holst"), perhaps under its heading
          boolean headed = headsOnlyThisLine(lines, paragraphStart, kinds, i, j);
          talks.add(headed ? j - 1 : j);
          if (headed) {
            kinds.set(j, Kind.TEXT);
          }
        } else if (line.length() <= SPEAKER_LINE_MAX_CHARS && namesAPerson.test(line)) {
          boolean cued = SPEAKER_CUE.matcher(line).find() && !bullet;
          if ((cued || bullet) && headsOnlyThisLine(lines, paragraphStart, kinds, i, j)) {
            talks.add(j - 1);
          } else if (cued) {
            talks.add(j);
          }
        }
      }
      if (!talks.isEmpty()) {
        kinds.set(i, Kind.BREAK); // the session's slot ends the talk before it and is none itself
        talks.forEach(t -> kinds.set(t, Kind.TALK));
      }
    }
  }

  /**
   * "Kl. 16.00 – 17.00 / Planloven – … / - Peer Frank, …: Organisationernes samarbejde … / - Thomas
   * Danielsen (V), …: Kort om …": a slot whose items each name a talk of their own is the session
   * they share, not a talk.
   */
  private void markSlotsOverListedTalks(List<String> lines, List<Boolean> paragraphStart, List<Kind> kinds) {
    for (int i = 0; i < lines.size(); i++) {
      Matcher slot = SLOT.matcher(lines.get(i));
      if (kinds.get(i) != Kind.TALK || !slot.matches()) {
        continue;
      }
      boolean listFollows = slot.group("rest").strip().endsWith(":");
      boolean parallel = PARALLEL_TALKS.matcher(slot.group("rest").strip()).matches();
      List<Integer> listed = new ArrayList<>();
      List<Integer> otherItems = new ArrayList<>();
      List<Integer> numbered = new ArrayList<>();
      boolean numberingOpen = true;
      for (int j = i + 1; j < lines.size() && kinds.get(j) != Kind.BREAK && !SLOT.matcher(lines.get(j)).matches(); j++) {
        boolean bullet = BULLET.matcher(lines.get(j)).lookingAt();
        Matcher number = NUMBERED_ITEM.matcher(lines.get(j));
        boolean numberedItem = number.lookingAt() && Integer.parseInt(number.group(1)) == numbered.size() + 1;
        // "1. Unge indvandrere og deltagelse", "2. Frafaldsgruppen" under "11:15 Tema 2 – Kan alle
        // deltage?", up to a paragraph of something else
        numberingOpen &= numberedItem || !paragraphStart.get(j);
        if (numberingOpen && numberedItem) {
          numbered.add(j);
        }
        // under "13:00 Workshops" its "Workshop 1: …", "Workshop 2: …", and under "• 18:50
        // Workshoprunde 1" its "• Sundhed gennem fællesskab", are the talks
        if (bullet && kinds.get(j) == Kind.TALK || listFollows && !bullet && isSpeakersOwnLine(lines.get(j))
            || parallel && (kinds.get(j) == Kind.TALK || bullet)) {
          listed.add(j);
        } else if (bullet) {
          otherItems.add(j);
        }
      }
      if (listed.size() >= (parallel ? 1 : 2)) {
        // ("9.00: Velkomst v/ Søren Steen Andersen, Borgmester …" over the day's listed talks is a talk of its own)
        String rest = slot.group("rest");
        kinds.set(i, SPEAKER_CUE.matcher(rest).find() && namesAPerson.test(rest) ? Kind.TALK : Kind.BREAK);
        listed.forEach(j -> kinds.set(j, Kind.TALK));
        // "· HOT, set fra regionalside side, Martin Baden, …" among "· …, v/ …" items, or "• Camilla
        // Frellsen, Kroppedal Museum …" among "• Lola Wøhlk Hansen, Glud Museum, …" items
        otherItems.stream().filter(j -> isTopicThenSpeaker(lines.get(j)) || isSpeakersItem(lines.get(j))).forEach(j -> kinds.set(j, Kind.TALK));
      } else if (listed.isEmpty() && numbered.size() >= 2) {
        kinds.set(i, Kind.BREAK);
        // (the points of a meeting's agenda are its business, no talks, and so is the meeting)
        if (!AGENDA.matcher(slot.group("rest")).find()) {
          numbered.forEach(j -> kinds.set(j, Kind.TALK));
        }
      }
    }
  }

  /**
   * "Kirsten Jørgensen: Hvad præster ved om agurkesalat", "OFN Marianne Glasius og Torben Sigsgaard:
   * Luften vi indånder": people's names alone, a colon, and the topic.
   */
  private boolean isSpeakersOwnLine(String line) {
    Matcher item = SPEAKER_FIRST_ITEM.matcher(line.strip());
    return item.matches() && NAMES_ALONE.matcher(item.group("who").strip()).matches() && namesAPerson.test(item.group("who"));
  }

  /** Names alone, one or a list of them: "Leif Bach Jørgensen, Tommy Dalgaard og Alex Dubgaard". */
  private static final Pattern NAMES_ALONE = Pattern.compile(
      "(?U)" + NAME_ALONE.pattern() + "(?:\\s*,\\s*" + NAME_ALONE.pattern() + ")*(?:\\s+og\\s+" + NAME_ALONE.pattern() + ")?");
  /** Who, a spaced dash, and what about: "Brian Kronvang – Fra vandmiljøplaner til landbrugspakken". */
  private static final Pattern SPEAKERS_DASH_TOPIC = Pattern.compile("(?U)^(?<who>[^:–—]{5,120}?)\\s+[–—-]\\s+(?<what>\\S.{2,})$");
  /** A topic as Danish writes one: a capital first, then at least one word in small letters. */
  private static final Pattern TOPIC_WORDING = Pattern.compile("(?U)^[\\p{Lu}\\d„“”\"«].*\\s\\p{Ll}{4,}");
  /** A list of talks stands as three lines or more, one under the other. */
  private static final int LIST_MIN_LINES = 3;

  /**
   * "Tommy Dalgaard og Uffe Jørgensen – Græs til protein og energi": names alone, a spaced dash and
   * the topic (after the dash a role, "– direktør, …", or a workplace, "– Aalborg Kommune", says who, not what about).
   */
  private static Matcher speakersDashTopic(String line) {
    Matcher dash = SPEAKERS_DASH_TOPIC.matcher(line.strip());
    return dash.matches() && TOPIC_WORDING.matcher(dash.group("what")).lookingAt()
        && NAMES_ALONE.matcher(dash.group("who").strip()).matches() ? dash : null;
  }

  /**
   * The lines that stand in a list of who-dash-topic lines, one under the other: each is a talk
   * when most of the list names people (a name the entity rules do not know, "Stiig Markager", stays
   * in its list).
   */
  private boolean[] speakersDashTopicLists(List<String> lines) {
    boolean[] listed = new boolean[lines.size()];
    int from = 0;
    for (int i = 0; i <= lines.size(); i++) {
      if (i < lines.size() && speakersDashTopic(lines.get(i)) != null) {
        continue;
      }
      if (i - from >= LIST_MIN_LINES) {
        long people = lines.subList(from, i).stream().filter(l -> namesAPerson.test(speakersDashTopic(l).group("who"))).count();
        if (people * 3 >= (i - from) * 2) {
          Arrays.fill(listed, from, i, true);
        }
      }
      from = i + 1;
    }
    return listed;
  }

  /** "Oplæg ved:", "Indlæg fra:": the talk word and its cue over a list of who gives each talk. */
  private static final Pattern TALKS_LISTED_BELOW = Pattern.compile(
      "(?iU)^\\p{L}*(?:oplæg|indlæg|foredrag|præsentationer)\\s+(?:ved|v\\s?\\.?\\s?/|af|fra)\\s*:$"
          // "Der vil også være workshops med temaerne:", "Dagens foredrag:": talks in the plural over their list
          + "|^.{0,80}\\b(?:workshops|workshoppene|foredragene|oplæggene|indlæggene|seminarerne)\\b[^.!?]{0,40}:$");

  /**
   * "Oplæg ved:" over "• Beredskabsstyrelsen Midtjylland - centralt og lokalt" and "• Environment
   * Solutions om praktiske løsninger": each item of the list below is a talk of its own. Returns
   * how many talks it marked.
   */
  private static int markTalksListedUnderTheirWord(List<String> lines, List<Kind> kinds) {
    int marked = 0;
    for (int i = 0; i + 2 < lines.size(); i++) {
      if (kinds.get(i) != Kind.TEXT || !TALKS_LISTED_BELOW.matcher(lines.get(i).strip()).matches()) {
        continue;
      }
      List<Integer> items = new ArrayList<>();
      for (int j = i + 1; j < lines.size() && BULLET.matcher(lines.get(j)).lookingAt() && kinds.get(j) == Kind.TEXT; j++) {
        items.add(j);
      }
      if (items.size() >= 2) {
        items.forEach(j -> kinds.set(j, Kind.TALK));
        marked += items.size();
      }
    }
    return marked;
  }

  /**
   * "Gennemgang af forslag til kommuneplantillæg … v. Anja Valhøj, Planchef": a line of its own
   * that names who gives it in the programme's shorthand, after what it is about, is a talk.
   */
  private boolean namesItsGiverInShorthand(String line) {
    String bare = line.strip();
    Matcher cue = SHORTHAND_CUE.matcher(bare);
    return bare.length() <= 300 && cue.find() && cue.start() > 0 && !bare.substring(0, cue.start()).matches("(?s).*[.!?]\\s*$")
        && namesAPerson.test(bare.substring(cue.start()));
  }

  /**
   * "Visionen om … Kattegatforbindelse, v/Jens Kampmann, …" over "Indikatorer som politisk
   * styringsværktøj … v/Henrik Gudmundsson, …" in one paragraph: lines that each name their giver in
   * shorthand are a list of talks, each line its own.
   */
  private boolean isOneOfLinesNamingTheirGivers(List<String> lines, List<Boolean> paragraphStart, int i) {
    boolean afterOne = i > 0 && !paragraphStart.get(i) && namesItsGiverInShorthand(lines.get(i - 1));
    boolean beforeOne = i + 1 < lines.size() && !paragraphStart.get(i + 1) && namesItsGiverInShorthand(lines.get(i + 1));
    return (afterOne || beforeOne) && namesItsGiverInShorthand(lines.get(i));
  }

  /** "Demokratiprisen - overrækkes af Bjørn Bredal, …", "Workshoppen ledes af lektor …": whom the item is given by. */
  private static final Pattern GIVEN_BY = Pattern.compile(
      "(?iU)(?:^|\\s)(?:overrækkes|uddeles|præsenteres|ledes|modereres|faciliteres|indledes)\\s+af\\s+(?-i:(?=(?:\\p{Ll}[\\p{L}.-]*\\s+){0,3}\\p{Lu}))");

  /** A line of its own that names who gives it in the passive, after what it is: a talk. */
  private boolean namesItsGiverInThePassive(String line) {
    String bare = line.strip();
    Matcher by = GIVEN_BY.matcher(bare);
    return bare.length() <= 300 && by.find() && by.start() > 0 && !bare.substring(0, by.start()).matches("(?s).*[.!?]\\s*$")
        && namesAPerson.test(bare.substring(by.start()));
  }

  /** A list item that opens with a person's name and a comma: "• Camilla Frellsen, Kroppedal Museum …". */
  private boolean isSpeakersItem(String line) {
    String bare = BULLET.matcher(line).replaceFirst("").strip();
    Matcher named = NAMED_LINE.matcher(bare);
    return bare.length() <= SPEAKER_LINE_MAX_CHARS && named.lookingAt() && namesAPerson.test(named.group("name"));
  }

  /** A list item that names a person after its topic, not first and not after a cue. */
  private boolean isTopicThenSpeaker(String line) {
    String bare = BULLET.matcher(line).replaceFirst("").strip();
    return bare.length() <= SPEAKER_LINE_MAX_CHARS && !NAMED_LINE.matcher(bare).lookingAt()
        && !SPEAKER_CUE.matcher(bare).find() && namesAPerson.test(bare);
  }

  /**
   * "• Kulturarvsformidling - fra børnehave til verdensarv" over "  v. MA Lars Kjær Larsen,
   * HistorieLab/UCL": an item whose next line, in its paragraph, opens by saying who gives it.
   */
  private boolean isItemOverItsSpeaker(List<String> lines, List<Boolean> paragraphStart, int at) {
    // (a long line that opens with the cue names its speaker in its first words: "v. Henriette Langstrup, Lektor ved …")
    if (!BULLET.matcher(lines.get(at)).lookingAt() || at + 1 >= lines.size() || paragraphStart.get(at + 1)
        || BULLET.matcher(lines.get(at + 1)).lookingAt() || !opensWithACue(lines.get(at + 1))) {
      return false;
    }
    String who = lines.get(at + 1).strip();
    return namesAPerson.test(who.substring(0, Math.min(who.length(), SPEAKER_LINE_MAX_CHARS)));
  }

  /**
   * "Den smarte by" over "Bo Fristed, Chief Innovation Officer i Aarhus Kommune" over the talk's
   * abstract, in one paragraph: a heading, the line of who gives it, and what it is about.
   */
  private boolean isTitleOverSpeakerAndAbstract(List<String> lines, List<Boolean> paragraphStart, int at) {
    if (at + 2 >= lines.size() || paragraphStart.get(at + 1) || paragraphStart.get(at + 2)) {
      return false;
    }
    String title = lines.get(at).strip();
    String who = lines.get(at + 1).strip();
    return PassageSplitter.isHeading(title) && title.contains(" ") && !isPracticalField(title) && !opensWithABreak(title)
        && !SLOT.matcher(title).matches() && who.length() <= SPEAKER_LINE_MAX_CHARS && NAMED_LINE.matcher(who).lookingAt()
        && lines.get(at + 2).strip().length() > TITLE_MAX_CHARS && namesAPerson.test(who) && !namesAPerson.test(title);
  }

  /**
   * "15.15-15.55: Paneldebat mellem … politikere (og salen):" over "· Transportordfører Kim
   * Christiansen": under a talk's title that ends in a colon, a list item naming a person is one
   * of those who take part, not a heading of its own.
   */
  private boolean isListedParticipant(List<String> lines, int talk, int at) {
    String line = lines.get(at);
    Matcher slot = SLOT.matcher(lines.get(talk));
    String title = (slot.matches() ? slot.group("rest") : lines.get(talk)).strip();
    return title.length() > 1 && title.endsWith(":") && BULLET.matcher(line).lookingAt()
        && line.strip().length() <= SPEAKER_LINE_MAX_CHARS && namesAPerson.test(line);
  }

  /**
   * A heading of its own over line {@code j} of the session at {@code session}, the line that
   * names who speaks ("Folkeoplysningens rum og roller" over "Introduktion … ved Henriette
   * Bjerrum, …", "Debat" over "• Kåre Emtoft, formand, …") — unless more such lines follow in the
   * paragraph: then it heads a part ("Åbning af konferencen" over "Velkomst ved …" and
   * "Velkommen til Faaborg ved …").
   */
  private boolean headsOnlyThisLine(List<String> lines, List<Boolean> paragraphStart, List<Kind> kinds, int session, int j) {
    boolean onlyOne = j + 1 >= lines.size() || paragraphStart.get(j + 1) || !SPEAKER_CUE.matcher(lines.get(j + 1)).find();
    return onlyOne && j - 1 > session && paragraphStart.get(j - 1) && kinds.get(j - 1) == Kind.TEXT
        && PassageSplitter.isHeading(lines.get(j - 1)) && !namesAPerson.test(lines.get(j - 1));
  }

  private static Kind kind(String line) {
    Matcher slot = SLOT.matcher(line);
    // "Mandag den 23. maj kl. 9-15 inviterer …", "• 30. september kl. 10-14 i Billund": a date
    // and the hours of a whole day are when the event is on, not a slot of its programme
    if (slot.matches() && opensWithADate(line) && spansADay(line)) {
      return Kind.TEXT;
    }
    if (slot.matches()) {
      String rest = slot.group("rest").strip();
      // "16.15 Pause. Derefter præsentation ved …": a break that leads into a talk is that talk;
      // "12.00 FROKOST Ved VIFTENS BISTRO" is where the meal is served
      // "Kl. 15.25: Tak for i dag og afrunding": a talk among the break's words makes it a talk
      // "16.50 Afslutning ved Torben Frølich, direktør …": a closing that names who gives it is a talk
      boolean closingByName = firstWord(rest).toLowerCase(Locale.ROOT).endsWith("afslutning") && SPEAKER_CUE.matcher(rest).find();
      boolean aBreak = opensWithABreak(rest) || endsWithABreak(rest) && !SPEAKER_CUE.matcher(rest).find();
      return !rest.isEmpty() && aBreak && !leadsIntoATalk(rest) && !namesATalkToo(rest) && !closingByName ? Kind.BREAK : Kind.TALK;
    }
    String bare = BULLET.matcher(line).replaceFirst("").strip();
    if (CODE.matcher(bare).matches()) {
      return Kind.TALK;
    }
    // an item of a list that names who gives it ("• Skoleparathed. Ved professor Niels
    // Egelund") or opens with a talk word ("• Interview med …", "• Satirisk indlæg med …")
    boolean listItem = bare.length() < line.strip().length() && bare.length() <= 300;
    if (listItem && (SPEAKER_CUE.matcher(bare).find() || talkWordAmongFirst(bare, 2) || TALK_FROM.matcher(bare).find())) {
      return Kind.TALK;
    }
    if (bare.length() <= 300 && ProgrammeVocabulary.isTalkWord(firstWord(bare)) && (SPEAKER_CUE.matcher(bare).find()
        || bare.matches("(?U)^\\S+(\\s+\\S+){0,2}\\s*:\\s+\\S.*"))) {
      return Kind.TALK;
    }
    if (TOPIC_DASH_POLITICIAN.matcher(bare).matches()) {
      return Kind.TALK;
    }
    Matcher topic = TOPIC_AND_SPEAKER.matcher(bare);
    if (bare.length() <= SPEAKER_LINE_MAX_CHARS && topic.matches()
        && !ProgrammeVocabulary.isPracticalLabel(firstWord(topic.group("topic")))
        && !ROLE_LABEL.matcher(topic.group("topic").strip()).matches()) {
      return Kind.TALK;
    }
    return Kind.TEXT;
  }

  /**
   * A heading of more than one word, a paragraph of its own, not a time or under one, not a break
   * or a field about the event: one word ("Program", "Dagsorden") heads the page's part, not a talk.
   */
  private static boolean headsTheTalkBelow(List<String> lines, List<Kind> kinds, int at) {
    String line = lines.get(at).strip();
    return kinds.get(at) == Kind.TEXT && (at == 0 || !isBareTime(lines.get(at - 1))) && (PassageSplitter.isHeading(line) || line.endsWith("?"))
        && line.split("\\s+").length > 1 && !SLOT.matcher(line).matches() && !isPracticalField(line)
        && !opensWithABreak(line);
  }

  /** "v/ Thomas Svendsen, …", "Ved lektor …": a line that opens by saying who. */
  private static boolean opensWithACue(String line) {
    return SPEAKER_CUE.matcher(BULLET.matcher(line).replaceFirst("").strip()).results().findFirst().map(m -> m.start() == 0).orElse(false);
  }

  /**
   * A title over a time: a heading, not a date, a field about the event or a heading of the
   * page's part ("Program"): one word only if it is a talk's or a break's ("Velkomst", "Frokost").
   */
  private static boolean titlesTheTimeBelow(List<String> lines, List<Kind> kinds, int at) {
    String line = BULLET.matcher(lines.get(at)).replaceFirst("").strip();
    boolean oneWord = !line.contains(" ");
    // not the title of a time above it ("10.50 - 11.05" over "Pause" over "11.05 - 11.25")
    // nor the line naming the previous talk's speaker ("Jørgen Chris Madsen, Vejle Kommune" over "- 13:10-13:30")
    return kinds.get(at) == Kind.TEXT && (at == 0 || !isBareTime(lines.get(at - 1)))
        && PassageSplitter.isHeading(line) && !opensWithADate(line) && !NAMED_LINE.matcher(line).lookingAt()
        && !isPracticalField(line) && !ProgrammeVocabulary.isPracticalLabel(firstWord(line))
        && (!oneWord || ProgrammeVocabulary.isTalkWord(line) || ProgrammeVocabulary.isBreakWord(line));
  }

  /** "God morgen med en sang", "Dagen sluttes af med en sang": a few words and what the time is spent with. */
  private static final Pattern SPENT_WITH = Pattern.compile("(?iU)^(?:\\p{L}+\\s+){1,4}med\\s+(?:en\\s+|et\\s+)?(?<what>\\p{L}+)\\s*[.!]?$");

  private static boolean endsWithABreak(String rest) {
    Matcher spent = SPENT_WITH.matcher(rest.strip());
    return spent.matches() && ProgrammeVocabulary.isBreakWord(spent.group("what"));
  }

  /** A word for a talk that is no word for a break in the line: "… og afrunding". */
  private static boolean namesATalkToo(String rest) {
    return Arrays.stream(WORDS.split(rest))
        .anyMatch(word -> ProgrammeVocabulary.isTalkWord(word) && !ProgrammeVocabulary.isBreakWord(word));
  }

  /** A break's line that names who speaks after more than the break's own words. */
  private static boolean leadsIntoATalk(String rest) {
    Matcher cue = SPEAKER_CUE.matcher(rest);
    return cue.find() && !Arrays.stream(WORDS.split(rest.substring(0, cue.start()).strip()))
        .allMatch(word -> ProgrammeVocabulary.isBreakWord(word) || word.equalsIgnoreCase("og"));
  }

  /** The last line with text before line {@code at} ends in a colon: what follows is its list. */
  private static boolean introducesWhatFollows(List<String> lines, int at) {
    for (int i = at - 1; i >= 0; i--) {
      if (!lines.get(i).isBlank()) {
        return lines.get(i).strip().endsWith(":");
      }
    }
    return false;
  }

  /**
   * "13.15-13.25: / Undervisersammensætning … / • Seniorkonsulent Yakup Bas, Danmarks
   * Evalueringsinstitut": a short paragraph naming a person right under a talk that so far is
   * its title alone says who gives it; it opens nothing new.
   */
  private boolean namesTheSpeakerOfATitleAlone(List<String> lines, int first, int last, boolean bareTime) {
    String next = lines.get(last + 1).strip();
    return last == (bareTime ? first + 1 : first) && next.length() <= SPEAKER_LINE_MAX_CHARS
        && !isPracticalField(next) && namesAPerson.test(next);
  }

  /**
   * A short line without closing punctuation that opens a paragraph, and is not a speaker's
   * line, is the heading of what follows: the talk before it has ended.
   */
  private static boolean opensNewPart(List<String> lines, List<Boolean> paragraphStart, int at) {
    String line = lines.get(at).strip();
    boolean lastLineOfParagraph = at + 1 >= lines.size() || paragraphStart.get(at + 1);
    // ("– Eksempel fra Sønderborg Kommune" under a title is its subtitle)
    return lastLineOfParagraph && PassageSplitter.isHeading(line) && !SPEAKER_CUE.matcher(line).find()
        && !DASH_SUBTITLE.matcher(line).lookingAt()
        && !line.matches("(?iU)^(med|af)\\s.*") && !leadsIntoWhoSpeaks(line);
  }

  private Talk talk(List<String> lines, int first, int last) {
    String line = BULLET.matcher(lines.get(first)).replaceFirst("");
    Matcher slot = SLOT.matcher(line);
    String rest = (slot.matches() ? slot.group("rest") : line).strip();
    String time = slot.matches() ? slotTime(line.substring(0, slot.start("rest"))) : "";
    // a heading over its slot ("Lykketoft i stolen" over "09:00 - 10:00 D3 …", "Velkomst" over
    // "Kl. 10.00-10.15") takes the slot's time
    if (time.isEmpty() && first < last && (isSlotAtAStand(lines.get(first + 1)) || isBareTime(lines.get(first + 1)))) {
      Matcher below = SLOT.matcher(lines.get(first + 1));
      below.matches();
      time = slotTime(lines.get(first + 1).substring(0, below.start("rest")));
    }
    int titleLine = first;
    if (rest.isEmpty() && first < last) {
      titleLine = first + 1;
      rest = BULLET.matcher(lines.get(titleLine)).replaceFirst("").strip();
    }
    // the title line names the speaker as often as the lines under it ("Interview med lektor
    // Laust Høgedahl", "Velkomst v/ Jens Jensen"); the title itself ends before "v/"/"ved"
    String title = rest;
    Matcher cue = SPEAKER_CUE.matcher(rest);
    int cueAt = cue.find() ? cue.start() : -1;
    // "13.30: Ind i fællesskabet – har vi overhovedet en fremtid? Ved Niels Henrik Gregersen, …: Vi
    // kan ikke …": a long line names its speaker in the sentence of its cue
    boolean cueEarly = cueAt > 0 && cueAt < SPEAKER_LINE_MAX_CHARS;
    StringBuilder speakers = new StringBuilder(isWhomTheTalkIsAbout(rest, lines, titleLine, last) ? ""
        : rest.length() <= SPEAKER_LINE_MAX_CHARS ? rest
        : cueEarly ? rest.substring(0, cueAt) + firstSentence(rest.substring(cueAt)) : firstSentence(rest));
    Matcher topic = TOPIC_AND_SPEAKER.matcher(rest);
    Matcher speakerFirst = SPEAKER_FIRST_ITEM.matcher(rest);
    Matcher dash = TOPIC_DASH_POLITICIAN.matcher(rest);
    Matcher speakersDash = speakersDashTopic(rest);
    Matcher cell = CELL_BORDER.matcher(rest);
    if (cell.find() && cell.start() > 0) {
      title = rest.substring(0, cell.start()); // a table's row: "Velkomst | Jens Hansen, formand", or tab-separated
    } else if (cueAt > 0) {
      title = rest.substring(0, cueAt);
    } else if (topic.matches()) {
      title = topic.group("topic");
    } else if (speakerFirst.matches() && (BULLET.matcher(lines.get(first)).lookingAt() || isSpeakersOwnLine(rest))
        && namesAPerson.test(speakerFirst.group("who"))) {
      title = speakerFirst.group("what"); // "- Karl Sørensen, formand, …: Hvad kan landbruget gøre?"
    } else if (speakersDash != null) {
      title = speakersDash.group("what"); // "Brian Kronvang – Fra vandmiljøplaner …"
    } else if (dash.matches()) {
      title = dash.group("topic"); // "Den store vision 1 - Lars Løkke Rasmussen (V)"
    } else if (talkWordAndWho(rest)) {
      title = rest.substring(0, rest.indexOf(':')); // "Panel: Mads Koch Hansen,"
    }
    // "… planer, v/" with no name after it: the cue without its speaker is no part of the title
    title = withoutItsSpeaker(title.replaceFirst("(?iU)[,\\s]+(?:af|med|ved|v\\s?\\.?\\s?/|v\\.)\\s*:?\\s*$", "").replaceFirst("\\s*[:,–—-]\\s*$", "").strip());
    // "Et spil for tabere. Foredrag v. forfatter Rune Nøhr": the talk's word after the title's sentence
    Matcher wordAfter = TALK_WORD_AFTER_TITLE.matcher(title);
    if (wordAfter.matches() && ProgrammeVocabulary.isTalkWord(wordAfter.group(2))) {
      title = wordAfter.group(1);
    }
    title = shortTitle(title);
    // Who gives the talk is said right under its title ("Oplæg v/ …", "Borgmester … byder
    // velkommen"), in a list after a title ending in a colon, or later on a line of its own
    // that opens with "ved"/"Moderator:"; names in the abstract are only mentioned.
    boolean listFollows = rest.endsWith(":");
    List<String> givers = new ArrayList<>();
    for (int i = titleLine + 1; i <= last; i++) {
      String next = BULLET.matcher(lines.get(i)).replaceFirst("").strip();
      // "Deltagere:" over a list of who takes part, anywhere in the talk; a field such as
      // "Sted:" ends the list
      Matcher label = WHO_TAKES_PART.matcher(next);
      if (label.matches() || isPracticalField(next)) {
        listFollows = label.matches() && label.group("who").isBlank();
      } else if (next.length() <= LEAD_IN_MAX_CHARS && leadsIntoWhoSpeaks(next)) {
        listFollows = true; // "Vi får besøg af" over "• Elif Bayram Orbe"
      }
      boolean underTitle = rest.length() <= SPEAKER_LINE_MAX_CHARS && i <= titleLine + SPEAKER_LINES_UNDER_TITLE;
      // "Grith Mortensen, landsbyklyngen Mols i Udvikling": a line under the title that opens
      // with a name and a comma gives the talk (the entity rules check that it is a person's)
      Matcher named = NAMED_LINE.matcher(next);
      if (underTitle && named.lookingAt() && next.length() <= SPEAKER_LINE_MAX_CHARS) {
        givers.add(named.group("name"));
      }
      boolean cueLine = SPEAKER_CUE.matcher(next).results().findFirst().map(m -> m.start() <= 1).orElse(false)
          || label.matches() && !label.group("who").isBlank();
      boolean listLine = listFollows && next.length() <= TITLE_MAX_CHARS && !next.matches(".*[.!?]$");
      if (underTitle || cueLine || listLine) {
        // an abstract under the title names its speaker in its first sentence ("Pia Damsgaard,
        // programleder …, fortæller om …"); the rest of it only mentions people
        speakers.append('\n').append(next.length() <= SPEAKER_LINE_MAX_CHARS || cueLine || listLine ? next : firstSentence(next));
      }
    }
    return new Talk(first, last, title, speakers.toString().strip(), time, givers);
  }

  /**
   * "Ludvig Holberg" over "Simona Zetterberg-Nielsen, lektor i nordisk sprog …": a title that is a
   * person's name alone, over the line of who gives the talk, is whom the talk is about.
   */
  private boolean isWhomTheTalkIsAbout(String title, List<String> lines, int titleLine, int last) {
    if (titleLine >= last || !NAME_ALONE.matcher(title).matches() || !namesAPerson.test(title)) {
      return false;
    }
    return isSpeakersItem(lines.get(titleLine + 1));
  }

  /** "Deltagere:", "Medvirkende: …", "I panelet:": a label over (or before) the list of who takes part. */
  private static final Pattern WHO_TAKES_PART = Pattern.compile(
      "(?iU)^(?:\\p{L}*deltagere|medvirkende|debattører|oplægsholdere|talere|panel(?:et)?|i\\s+panelet)\\s*:\\s*(?<who>.*)$");

  /** A short line that leads into a list of people: "Vi får besøg af", "Debatten er med". */
  private static final Pattern LEAD_IN = Pattern.compile("(?U)\\s(?:af|med|ved)$");
  private static final int LEAD_IN_MAX_CHARS = 60;

  /** "Vi får besøg af", "Debatten er med": a line that leads into who speaks (not who hosts or pays). */
  private static boolean leadsIntoWhoSpeaks(String line) {
    return LEAD_IN.matcher(line).find() && !HOSTS_LEAD_IN.matcher(line).find();
  }

  /** "I samarbejde med", "Arrangeret af", "Støttet af": a lead-in to who hosts or pays, not who speaks. */
  private static final Pattern HOSTS_LEAD_IN = Pattern.compile(
      "(?iU)\\b(?:samarbejde|partnerskab|arrangeret|arrangeres|afholdt|afholdes|organiseret|støttet|støttes|sponsoreret|finansieret|udgivet|produceret)\\s+(?:af|med)$");

  private static final Pattern TALK_WORD_AFTER_TITLE = Pattern.compile("(?U)^(.{3,}?)\\.\\s+(\\p{L}+)$");

  /** Between the cells of a table's row as a page's text gives it: " | " or a tab. */
  private static final Pattern CELL_BORDER = Pattern.compile("\\s+\\|\\s+|\\s*\\t\\s*");

  /** "Velkomst – Jens Hansen, formand for KL", "Sundhed i hjemmet (Karen Due, VIVE)": who gives it is no part of the title. */
  private static final Pattern SPEAKER_AFTER_TITLE = Pattern.compile(
      "(?U)^(?<title>.{3,}?)(?:\\s+[–—-]\\s+(?<dashed>\\p{Lu}[\\p{L}'’-]+\\s+\\p{Lu}.*)|\\s*\\((?<bracketed>\\p{Lu}[\\p{L}'’-]+\\s+\\p{Lu}[^()]*)\\))$");

  private String withoutItsSpeaker(String title) {
    // "Demokratiprisen - overrækkes af Bjørn Bredal, …": the item before whom it is given by
    Matcher by = GIVEN_BY.matcher(title);
    if (by.find() && by.start() > 0 && namesAPerson.test(title.substring(by.start()))) {
      String before = title.substring(0, by.start()).replaceFirst("\\s*[–—-]\\s*$", "").strip();
      if (before.length() >= 3) {
        return before;
      }
    }
    Matcher m = SPEAKER_AFTER_TITLE.matcher(title);
    if (!m.matches()) {
      return title;
    }
    String who = m.group("dashed") != null ? m.group("dashed") : m.group("bracketed");
    Matcher name = NAMED_LINE.matcher(who + (who.contains(",") ? "" : ", x"));
    return name.lookingAt() && namesAPerson.test(who) ? m.group("title").strip() : title;
  }

  /** "Panel: Mads Koch Hansen, …", "Keynote: Anne Holm": a talk word, a colon and who gives it, no topic. */
  private boolean talkWordAndWho(String rest) {
    int colon = rest.indexOf(':');
    return colon > 0 && isTalkWordsAlone(rest.substring(0, colon)) && namesAPerson.test(rest);
  }

  /** A title of at most {@code TITLE_MAX_CHARS}, cut at a word and marked as cut. */
  static String shortTitle(String title) {
    return title.length() <= TITLE_MAX_CHARS ? title
        : title.substring(0, TITLE_MAX_CHARS).replaceFirst("\\s+\\S*$", "") + " …";
  }

  /** A programme slot that is a break ("11.00 Kaffepause"): neither a talk nor a heading. */
  static boolean isBreak(String line) {
    return kind(line) == Kind.BREAK;
  }

  /** "Oplæg ved Anne Hansen, KL. Hun fortalte om …": a long line names its speaker in its first sentence. */
  private static String firstSentence(String text) {
    Matcher end = SENTENCE_END.matcher(text);
    return end.find() ? text.substring(0, end.start() + 1) : text.substring(0, Math.min(text.length(), SPEAKER_LINE_MAX_CHARS));
  }

  /** "09:00 - 10:00 D3 3F, Fagligt Fælles Forbund - Ved Brandstationen": a slot that gives a stand's code, not a title. */
  private static boolean isSlotAtAStand(String line) {
    Matcher slot = SLOT.matcher(line);
    return slot.matches() && STAND.matcher(slot.group("rest")).lookingAt();
  }

  private static boolean isCode(String line) {
    return CODE.matcher(BULLET.matcher(line).replaceFirst("").strip()).matches();
  }

  private static boolean talkWordAmongFirst(String text, int count) {
    String[] words = WORDS.split(text.strip(), count + 1);
    for (int i = 0; i < Math.min(count, words.length); i++) {
      if (ProgrammeVocabulary.isTalkWord(words[i])) {
        return true;
      }
    }
    return false;
  }

  /** "Tid til …": time set aside for the people in the hall, no one's talk. */
  private static final Pattern TIME_FOR = Pattern.compile("(?iU)^tid\\s+til\\s");
  /** How long a break lasts, before the word for it: "10 min. pause", "15 minutters pause". */
  private static final Pattern DURATION = Pattern.compile("(?iU)^\\d{1,3}\\s*(?:min\\.?|minutter|minutters)\\s+");

  /**
   * "Frokost og netværk", and a break of two or three words with a word before it: "Kort pause",
   * "Let forfriskning", or its length: "10 min. pause".
   */
  private static boolean opensWithABreak(String text) {
    String bare = DURATION.matcher(text.strip()).replaceFirst("");
    if (TIME_FOR.matcher(bare).lookingAt()) {
      return true; // "Tid til snak – over ostebord og rødvin", "Tid til at netværke"
    }
    Matcher suspended = SUSPENDED_COMPOUNDS.matcher(bare);
    if (suspended.lookingAt()) {
      return ProgrammeVocabulary.isBreakWord(suspended.group("head"));
    }
    String[] words = WORDS.split(bare, 4);
    return ProgrammeVocabulary.isBreakWord(words[0])
        || words.length >= 2 && words.length <= 3 && ProgrammeVocabulary.isBreakWord(words[1]);
  }

  /**
   * "Transport-, Bygnings- og Boligministeriets planer", "Frokost- og netværkspause": words cut
   * short before the one that completes them all; that word says what the line is about.
   */
  private static final Pattern SUSPENDED_COMPOUNDS = Pattern.compile(
      "(?U)^(?:\\p{L}+-,?\\s+)+(?:og|eller)\\s+(?<head>\\p{L}+)");

  static String firstWord(String text) {
    String[] words = WORDS.split(text.strip(), 2);
    return words.length == 0 ? "" : words[0];
  }
}
