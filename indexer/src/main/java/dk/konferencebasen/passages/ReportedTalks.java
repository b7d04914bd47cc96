package dk.konferencebasen.passages;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Talks a report or news story tells of in running text, where there is no programme: a
 * paragraph whose sentence says that a named person gave a talk ("Søren Kromann, direktør i
 * KOMBIT, gennemgik fokusområderne …", "Dagen bød på oplæg fra lektor Johannes Andersen …",
 * "… hvor formand Anette Valentin holdt oplæg") is that talk, titled by the sentence, and the
 * sentence names its speakers.
 *
 * <p>What a person said ("siger", "sagde", "fortalte, at …") is a quotation, not a talk: a talk
 * is given ("holdt oplæg"), offered ("oplæg fra/ved …"), or is about something ("fortalte om",
 * "gennemgik", "præsenterede"). The subject must be a name (two capitalised words before the
 * verb), so "Han fortalte om …" continues the talk before it rather than starting one.
 */
final class ReportedTalks {
  private static final String TALK = "(?:\\p{L}*oplæg|\\p{L}*indlæg|foredrag|keynote|\\p{L}*tale|præsentation)";
  private static final String NAME = "\\p{Lu}[\\p{L}'’-]+\\s+(?:\\p{Lu}\\.\\s+)?\\p{Lu}[\\p{L}'’-]+";
  private static final Pattern A_NAME = Pattern.compile("(?U)" + NAME);
  private static final Pattern GAVE_A_TALK = Pattern.compile(
      "(?iU)\\b(?:holdt|gav|leverede)\\s+(?:\\p{L}+\\s+){0,2}?" + TALK + "\\b");
  private static final Pattern TALK_BY = Pattern.compile(
      "(?U)\\b(?i:" + TALK + ")\\s+(?:fra|ved|af|v/)\\s+(?:[\\p{L}.-]+\\s+){0,4}?" + NAME);
  private static final Pattern TOLD_ABOUT = Pattern.compile(
      "(?U)" + NAME + "[^.!?]{0,160}?\\b(?:fortalte|talte|berettede|gennemgik|præsenterede|fremlagde|introducerede|bød)"
          + "\\s+(?!at\\b|,)(?:\\p{L}+\\s+){0,4}?(?:om|velkommen|\\p{L}+erne|\\p{L}+en|\\p{L}+et)\\b");
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=\\p{L}{2}|\\)|[’”\"])[.!?](?=\\s|$)");
  private static final int TITLE_MAX_CHARS = 160;
  private static final int LINE_MAX_CHARS = 1_500;

  List<TalkFinder.Talk> find(List<String> lines, List<Boolean> paragraphStart) {
    List<Integer> starts = new ArrayList<>();
    List<String> sentences = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.length() > LINE_MAX_CHARS) {
        continue;
      }
      String sentence = firstSentence(line);
      if (tellsOfATalk(sentence)) {
        starts.add(i);
        sentences.add(sentence);
      }
    }
    List<TalkFinder.Talk> talks = new ArrayList<>();
    for (int k = 0; k < starts.size(); k++) {
      int first = starts.get(k);
      int last = first;
      int next = k + 1 < starts.size() ? starts.get(k + 1) : lines.size();
      while (last + 1 < next && !paragraphStart.get(last + 1)) {
        last++;
      }
      talks.add(new TalkFinder.Talk(first, last, title(sentences.get(k)), sentences.get(k), ""));
    }
    return talks;
  }

  static boolean tellsOfATalk(String sentence) {
    return GAVE_A_TALK.matcher(sentence).find() && A_NAME.matcher(sentence).find()
        || TALK_BY.matcher(sentence).find() || TOLD_ABOUT.matcher(sentence).find();
  }

  private static String firstSentence(String line) {
    Matcher end = SENTENCE_END.matcher(line);
    return end.find() ? line.substring(0, end.start() + 1) : line;
  }

  private static String title(String sentence) {
    String title = sentence.replaceFirst("^[•·▪*–—-]\\s*", "").replaceFirst("[.!?]$", "").strip();
    return title.length() <= TITLE_MAX_CHARS ? title : title.substring(0, TITLE_MAX_CHARS).replaceFirst("\\s+\\S*$", "") + " …";
  }
}
