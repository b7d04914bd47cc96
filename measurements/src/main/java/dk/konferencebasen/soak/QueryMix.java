package dk.konferencebasen.soak;

import dk.konferencebasen.soak.SoakRequest.Expect;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * The soak's requests: what practitioners and scripts send (words, sentences, phrases, filters,
 * date order, wildcards, fuzzy terms, next pages by cursor, completions, analysis, whole
 * reports, statistics), and one request in ten deliberately wrong (syntax errors, unknown fields
 * and parameters, bad paging, a leading wildcard, too many terms or fuzzy terms, an unknown id),
 * which must be refused with a 4xx. Words and facet values come from the served index.
 */
final class QueryMix {
  static final String SEARCH = "search";
  static final String SEARCH_PAGE = "search (next page)";
  static final String SUGGEST = "suggest";
  static final String ANALYZE = "analyze";
  static final String DOCUMENT = "documents";
  static final String STATS = "stats";
  static final String REFUSED = "bad on purpose";

  private static final List<String> BAD_SEARCHES = List.of(
      "q=" + enc("(kommune OR"), "q=" + enc("foo:bar"), "q=" + enc("*ing"),
      "q=" + enc("AND"), "q=kommune&limit=0", "q=kommune&offset=-1", "q=kommune&sort=nyeste",
      "q=kommune&qq=1", "q=kommune&cursor=" + enc("ikke-en-cursor"), "q=kommune&from=2019-13-45");

  private final SoakVocabulary vocabulary;
  private final Harvest harvest;

  QueryMix(SoakVocabulary vocabulary, Harvest harvest) {
    this.vocabulary = vocabulary;
    this.harvest = harvest;
  }

  SoakRequest next(Random random) {
    int roll = random.nextInt(100);
    if (roll < 15) {
      return search(random, word(random));
    } else if (roll < 25) {
      return search(random, words(random, 2 + random.nextInt(5)));
    } else if (roll < 30) {
      return search(random, "\"" + words(random, 2) + "\"");
    } else if (roll < 40) {
      return new SoakRequest(SEARCH, "/api/search?q=" + enc(word(random)) + filter(random) + filter(random), Expect.ANSWER);
    } else if (roll < 44) {
      // four letters: on the generated corpus no prefix that long reaches the expansion limit
      return search(random, prefix(random, 4) + "*");
    } else if (roll < 48) {
      return search(random, word(random) + "~" + (1 + random.nextInt(2)));
    } else if (roll < 52) {
      return new SoakRequest(SEARCH, "/api/search?q=" + enc(words(random, 2)) + "&sort=date&limit=20", Expect.ANSWER);
    } else if (roll < 60) {
      // no cursor yet: a first page of two, which has a next page whenever two reports match
      return harvest.anyPage(random)
          .map(p -> new SoakRequest(SEARCH_PAGE, "/api/search?" + p.search() + "&cursor=" + enc(p.cursor()), Expect.ANSWER))
          .orElseGet(() -> new SoakRequest(SEARCH, "/api/search?q=" + enc(word(random)) + "&limit=2", Expect.ANSWER));
    } else if (roll < 70) {
      return new SoakRequest(SUGGEST, "/api/suggest?q=" + enc(prefix(random, 2 + random.nextInt(4))), Expect.ANSWER);
    } else if (roll < 78) {
      return new SoakRequest(ANALYZE, "/api/analyze?text=" + enc(words(random, 1 + random.nextInt(8)))
          + (random.nextBoolean() ? "&as=query" : ""), Expect.ANSWER);
    } else if (roll < 86) {
      return harvest.anyId(random)
          .map(id -> new SoakRequest(DOCUMENT, "/api/documents/" + enc(id), Expect.ANSWER_OR_GONE))
          .orElseGet(() -> search(random, word(random)));
    } else if (roll < 90) {
      return new SoakRequest(STATS, "/api/stats", Expect.ANSWER);
    } else {
      return bad(random);
    }
  }

  private SoakRequest search(Random random, String q) {
    return new SoakRequest(SEARCH, "/api/search?q=" + enc(q) + (random.nextInt(4) == 0 ? "&limit=50" : ""), Expect.ANSWER);
  }

  private SoakRequest bad(Random random) {
    String target = switch (random.nextInt(5)) {
      case 0 -> "/api/search?q=" + enc(words(random, 101)); // over the term limit
      case 1 -> "/api/search?q=" + enc(repeat(random, 11, "~2")); // over the fuzzy-term limit
      case 2 -> "/api/documents/" + enc("findes-ikke-" + random.nextInt(1000));
      case 3 -> "/api/analyze?text=" + enc(word(random)) + "&as=noget";
      default -> "/api/search?" + BAD_SEARCHES.get(random.nextInt(BAD_SEARCHES.size()));
    };
    return new SoakRequest(REFUSED, target, Expect.REFUSAL);
  }

  private String filter(Random random) {
    List<String> dims = List.copyOf(vocabulary.facetValues().keySet());
    if (dims.isEmpty()) {
      return "";
    }
    String dim = dims.get(random.nextInt(dims.size()));
    List<String> values = vocabulary.facetValues().get(dim);
    return "&" + dim + "=" + enc(values.get(random.nextInt(values.size())));
  }

  private String word(Random random) {
    List<String> words = vocabulary.words();
    return words.get(random.nextInt(words.size()));
  }

  private String words(Random random, int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(i == 0 ? "" : " ").append(word(random));
    }
    return sb.toString();
  }

  private String repeat(Random random, int n, String suffix) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(i == 0 ? "" : " ").append(word(random)).append(suffix);
    }
    return sb.toString();
  }

  private String prefix(Random random, int length) {
    String w = word(random);
    return w.substring(0, Math.min(w.length(), length));
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** The endpoints in report order. */
  static final List<String> ENDPOINTS = List.of(SEARCH, SEARCH_PAGE, SUGGEST, ANALYZE, DOCUMENT, STATS, REFUSED);
}
