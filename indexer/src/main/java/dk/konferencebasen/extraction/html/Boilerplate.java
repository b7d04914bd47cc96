package dk.konferencebasen.extraction.html;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Tells the parts of a page that belong to the site, not to the page's own text, by what the
 * page's authors declared: the element (nav, aside, footer …), its ARIA role, and the words of
 * its class, id and aria-label ("breadcrumb", "cookie-banner", "share-buttons",
 * "related-articles"). Class names are split into words at '-', '_' and case changes so that
 * "article-share" counts as sharing while "article-body" does not count at all.
 */
final class Boilerplate {
  /** Elements whose content is not visible text at all. */
  static final String NON_TEXT = "script, style, noscript, template, svg, canvas, iframe, object, embed, "
      + "select, option, textarea, input, button, link, meta, map, audio, video, source, track, math";

  private static final Set<String> TAGS = Set.of("nav", "aside", "footer", "header", "form", "dialog", "menu");
  /** Pictures with their captions and credits: a caption describes a photo, not the subject. */
  private static final Set<String> PICTURE_TAGS = Set.of("figure", "figcaption", "picture");

  private static final Set<String> ROLES = Set.of("navigation", "banner", "contentinfo", "complementary", "search",
      "dialog", "alertdialog", "menu", "menubar", "toolbar", "tablist", "tooltip");

  /** Words of class names, ids and labels that mark chrome, in English and Danish. */
  private static final Set<String> WORDS = Set.of(
      "nav", "navbar", "navigation", "menu", "menus", "megamenu", "submenu", "breadcrumb", "breadcrumbs", "crumbs",
      "crumb", "cookie", "cookies", "consent", "gdpr", "cmp", "share", "shares", "sharing", "sharebar", "social",
      "socials", "comment", "comments", "disqus", "newsletter", "subscribe", "subscription", "signup", "related",
      "recommended", "recommendations", "promo", "promotion", "sponsor", "sponsored", "advert", "advertisement", "ad",
      "ads", "adslot", "banner", "sidebar", "widget", "widgets", "footer", "masthead", "topbar", "toolbar", "popup",
      "modal", "overlay", "skip", "skiplink", "pagination", "pager", "tags", "taglist", "byline", "dateline",
      "outbrain", "taboola", "paywall", "login", "search", "print", "rss", "trending", "mostread", "popular",
      "hidden", "visuallyhidden", "sr", "offscreen", "screenreader", "header", "subnav", "toc", "pagetools",
      "caption", "captions", "credit", "credits", "gallery", "slideshow", "carousel", "lightbox",
      // Danish
      "brødkrumme", "brodkrumme", "brødkrummesti", "genveje", "deling", "relaterede", "relateret", "nyhedsbrev",
      "kommentarer", "kommentar", "sidefod", "sidehoved", "søg", "sog", "annonce", "reklame");

  /** Words that mark a page's main text; they protect an element whose other words look like chrome. */
  private static final Set<String> MAIN_WORDS = Set.of("article", "content", "body", "main", "entry", "post", "story",
      "text", "artikel", "indhold", "brødtekst", "brodtekst", "tekst", "richtext", "prose");

  private static final Pattern WORD_BREAK = Pattern.compile("[-_\\s:./]+|(?<=[a-zæøå])(?=[A-ZÆØÅ])");

  private Boilerplate() {}

  /** Why the element is chrome, or empty when nothing about it says so. */
  static Optional<String> reason(Element e) {
    String tag = e.normalName();
    if (TAGS.contains(tag) && !(tag.equals("header") && insideArticle(e))) {
      return Optional.of(tag + " element");
    }
    if (PICTURE_TAGS.contains(tag)) {
      return Optional.of("picture or caption");
    }
    String role = e.attr("role").toLowerCase(Locale.ROOT).strip();
    if (ROLES.contains(role)) {
      return Optional.of("role " + role);
    }
    if (e.hasAttr("hidden") || e.attr("aria-hidden").equalsIgnoreCase("true") || isStyledHidden(e)) {
      return Optional.of("hidden");
    }
    if (tag.matches("h[1-6]|p|li|td|th|tr|tbody|table|blockquote|pre")) {
      return Optional.empty(); // text blocks themselves are judged by their text, not their class
    }
    return chromeWord(e.className() + " " + e.id() + " " + e.attr("aria-label"))
        .map(word -> "class, id or label \"" + word + "\"");
  }

  /** +1 for a class or id that names main text, -1 for one that names chrome, else 0. */
  static int classWeight(Element e) {
    String names = e.className() + " " + e.id();
    if (chromeWord(names).isPresent()) {
      return -1;
    }
    for (String word : WORD_BREAK.split(names)) {
      if (MAIN_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
        return 1;
      }
    }
    return 0;
  }

  private static Optional<String> chromeWord(String names) {
    if (names.isBlank()) {
      return Optional.empty();
    }
    boolean main = false;
    String chrome = null;
    for (String word : WORD_BREAK.split(names.strip())) {
      String w = word.toLowerCase(Locale.ROOT);
      if (MAIN_WORDS.contains(w)) {
        main = true;
      } else if (chrome == null && WORDS.contains(w)) {
        chrome = w;
      }
    }
    // "content-sidebar" is a sidebar, but "entry-content" with "has-comments" on the same
    // element is the article: a main word beside the chrome word wins only for containers
    // named after the content itself.
    if (chrome != null && main && !Set.of("sidebar", "related", "comment", "comments", "share", "sharing", "footer",
        "header", "nav", "navigation", "menu", "breadcrumb", "breadcrumbs", "social", "newsletter", "promo",
        "ad", "ads", "advert", "cookie", "consent", "byline", "tags", "hidden").contains(chrome)) {
      return Optional.empty();
    }
    return Optional.ofNullable(chrome);
  }

  /** An article's own header holds its headline and often its lead paragraph: not the site's header. */
  private static boolean insideArticle(Element e) {
    for (Element p = e.parent(); p != null; p = p.parent()) {
      if (p.normalName().equals("article") || p.normalName().equals("main")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isStyledHidden(Element e) {
    String style = e.attr("style");
    if (style.isEmpty()) {
      return false;
    }
    String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
    return s.contains("display:none") || s.contains("visibility:hidden");
  }
}
