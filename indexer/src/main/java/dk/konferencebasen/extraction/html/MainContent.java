package dk.konferencebasen.extraction.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds the element that holds a page's main text, the way Mozilla's Readability does: every
 * paragraph of real prose (long, with commas) gives points to its parent and, less, to the
 * ancestors above, links cost points, and the best-scored element wins; its siblings join when
 * they score nearly as well or read like prose themselves.
 */
final class MainContent {
  private static final Set<String> PARAGRAPH_TAGS = Set.of("p", "pre", "td", "blockquote");
  private static final Set<String> CONTAINER_TAGS = Set.of("div", "section", "article", "main", "span", "font", "center");
  private static final int MIN_PARAGRAPH_CHARS = 25;

  private final Map<Element, Double> scores = new IdentityHashMap<>();

  /** The best element and the siblings that belong with it, in document order. */
  static List<Element> find(Element body) {
    return new MainContent().choose(body);
  }

  private List<Element> choose(Element body) {
    for (Element paragraph : paragraphs(body)) {
      String text = paragraph.text();
      if (text.length() < MIN_PARAGRAPH_CHARS) {
        continue;
      }
      double score = 1 + commas(text) + Math.min(text.length() / 100.0, 3);
      int level = 0;
      // nothing above the body scores: a detached copy of a body still has a document above it
      for (Element ancestor = paragraph.parent(); ancestor != null && level < 5 && ancestor != body.parent();
          ancestor = ancestor.parent(), level++) {
        scores.computeIfAbsent(ancestor, MainContent::initialScore);
        double share = level == 0 ? score : level == 1 ? score / 2 : score / (level * 3);
        scores.merge(ancestor, share, Double::sum);
      }
    }
    if (scores.isEmpty()) {
      return List.of(body);
    }
    Map<Element, Double> finalScores = new HashMap<>();
    Element top = null;
    double topScore = Double.NEGATIVE_INFINITY;
    List<Map.Entry<Element, Double>> ranked = new ArrayList<>();
    for (Map.Entry<Element, Double> entry : scores.entrySet()) {
      double score = entry.getValue() * (1 - linkDensity(entry.getKey()));
      finalScores.put(entry.getKey(), score);
      ranked.add(Map.entry(entry.getKey(), score));
      if (score > topScore) {
        topScore = score;
        top = entry.getKey();
      }
    }
    top = climbToCommonAncestor(top, topScore, ranked);
    top = climbWhileScoreHolds(top, finalScores, body);
    if (top == body || top.parent() == null) {
      return List.of(top);
    }
    return withSiblings(top, finalScores);
  }

  /**
   * When several of the best candidates sit in one ancestor of the top one (an article split
   * into sections), that ancestor is the article.
   */
  private static Element climbToCommonAncestor(Element top, double topScore, List<Map.Entry<Element, Double>> ranked) {
    ranked.sort((a, b) -> Double.compare(b.getValue(), a.getValue()));
    List<Element> alternatives = new ArrayList<>();
    for (int i = 1; i < Math.min(5, ranked.size()); i++) {
      if (ranked.get(i).getValue() / topScore >= 0.75) {
        alternatives.add(ranked.get(i).getKey());
      }
    }
    if (alternatives.size() < 3) {
      return top;
    }
    for (Element ancestor = top.parent(); ancestor != null && !ancestor.normalName().equals("body"); ancestor = ancestor.parent()) {
      int contained = 0;
      for (Element alternative : alternatives) {
        if (isAncestor(ancestor, alternative)) {
          contained++;
        }
      }
      if (contained >= 3) {
        return ancestor;
      }
    }
    return top;
  }

  /** Moves up while the parent scores about as well: the top one was only part of the text. */
  private static Element climbWhileScoreHolds(Element top, Map<Element, Double> scores, Element body) {
    double last = scores.getOrDefault(top, 0.0);
    double threshold = last / 3;
    for (Element parent = top.parent(); parent != null && top != body && parent != body.parent(); parent = parent.parent()) {
      Double parentScore = scores.get(parent);
      if (parentScore == null || parentScore < threshold) {
        break;
      }
      if (parentScore > last) {
        top = parent;
        break;
      }
      last = parentScore;
    }
    while (top != body && top.parent() != null && top.parent() != body && top.parent().childrenSize() == 1) {
      top = top.parent();
    }
    return top;
  }

  private static List<Element> withSiblings(Element top, Map<Element, Double> scores) {
    double topScore = scores.getOrDefault(top, 0.0);
    double threshold = Math.max(10, topScore * 0.2);
    List<Element> chosen = new ArrayList<>();
    for (Element sibling : top.parent().children()) {
      if (sibling == top) {
        chosen.add(sibling);
        continue;
      }
      double bonus = !top.className().isEmpty() && top.className().equals(sibling.className()) ? topScore * 0.2 : 0;
      Double score = scores.get(sibling);
      if (score != null && score + bonus >= threshold) {
        chosen.add(sibling);
      } else if (sibling.normalName().equals("p") || sibling.normalName().matches("h[2-6]|ul|ol|blockquote")) {
        String text = sibling.text();
        double density = linkDensity(sibling);
        if ((text.length() > 80 && density < 0.25)
            || (text.length() > 0 && text.length() <= 80 && density == 0 && text.matches(".*[.!?:](\\s.*)?$"))) {
          chosen.add(sibling);
        }
      }
    }
    return chosen;
  }

  /** Elements that hold paragraphs of text: p and its like, and containers with only inline content. */
  static List<Element> paragraphs(Element body) {
    List<Element> out = new ArrayList<>();
    for (Element e : body.getAllElements()) {
      String tag = e.normalName();
      if (PARAGRAPH_TAGS.contains(tag)) {
        out.add(e);
      } else if (CONTAINER_TAGS.contains(tag) && !hasBlockChild(e) && hasOwnText(e)) {
        out.add(e);
      }
    }
    return out;
  }

  private static boolean hasBlockChild(Element e) {
    for (Element child : e.children()) {
      if (TextBlocks.BLOCKS.contains(child.normalName())) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasOwnText(Element e) {
    for (Node child : e.childNodes()) {
      if (child instanceof TextNode t && !t.isBlank()) {
        return true;
      }
    }
    return false;
  }

  private static double initialScore(Element e) {
    double score = switch (e.normalName()) {
      case "div", "article", "main" -> 5;
      case "pre", "td", "blockquote" -> 3;
      case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
      case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
      default -> 0;
    };
    return score + 25 * Boilerplate.classWeight(e);
  }

  static int commas(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ',' || c == '，' || c == '、') {
        n++;
      }
    }
    return n;
  }

  /** The share of an element's text that is link text. */
  static double linkDensity(Element e) {
    int length = e.text().length();
    if (length == 0) {
      return 0;
    }
    int linkLength = 0;
    for (Element link : e.select("a")) {
      String href = link.attr("href");
      // in-page anchors (footnotes, tables of content) weigh less: they are not navigation away
      double weight = href.startsWith("#") ? 0.3 : 1;
      linkLength += (int) (link.text().length() * weight);
    }
    return Math.min(1, linkLength / (double) length);
  }

  private static boolean isAncestor(Element ancestor, Element e) {
    for (Element p = e; p != null; p = p.parent()) {
      if (p == ancestor) {
        return true;
      }
    }
    return false;
  }
}
