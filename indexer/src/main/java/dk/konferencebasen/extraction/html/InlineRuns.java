package dk.konferencebasen.extraction.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Wraps text that sits loose in a container between block elements ("text<br>text<div>…</div>")
 * into paragraphs of its own. Many pages write their article as lines separated by
 * {@code <br>} directly in a div; without this, that text would belong to no paragraph and score
 * nothing when the main content is looked for.
 */
final class InlineRuns {
  private InlineRuns() {}

  static void wrapInParagraphs(Element root) {
    for (Element e : new ArrayList<>(root.select("div, section, article, main, td, li, blockquote"))) {
      if (!hasBlockChild(e)) {
        continue;
      }
      List<Node> run = new ArrayList<>();
      for (Node child : new ArrayList<>(e.childNodes())) {
        boolean inline = child instanceof TextNode || (child instanceof Element c && !TextBlocks.BLOCKS.contains(c.normalName()));
        if (inline) {
          run.add(child);
        } else {
          wrap(run);
          run.clear();
        }
      }
      wrap(run);
    }
  }

  private static void wrap(List<Node> run) {
    boolean hasText = run.stream().anyMatch(n -> n instanceof TextNode t ? !t.isBlank()
        : n instanceof Element el && !el.text().isBlank());
    if (!hasText) {
      return;
    }
    Element paragraph = new Element("p");
    run.get(0).before(paragraph);
    for (Node n : run) {
      paragraph.appendChild(n);
    }
  }

  private static boolean hasBlockChild(Element e) {
    for (Element child : e.children()) {
      if (TextBlocks.BLOCKS.contains(child.normalName())) {
        return true;
      }
    }
    return false;
  }
}
