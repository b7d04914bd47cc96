package dk.konferencebasen.extraction.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.konferencebasen.extraction.RemovedText;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class HtmlExtractorTest {
  /** A municipal news page as such sites are built: menu, cookie banner, breadcrumb, share bar, related links, footer. */
  private static final String MUNICIPAL_PAGE = """
      <!DOCTYPE html><html lang="da"><head>
      <title>Temadag om integration samlede 200 fagfolk | Odense Kommune</title>
      <meta property="og:site_name" content="Odense Kommune">
      <meta name="description" content="Kort referat fra temadagen.">
      <meta property="article:published_time" content="2019-09-12T10:00:00+02:00">
      </head><body>
      <a class="skip-link" href="#main">Gå til indhold</a>
      <div id="cookie-banner"><p>Vi bruger cookies for at forbedre din oplevelse. Accepter alle</p></div>
      <header><nav><ul><li><a href="/">Forside</a></li><li><a href="/borger">Borger</a></li>
        <li><a href="/erhverv">Erhverv</a></li><li><a href="/politik">Politik</a></li></ul></nav></header>
      <nav aria-label="Brødkrumme"><a href="/">Forside</a> / <a href="/nyheder">Nyheder</a></nav>
      <main id="main"><article>
        <h1>Temadag om integration samlede 200 fagfolk</h1>
        <p>Mere end 200 medarbejdere fra jobcentre, sprogskoler og frivillige foreninger var samlet i Odense, hvor
        temadagen handlede om, hvordan nyankomne flygtninge hurtigere kommer i job, og hvordan kommunen kan
        samarbejde bedre med virksomhederne.</p>
        <h2>Oplæg ved Aalborg Kommune</h2>
        <p>Aalborg Kommune fortalte om sine erfaringer med at beholde borgerne i integrationsteamet, også efter
        at integrationsprogrammet er slut, så borgeren ikke skal begynde forfra hos en ny sagsbehandler.</p>
        <ul><li>Sprogundervisning på arbejdspladsen</li><li>Mentorordninger for nyankomne</li></ul>
        <div class="share-buttons"><a href="#">Del på Facebook</a> <a href="#">Del på LinkedIn</a></div>
      </article>
      <aside class="related"><h3>Relaterede nyheder</h3><ul><li><a href="/a">Ny handleplan for integration</a></li>
        <li><a href="/b">Frivillige søges til lektiecafé</a></li></ul></aside>
      </main>
      <footer><p>Odense Kommune, Flakhaven 2, 5000 Odense C</p><p><a href="/privatliv">Privatlivspolitik</a></p></footer>
      </body></html>
      """;

  @Test
  void keepsTheArticleAndRemovesTheChromeWithReasons() {
    HtmlExtractor.Result result = HtmlExtractor.extract(Jsoup.parse(MUNICIPAL_PAGE));
    String text = String.join("\n\n", result.paragraphs());
    assertTrue(text.startsWith("Mere end 200 medarbejdere"), text);
    assertTrue(text.contains("Oplæg ved Aalborg Kommune"), "subheadings stay");
    assertTrue(text.contains("Mentorordninger for nyankomne"), "lists of the article stay");
    for (String chrome : List.of("cookies", "Forside", "Borger", "Gå til indhold", "Del på Facebook",
        "Relaterede nyheder", "Frivillige søges", "Flakhaven", "Privatlivspolitik")) {
      assertFalse(text.contains(chrome), "chrome kept: " + chrome);
    }
    String removed = result.removed().stream().map(RemovedText::text).reduce("", (a, b) -> a + "\n" + b);
    for (String chrome : List.of("Vi bruger cookies", "Erhverv", "Del på LinkedIn", "Ny handleplan for integration", "Flakhaven 2")) {
      assertTrue(removed.contains(chrome), "removed text not recorded: " + chrome);
    }
    assertTrue(result.removed().stream().allMatch(r -> !r.reason().isBlank()), "every removal has a reason");
  }

  @Test
  void readsTitleDateDescriptionAndLanguageFromThePage() {
    PageMetadata metadata = HtmlExtractor.extract(Jsoup.parse(MUNICIPAL_PAGE)).metadata();
    assertEquals(Optional.of("Temadag om integration samlede 200 fagfolk"), metadata.title(), "site name taken off");
    assertEquals(Optional.of("2019-09-12T10:00:00+02:00"), metadata.published());
    assertEquals(Optional.of("Kort referat fra temadagen."), metadata.description());
    assertEquals(Optional.of("da"), metadata.language());
  }

  @Test
  void theHeadlineIsTheTitleNotTheFirstParagraph() {
    HtmlExtractor.Result result = HtmlExtractor.extract(Jsoup.parse(MUNICIPAL_PAGE));
    assertFalse(result.paragraphs().get(0).equals("Temadag om integration samlede 200 fagfolk"));
    assertTrue(result.removed().stream().anyMatch(r -> r.reason().contains("title")));
  }

  @Test
  void anArticleWrittenAsLinesInABlogWidgetIsFound() {
    String page = """
        <html><body><div class="sidebar"><div class="widget"><h2>Følg os</h2><p>Få nyt direkte i din indbakke.</p></div></div>
        <div class="widget Blog"><div class="post-body">Konferencen om frivillighed samlede i år foreningsfolk fra hele landet, og
        dagens første oplæg handlede om rekruttering af unge frivillige.<br><br>Eftermiddagen bød på workshops om
        samarbejdet mellem kommuner og foreninger, hvor deltagerne delte erfaringer fra deres egne byer.<br></div></div>
        </body></html>
        """;
    String text = String.join("\n", HtmlExtractor.extract(Jsoup.parse(page)).paragraphs());
    assertTrue(text.contains("Konferencen om frivillighed"), text);
    assertTrue(text.contains("Eftermiddagen bød på workshops"), text);
    assertFalse(text.contains("indbakke"), text);
  }

  @Test
  void titleWithoutDeclaredSiteNameLosesAShortTrailingSiteName() {
    assertEquals("Integrationskonference 2024: Program", PageMetadata.withoutSiteName("Integrationskonference 2024: Program | KL", Optional.empty()));
    assertEquals("Velkommen", PageMetadata.withoutSiteName("Velkommen", Optional.empty()));
  }

  @Test
  void aPlainReportSavedAsHtmlKeepsAllItsText() {
    String page = "<html><head><title>Integrationstræf 2019</title></head><body><h1>Integrationstræf 2019</h1>"
        + "<p>Mere end 400 medarbejdere var samlet i Odense, hvor dagen handlede om fremtidens integrationsindsats.</p>"
        + "<p>Fagfolk fra Aalborg Kommune fortalte om at beholde borgerne i integrationsteamet.</p>"
        + "<p>Dagen sluttede med et oplæg af ministeren.</p></body></html>";
    HtmlExtractor.Result result = HtmlExtractor.extract(Jsoup.parse(page));
    assertEquals(3, result.paragraphs().size(), result.paragraphs().toString());
    assertEquals(List.of("the page's title (kept as the report's title)"),
        result.removed().stream().map(RemovedText::reason).toList());
  }

  @Test
  void theLeadInAnArticlesOwnHeaderStaysWhileTheSitesHeaderGoes() {
    String page = "<html><head><title>Netværksmøde om frivillighed</title></head><body>"
        + "<header><a href=\"/\">Forside</a> <a href=\"/om\">Om os</a></header><main><article>"
        + "<header><h1>Netværksmøde om frivillighed</h1><p class=\"lead\">Kommunerne i Region Syddanmark mødtes for at"
        + " dele erfaringer med frivillige i ældreplejen, og de aftalte at mødes igen til foråret.</p></header>"
        + "<p>Dagen begyndte med et oplæg om rekruttering, hvor flere kommuner fortalte om deres samarbejde med foreningerne,"
        + " og om hvordan de frivillige bliver klædt på til opgaven.</p></article></main></body></html>";
    String text = String.join("\n", HtmlExtractor.extract(Jsoup.parse(page)).paragraphs());
    assertTrue(text.startsWith("Kommunerne i Region Syddanmark"), text);
    assertFalse(text.contains("Om os"), text);
  }
}
