package dk.konferencebasen.extraction.html;

import dk.konferencebasen.extraction.RemovedText;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * The main text of an HTML page, read as a DOM: what the page's authors marked as chrome
 * ({@link Boilerplate}) goes first, then the element that holds the prose is found
 * ({@link MainContent}), and inside it, blocks that are mostly links or widgets go. Everything
 * taken out is returned with its reason, so nothing disappears without a trace.
 */
public final class HtmlExtractor {
  /** The page's paragraphs, what was removed and why, and what the page says about itself. */
  public record Result(List<String> paragraphs, List<RemovedText> removed, PageMetadata metadata) {}

  /** Below this share of the page's text, a result is suspect and the page is read again with less removed. */
  private static final double MIN_SHARE_KEPT = 0.2;
  private static final int MIN_CHARS_KEPT = 400;

  private HtmlExtractor() {}

  public static Result extract(InputStream html, String baseUri) throws IOException {
    return extract(Jsoup.parse(html, null, baseUri));
  }

  public static Result extract(Document page) {
    PageMetadata metadata = PageMetadata.of(page);
    Element body = page.body();
    body.select(Boilerplate.NON_TEXT).remove();
    page.select("head").remove();
    int pageChars = textLength(body);

    Result strict = extract(body.clone(), metadata, true);
    int kept = strict.paragraphs().stream().mapToInt(String::length).sum();
    if (kept >= MIN_CHARS_KEPT || kept >= pageChars * MIN_SHARE_KEPT) {
      return strict;
    }
    // The page's class names misled the first pass (a main column called "sidebar-layout"):
    // read it again trusting only elements and roles.
    Result lenient = extract(body.clone(), metadata, false);
    int keptLenient = lenient.paragraphs().stream().mapToInt(String::length).sum();
    return keptLenient > kept ? lenient : strict;
  }

  private static Result extract(Element body, PageMetadata metadata, boolean byClassNames) {
    List<RemovedText> removed = new ArrayList<>();
    int bodyChars = textLength(body);
    InlineRuns.wrapInParagraphs(body);
    Set<Element> holdsProse = Collections.newSetFromMap(new IdentityHashMap<>());
    bestProse(body).ifPresent(p -> {
      for (Element e = p; e != null; e = e.parent()) {
        holdsProse.add(e);
      }
    });
    removeChrome(body, bodyChars, byClassNames, holdsProse, removed);

    List<Element> main = MainContent.find(body);
    Set<Element> inMain = Collections.newSetFromMap(new IdentityHashMap<>());
    inMain.addAll(main);
    recordOutside(body, inMain, removed);

    List<String> paragraphs = new ArrayList<>();
    for (Element part : main) {
      cleanConditionally(part, holdsProse, removed);
      paragraphs.addAll(TextBlocks.of(part));
    }
    dropTitleHeading(paragraphs, metadata, removed);
    return new Result(paragraphs, removed, metadata);
  }

  /**
   * Removes what the markup declares as chrome. An element that holds the page's article (an
   * {@code <article>} or {@code <main>} inside it) or most of its text is kept whatever its
   * class says: a wrapper named "page-with-sidebar" is not a sidebar.
   */
  private static void removeChrome(Element body, int bodyChars, boolean byClassNames, Set<Element> holdsProse,
      List<RemovedText> removed) {
    for (Element e : new ArrayList<>(body.getAllElements())) {
      if (e == body || e.parent() == null || !attached(e, body)) {
        continue;
      }
      Optional<String> reason = Boilerplate.reason(e);
      if (reason.isEmpty() || (!byClassNames && reason.get().startsWith("class"))) {
        continue;
      }
      if (holdsProse.contains(e) || !e.select("article, main, [role=main], [itemprop=articleBody]").isEmpty()
          || (bodyChars > 0 && textLength(e) > 0.6 * bodyChars)) {
        continue;
      }
      record(e, reason.get(), removed);
      e.remove();
    }
  }

