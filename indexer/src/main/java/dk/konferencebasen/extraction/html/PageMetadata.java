package dk.konferencebasen.extraction.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a page says about itself in its head and structured data: title, date, author,
 * description and language. Social-media tags (Open Graph, Twitter) and JSON-LD are written for
 * machines and are more reliable than the visible page, so they come first.
 */
public record PageMetadata(
    Optional<String> title,
    Optional<String> siteName,
    Optional<String> published,
    Optional<String> modified,
    Optional<String> author,
    Optional<String> description,
    Optional<String> language) {

  private static final ObjectMapper JSON = new ObjectMapper();
  /** Separators between a page's own title and its site's name in {@code <title>}. */
  private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|–—·•:»\\-]\\s+");

  public static PageMetadata of(Document page) {
    List<JsonNode> structured = jsonLd(page);
    Optional<String> siteName = meta(page, "og:site_name").or(() -> meta(page, "application-name"));
    Optional<String> headline = meta(page, "og:title").or(() -> meta(page, "twitter:title"))
        .or(() -> structuredText(structured, "headline"));
    Optional<String> titleTag = Optional.ofNullable(page.selectFirst("head > title, title"))
        .map(Element::text).map(PageMetadata::clean).filter(s -> !s.isEmpty());
    Optional<String> title = headline.map(t -> withoutSiteName(t, siteName))
        .or(() -> titleTag.map(t -> withoutSiteName(t, siteName)));
    return new PageMetadata(
        title,
        siteName,
        meta(page, "article:published_time").or(() -> structuredText(structured, "datePublished"))
            .or(() -> meta(page, "date")).or(() -> meta(page, "dc.date")).or(() -> meta(page, "dcterms.created"))
            .or(() -> Optional.ofNullable(page.selectFirst("time[datetime]")).map(e -> e.attr("datetime")))
            .map(PageMetadata::clean).filter(s -> !s.isEmpty()),
        meta(page, "article:modified_time").or(() -> structuredText(structured, "dateModified"))
            .or(() -> meta(page, "dcterms.modified")),
        meta(page, "author").or(() -> meta(page, "article:author").filter(a -> !a.startsWith("http")))
            .or(() -> structuredAuthor(structured)).or(() -> meta(page, "dc.creator")),
        meta(page, "description").or(() -> meta(page, "og:description")).or(() -> meta(page, "twitter:description")),
        language(page));
  }

  /** "Konference om integration | Aarhus Kommune" → "Konference om integration". */
  static String withoutSiteName(String title, Optional<String> siteName) {
    String t = clean(title);
    if (siteName.isPresent()) {
      String site = siteName.get().toLowerCase(Locale.ROOT);
      String lower = t.toLowerCase(Locale.ROOT);
      var parts = TITLE_SEPARATOR.split(t);
      if (parts.length > 1) {
        if (lower.endsWith(site) || parts[parts.length - 1].toLowerCase(Locale.ROOT).contains(site)) {
          return t.substring(0, t.length() - parts[parts.length - 1].length()).replaceAll("\\s*[|–—·•:»\\-]\\s*$", "").strip();
        }
        if (lower.startsWith(site) || parts[0].toLowerCase(Locale.ROOT).contains(site)) {
          return t.substring(parts[0].length()).replaceFirst("^\\s*[|–—·•:»\\-]\\s*", "").strip();
        }
      }
    }
    // Without a declared site name, a last part that is much shorter than the rest and holds
    // no lower-case sentence is taken for the site's name ("… – Aarhus Kommune", "… | KL").
    String[] parts = TITLE_SEPARATOR.split(t);
    if (parts.length > 1) {
      String last = parts[parts.length - 1];
      String rest = t.substring(0, t.length() - last.length()).replaceAll("\\s*[|–—·•:»\\-]\\s*$", "").strip();
      if (last.length() <= 40 && rest.length() >= 2 * last.length() && last.split("\\s+").length <= 5) {
        return rest;
      }
    }
    return t;
  }

  private static Optional<String> language(Document page) {
    Element html = page.selectFirst("html");
    return Optional.ofNullable(html).map(e -> e.attr("lang")).filter(s -> !s.isBlank())
        .or(() -> meta(page, "og:locale"))
        .or(() -> Optional.ofNullable(page.selectFirst("meta[http-equiv~=(?i)content-language]")).map(e -> e.attr("content")))
        .map(s -> s.strip().toLowerCase(Locale.ROOT).split("[-_]")[0])
        .filter(s -> s.matches("[a-z]{2,3}"));
  }

  private static Optional<String> meta(Document page, String name) {
    for (Element meta : page.select("meta[content]")) {
      String key = !meta.attr("property").isEmpty() ? meta.attr("property")
          : !meta.attr("name").isEmpty() ? meta.attr("name") : meta.attr("itemprop");
      if (key.equalsIgnoreCase(name)) {
        String value = clean(meta.attr("content"));
        if (!value.isEmpty()) {
          return Optional.of(value);
        }
      }
    }
    return Optional.empty();
  }

  private static List<JsonNode> jsonLd(Document page) {
    List<JsonNode> nodes = new ArrayList<>();
    for (Element script : page.select("script[type=application/ld+json]")) {
      try {
        collect(JSON.readTree(script.data()), nodes, 0);
      } catch (Exception e) {
        // broken structured data is common and says nothing about the page's text
      }
    }
    return nodes;
  }

  private static void collect(JsonNode node, List<JsonNode> out, int depth) {
    if (node == null || depth > 4) {
      return;
    }
    if (node.isArray()) {
      node.forEach(n -> collect(n, out, depth + 1));
    } else if (node.isObject()) {
      out.add(node);
      collect(node.get("@graph"), out, depth + 1);
    }
  }

  private static Optional<String> structuredText(List<JsonNode> nodes, String field) {
    return nodes.stream().map(n -> n.get(field)).filter(v -> v != null && v.isTextual())
        .map(v -> clean(v.asText())).filter(s -> !s.isEmpty()).findFirst();
  }

  private static Optional<String> structuredAuthor(List<JsonNode> nodes) {
    for (JsonNode node : nodes) {
      JsonNode author = node.get("author");
      if (author == null) {
        continue;
      }
      List<String> names = new ArrayList<>();
      for (JsonNode a : author.isArray() ? author : List.of(author)) {
        if (a.isTextual()) {
          names.add(clean(a.asText()));
        } else if (a.has("name") && a.get("name").isTextual()) {
          names.add(clean(a.get("name").asText()));
        }
      }
      names.removeIf(String::isEmpty);
      if (!names.isEmpty()) {
        return Optional.of(String.join("; ", names));
      }
    }
    return Optional.empty();
  }

  static String clean(String s) {
    return s.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
  }
}