  /**
   * The page's longest paragraph of prose (few links): whatever the class names around it say,
   * the element that holds it is not chrome. Blog software calls its article a "widget".
   */
  private static Optional<Element> bestProse(Element body) {
    Element best = null;
    double bestScore = 200; // shorter than this, it is no article paragraph
    for (Element p : MainContent.paragraphs(body)) {
      String text = p.text();
      if (text.length() < bestScore) {
        continue;
      }
      double score = text.length() * (1 - MainContent.linkDensity(p));
      if (score > bestScore) {
        bestScore = score;
        best = p;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Records, block by block, the page's text that lies outside the main content. */
  private static void recordOutside(Element body, Set<Element> inMain, List<RemovedText> removed) {
    if (inMain.contains(body)) {
      return; // the whole page is the main content
    }
    for (Node child : new ArrayList<>(body.childNodes())) {
      if (child instanceof Element e) {
        if (inMain.contains(e)) {
          continue;
        }
        if (containsAny(e, inMain)) {
          recordOutside(e, inMain, removed);
        } else {
          record(e, "outside the page's main content", removed);
        }
      } else if (child instanceof org.jsoup.nodes.TextNode loose) {
        String text = TextBlocks.normalise(loose.text());
        if (!text.isEmpty()) {
          removed.add(new RemovedText(text, "outside the page's main content"));
        }
      }
    }
  }

  private static boolean containsAny(Element e, Set<Element> targets) {
    for (Element d : e.getAllElements()) {
      if (targets.contains(d)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Inside the main content, lists, tables and boxes that are mostly links, form fields or
   * pictures go (related articles, tag clouds, share bars), as Readability's conditional
   * cleaning does; prose with commas stays.
   */
  private static void cleanConditionally(Element root, Set<Element> holdsProse, List<RemovedText> removed) {
    List<Element> candidates = new ArrayList<>(root.select("table, ul, ol, div, section, aside, form, fieldset"));
    Collections.reverse(candidates); // innermost first
    for (Element e : candidates) {
      if (e == root || e.parent() == null || !attached(e, root) || holdsProse.contains(e)) {
        continue;
      }
      String text = e.text();
      if (MainContent.commas(text) >= 10) {
        continue;
      }
      boolean isList = e.normalName().equals("ul") || e.normalName().equals("ol");
      int weight = Boilerplate.classWeight(e);
      int p = e.select("p").size();
      int img = e.select("img").size();
      int li = e.select("li").size() - 100;
      int inputs = e.select("input, select, textarea").size();
      double density = MainContent.linkDensity(e);
      int length = text.length();
      String reason = null;
      if (weight < 0) {
        reason = "chrome class inside the main content";
      } else if (img > 1 && p / (double) img < 0.5 && length < 200) {
        reason = "gallery or picture box";
      } else if (!isList && li > p) {
        reason = "list of short items";
      } else if (inputs > p / 3.0 && inputs > 0) {
        reason = "form";
      } else if (!isList && weight == 0 && density > 0.3 && length < 2000) {
        reason = "mostly links";
      } else if (isList && density > 0.5) {
        reason = "list of links";
      } else if (weight > 0 && density > 0.5) {
        reason = "mostly links";
      }
      if (reason != null) {
        record(e, reason, removed);
        e.remove();
      }
    }
    // short link-only paragraphs ("Read more", "Tilbage til oversigten")
    for (Element e : new ArrayList<>(root.select("p, li, h2, h3, h4, h5, h6, div"))) {
      if (e.parent() == null || !attached(e, root)) {
        continue;
      }
      String text = e.text();
      if (!text.isEmpty() && text.length() < 80 && MainContent.linkDensity(e) >= 0.9 && e.select("p, div").isEmpty()) {
        record(e, "link", removed);
        e.remove();
      }
    }
  }

  /** The page's own headline is its title; as the first paragraph too it would be said twice. */
  private static void dropTitleHeading(List<String> paragraphs, PageMetadata metadata, List<RemovedText> removed) {
    if (paragraphs.isEmpty() || metadata.title().isEmpty()) {
      return;
    }
    String title = comparable(metadata.title().get());
    for (int i = 0; i < Math.min(3, paragraphs.size()); i++) {
      if (comparable(paragraphs.get(i)).equals(title)) {
        removed.add(new RemovedText(paragraphs.remove(i), "the page's title (kept as the report's title)"));
        return;
      }
    }
  }

  private static String comparable(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  private static void record(Element e, String reason, List<RemovedText> removed) {
    for (String block : TextBlocks.of(e)) {
      removed.add(new RemovedText(block, reason));
    }
  }

  private static boolean attached(Element e, Element root) {
    for (Element p = e; p != null; p = p.parent()) {
      if (p == root) {
        return true;
      }
    }
    return false;
  }

  private static int textLength(Element e) {
    return e.text().length();
  }
}
