package dk.konferencebasen.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.konferencebasen.fixtures.FormatFixtures;
import dk.konferencebasen.http.SearchServer;
import dk.konferencebasen.search.Searcher;
import dk.konferencebasen.testing.TestIndex;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.NotFoundException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.remote.http.ClientConfig;
import org.openqa.selenium.support.ui.Select;

/**
 * The Danish search page in a real browser (Debian's chromium, headless, driven by Selenium)
 * against a real server over a real index of the repository corpus plus one hostile report and
 * a copy of the UIM report as ODT.
 * Screenshots go to target/screenshots/.
 *
 * <p>The research views (Udvikling, Ord i kontekst, Personer og organisationer, export links,
 * related passages) are checked against the JSON API's own answers for the same query, fetched
 * here over HTTP. Every page records the Content-Security-Policy violations it sees, and the
 * browser's console is read too, so a chart library that needed a looser policy would fail.
 *
 * <p>For working on the page, {@code -Dkb.browser.baseUrl=http://127.0.0.1:7070} runs the same
 * scenario against a server that is already running (one that serves the same corpus).
 *
 * <p>No clock decides a result: every wait is for a state of the page, asked until it holds
 * ({@link #waitFor}), and the browser's and driver's own timeouts are set to {@link #NO_LIMIT}.
 * A page that never gets there is stopped by the test run's own limit.
 */
class BrowserTest {
  private static final String CHROMIUM = "/usr/bin/chromium";
  private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
  private static final String FAXE = "Integrationskonference: Det vigtige samarbejde på tværs";
  private static final String FAXE_CONFERENCE = "Faxe Kommunes integrationskonference";
  private static final String UIM = "Integrationstræf 2019";
  private static final String UIM_FILE = "000_3539d106741d8920.txt";
  private static final String UIM_COPY = "uim-kopi.odt";
  private static final String SCRIPT_TITLE = "Farlig tekst <script>alert(2)</script>";
  /**
   * No limit. WebDriver has no "none" for its page-load and script timeouts (nor Selenium for
   * the driver's start and its answers); their largest value, 2^53 − 1 ms (about 285 000 years),
   * is one in practice, so a busy machine only makes a page load or a script slower.
   */
  private static final Duration NO_LIMIT = Duration.ofMillis((1L << 53) - 1);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  /**
   * Run in every page before its own scripts: keeps each CSP violation the page reports, and each
   * script error nobody caught (so a wait for a state that a crashed page never reaches fails
   * at once instead of waiting for ever: see {@link #waitFor}).
   */
  private static final String CSP_RECORDER = "window.__kbCspViolations = [];"
      + "document.addEventListener('securitypolicyviolation', (e) => window.__kbCspViolations.push("
      + "e.violatedDirective + ' ' + (e.blockedURI || 'inline') + ' at ' + (e.sourceFile || '?') + ':' + e.lineNumber));"
      + "window.__kbScriptErrors = [];"
      + "window.addEventListener('error', (e) => window.__kbScriptErrors.push(e.message + ' at ' + e.filename + ':' + e.lineno));"
      + "window.addEventListener('unhandledrejection', (e) => window.__kbScriptErrors.push('unhandled rejection: ' + e.reason));";

  @TempDir static Path tmp;
  private static Searcher searcher;
  private static SearchServer server;
  private static String base;
  private static ChromeDriver driver;
  private static Path screenshots;

  @BeforeAll
  static void start() throws Exception {
    // A missing browser is a broken test machine, not a reason to skip.
    for (String binary : new String[] {CHROMIUM, CHROMEDRIVER}) {
      if (!Files.isExecutable(Path.of(binary))) {
        fail(binary + " is missing: install Debian packages chromium and chromium-driver "
            + "(apt-get install chromium chromium-driver)");
      }
    }
    String external = System.getProperty("kb.browser.baseUrl", "").strip();
    if (external.isEmpty()) {
      Path corpus = TestIndex.copyOfCorpus(tmp);
      // A report whose text says <script> (escaped in the HTML source, so it is text, not markup),
      // with a title that is markup too: the page must show both as text and run nothing.
      Files.writeString(corpus.resolve("script.html"), """
          <html><head><title>Farlig tekst</title></head><body>
          <h1>Farlig tekst</h1>
          <p>Oplæg om &lt;script&gt;alert(1)&lt;/script&gt; og om de frivillige i foreningslivet.</p>
          <p>Et afsnit til om &lt;img src=x onerror=alert(3)&gt; og andre farlige tegn &amp; koder.</p>
          </body></html>
          """);
      Files.writeString(corpus.resolve("script.meta.json"), """
          {"title": "Farlig tekst <script>alert(2)</script>", "conference": "Sikkerhedsdag", "date": "2021-05-04"}
          """);
      // The UIM report once more, as an ODT export with the same sidecar: the same text in two files.
      FormatFixtures.Document uim = FormatFixtures.readPlainText(corpus.resolve(UIM_FILE));
      FormatFixtures.write(FormatFixtures.Format.ODT, corpus, "uim-kopi", uim.title(), uim.paragraphs());
      Files.copy(corpus.resolve(UIM_FILE.replace(".txt", ".meta.json")), corpus.resolve("uim-kopi.meta.json"));
      // A programme: its talks are passages with a title and speakers.
      Files.writeString(corpus.resolve("cykelprogram.txt"), """
          Program for Cykelkonferencen 2024

          9.00-9.30: Ankomst og kaffe

          9.30-10.15: Sikre cykelstier i byen
          Oplæg ved Mette Lund Sørensen, Vejdirektoratet.
          Hvordan bygger kommunerne cykelstier, som børn tør bruge? Oplægget viser målinger fra tolv byer.

          10.15-11.00 Paneldebat om cykelparkering
          Moderator: Karen Bech Poulsen
          """);
      Files.writeString(corpus.resolve("cykelprogram.meta.json"), """
          {"conference": "Cykelkonferencen 2024", "date": "2024-04-11"}
          """);
      TestIndex.index(corpus, tmp.resolve("index"));
      searcher = Searcher.open(tmp.resolve("index"));
      server = SearchServer.start(searcher, "127.0.0.1", 0);
      base = "http://127.0.0.1:" + server.port();
    } else {
      base = external.replaceAll("/+$", "");
    }

    screenshots = Files.createDirectories(Path.of("target", "screenshots").toAbsolutePath());

    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(CHROMEDRIVER))
        .usingAnyFreePort()
        .withTimeout(NO_LIMIT) // for chromedriver to start
        .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--user-data-dir=" + Files.createTempDirectory(tmp, "chromium-profile"),
        "--window-size=1280,900", "--lang=da");
    options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
    driver = new ChromeDriver(service, options,
        ClientConfig.defaultConfig().connectionTimeout(NO_LIMIT).readTimeout(NO_LIMIT)); // for the driver's answers
    driver.executeCdpCommand("Page.enable", Map.of());
    driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", CSP_RECORDER));
    driver.manage().timeouts().pageLoadTimeout(NO_LIMIT);
    driver.manage().timeouts().scriptTimeout(NO_LIMIT);
  }

  @AfterAll
  static void stop() {
    if (driver != null) {
      driver.quit();
    }
    if (server != null) {
      server.close();
    }
    if (searcher != null) {
      try {
        searcher.close();
      } catch (IOException e) {
        // the temp dir goes away anyway
      }
    }
  }

  @BeforeEach
  void desktopWindow() {
    driver.manage().window().setSize(new Dimension(1280, 900));
    browserLog(); // what earlier tests left in the console is theirs
  }

  // ------------------------------------------------------------------ the scenario

  @Test
  void emptyStateExplainsWhatToSearchFor() throws Exception {
    open("/");
    WebElement empty = visibleElement("#empty-view");
    String text = empty.getText();
    assertTrue(text.contains("Hvad blev der sagt på konferencerne?"), text);
    assertTrue(text.contains("anførselstegn"), "explains phrases in quotes: " + text);
    assertTrue(text.contains("Aalborg"), "gives a municipality example: " + text);
    assertFalse(driver.findElements(By.cssSelector("#empty-view a[href^='/?q=']")).isEmpty(), "example links");
    assertEquals("da", driver.findElement(By.tagName("html")).getAttribute("lang"));
    assertFalse(isShown("#results-view"));
    screenshot("empty", true);
  }

  @Test
  void aPeriodNarrowsTheResultsAndABadOneIsExplainedInDanish() throws Exception {
    open("/?q=integration");
    waitReady();
    WebElement from = visibleElement("#period-from");
    from.sendKeys("2019");
    driver.findElement(By.id("period-to")).sendKeys("2019");
    driver.findElement(By.cssSelector("#period .period-apply")).click();
    waitForUrl("from=2019");
    waitReady();
    assertTrue(driver.getCurrentUrl().contains("to=2019"), driver.getCurrentUrl());
    assertEquals(List.of(UIM), hitTitles(), "the undated report falls outside any period");

    WebElement wrong = visibleElement("#period-from");
    wrong.clear();
    wrong.sendKeys("sidste år");
    driver.findElement(By.cssSelector("#period .period-apply")).click();
    assertTrue(visibleElement("#period-error").getText().contains("Skriv et år"), text("#period-error"));
    assertTrue(driver.getCurrentUrl().contains("from=2019"), "nothing sent: " + driver.getCurrentUrl());
  }

  @Test
  void aConferenceCanBeBrowsedWithoutASearchWord() throws Exception {
    open("/");
    WebElement link = waitFor(d -> d.findElements(By.cssSelector("#browse-conferences a"))
        .stream().filter(a -> a.getText().equals(FAXE_CONFERENCE)).findFirst().orElse(null), "the conference's link");
    link.click();
    waitForUrl("conference=");
    waitReady();
    assertEquals(List.of(FAXE), hitTitles(), "the conference's reports, no search word needed");
    assertTrue(text("#results-heading").contains("med de valgte filtre"), text("#results-heading"));
    assertFalse(driver.getCurrentUrl().contains("q="), driver.getCurrentUrl());

    driver.findElement(By.id("tab-kwic")).click();
    waitForUrl("view=kwic");
    waitReady();
    assertTrue(text("#kwic-summary").contains("Skriv et ord"), "a concordance needs a word: " + text("#kwic-summary"));
  }

  @Test
  void searchShowsHighlightedReportsAndPutsTheQueryInTheUrl() throws Exception {
    open("/");
    search("frivillige");
    assertTrue(driver.getCurrentUrl().contains("q=frivillige"), driver.getCurrentUrl());
    List<String> titles = hitTitles();
    assertTrue(titles.contains(FAXE), titles.toString());
    WebElement faxe = hit(FAXE);
    List<WebElement> marks = faxe.findElements(By.cssSelector(".passage-text mark"));
    assertTrue(marks.stream().anyMatch(m -> m.getText().toLowerCase(Locale.ROOT).contains("frivillige")),
        "a <mark> around frivillige in " + faxe.getText());
    // Speakers and organisations named in the report.
    String names = faxe.findElement(By.cssSelector(".names-block")).getText();
    assertTrue(names.toLowerCase(Locale.ROOT).contains("nævnte personer og organisationer") && names.contains("Kasper Sonne"), names);
    // Counts and paging line.
    assertTrue(text("#results-heading").contains("rapport"), text("#results-heading"));
    assertTrue(text("#results-summary").matches(".*side 1 af \\d+.*"), text("#results-summary"));
    screenshot("results", true);
  }

  @Test
  void documentTextIsShownAsTextAndNeverRuns() throws Exception {
    open("/?q=frivillige");
    waitReady();
    WebElement report = hitContaining("Farlig tekst");
    assertTrue(report.getText().contains("<script>alert(1)</script>"), report.getText());
    assertTrue(report.findElement(By.cssSelector(".hit-title")).getText().contains("<script>"),
        "the title is text too: " + report.getText());
    assertNoScriptRan();

    report.findElement(By.cssSelector(".hit-title a")).click();
    waitReady();
    WebElement body = visibleElement("#doc-body");
    assertTrue(body.getText().contains("<script>alert(1)</script>"), body.getText());
    assertTrue(body.getText().contains("<img src=x onerror=alert(3)>"), body.getText());
    assertTrue(text("#doc-title").contains("<script>"), text("#doc-title"));
    assertNoScriptRan();
  }

  @Test
  void facetNarrowsTheResultsAndTheUrlAndChipsUndoIt() throws Exception {
    open("/");
    search("frivillige");
    List<String> before = hitTitles();
    assertTrue(before.size() >= 2, "the Faxe report and the script report: " + before);

    WebElement facet = waitFor(d -> first(d.findElements(By.cssSelector(
        "#facets fieldset[data-facet='conference'] input[type=checkbox]")), b -> FAXE_CONFERENCE.equals(b.getAttribute("value"))),
        "a conference facet value " + FAXE_CONFERENCE);
    String label = facet.findElement(By.xpath("..")).getText();
    assertTrue(label.matches("(?s).*" + FAXE_CONFERENCE + "\\s*\\d+.*"), "value with a count: " + label);
    facet.click();
    waitForUrl("conference=");
    waitReady();
    String url = driver.getCurrentUrl();
    assertTrue(url.contains("conference=Faxe+Kommunes+integrationskonference")
        || url.contains("conference=Faxe%20Kommunes%20integrationskonference"), url);
    assertEquals(List.of(FAXE), hitTitles());
    WebElement chip = visibleElement("#chips .chip");
    assertTrue(chip.getText().contains("Konference") && chip.getText().contains(FAXE_CONFERENCE), chip.getText());
    assertTrue(visibleElement("#reset-filters").getText().contains("Nulstil filtre"));

    // Back restores the unfiltered results; Forward the filtered ones.
    driver.navigate().back();
    waitReady();
    assertFalse(driver.getCurrentUrl().contains("conference="), driver.getCurrentUrl());
    assertEquals(before, hitTitles());
    driver.navigate().forward();
    waitReady();
    assertEquals(List.of(FAXE), hitTitles());

    // The chip removes the filter.
    visibleElement("#chips .chip").click();
    waitForUrlWithout("conference=");
    waitReady();
    assertEquals(before, hitTitles());

    // Two filters, then "Nulstil filtre".
    open("/?q=frivillige&conference=" + enc(FAXE_CONFERENCE) + "&year=2021");
    waitReady();
    assertEquals(2, driver.findElements(By.cssSelector("#chips .chip")).size());
    visibleElement("#reset-filters").click();
    waitForUrlWithout("year=");
    waitReady();
    assertFalse(driver.getCurrentUrl().contains("conference="), driver.getCurrentUrl());
    assertEquals(before, hitTitles());
  }

  @Test
  void documentViewShowsThePassageInContextAndBackReturnsToTheResults() throws Exception {
    open("/");
    search("frivillige");
    WebElement faxe = hit(FAXE);
    WebElement context = faxe.findElements(By.cssSelector(".passage")).stream()
        .filter(p -> !p.findElements(By.tagName("mark")).isEmpty())
        .findFirst().orElseThrow(() -> new AssertionError("no passage with a match in " + faxe.getText()))
        .findElement(By.cssSelector("a.context-link"));
    context.click();
    waitForUrl("doc=");
    waitReady();
    String url = driver.getCurrentUrl();
    assertTrue(url.contains("passage="), url);
    assertTrue(url.contains("q=frivillige"), "the search stays in the URL: " + url);
    assertEquals(FAXE, text("#doc-title"));

    WebElement chosen = visibleElement(".doc-passage.chosen");
    assertTrue(chosen.getText().toLowerCase(Locale.ROOT).contains("frivillige"), chosen.getText());
    assertTrue(chosen.getText().toLowerCase(Locale.ROOT).contains("det valgte afsnit"), chosen.getText());
    String passageParam = param(url, "passage");
    assertEquals(passageParam, chosen.getAttribute("data-passage"));
    Boolean inView = (Boolean) js("const r = arguments[0].getBoundingClientRect();"
        + "return r.top < window.innerHeight && r.bottom > 0;", chosen);
    assertTrue(inView, "the chosen passage is scrolled into view");
    // The whole report: every passage, with the text around the chosen one.
    String full = text("#doc-body");
    assertTrue(full.contains("Kasper Sonne") && full.contains("Haslev") && full.contains("sprogundervisning"),
        "the full text: " + full);
    assertTrue(driver.findElements(By.cssSelector(".doc-passage")).size() >= 2, "split into passages");
    assertTrue(text("#doc-meta").contains(FAXE_CONFERENCE), text("#doc-meta"));
    // The original file, from this server: a text file is a download, and its link fetches it
    WebElement original = visibleElement("#doc-file");
    assertTrue(original.getText().endsWith(".txt"), original.getText());
    assertTrue(original.getAttribute("href").endsWith("/api/documents/" + param(url, "doc") + "/file"), original.getAttribute("href"));
    assertTrue(original.getAttribute("download") != null, "a download, not a page");
    Object fetched = ((org.openqa.selenium.JavascriptExecutor) driver).executeAsyncScript("const done = arguments[1];"
        + "fetch(arguments[0].href).then(r => r.text()).then(done, e => done('failed: ' + e));", original);
    assertTrue(String.valueOf(fetched).contains("Kasper Sonne"), "the file's own text: " + fetched);
    screenshot("document", false);

    driver.navigate().back();
    waitForUrlWithout("doc=");
    waitReady();
    assertTrue(isShown("#results-view"));
    assertTrue(hitTitles().contains(FAXE), hitTitles().toString());

    // A shared link to the passage opens the same view directly.
    open(url.substring(base.length()));
    waitReady();
    assertEquals(passageParam, visibleElement(".doc-passage.chosen").getAttribute("data-passage"));
    visibleElement("#doc-back").click();
    waitForUrlWithout("doc=");
    waitReady();
    assertTrue(hitTitles().contains(FAXE), hitTitles().toString());

    // Without a passage the report opens at its top, with its metadata and everyone it names.
    open("/?doc=" + enc(param(url, "doc")));
    waitReady();
    assertTrue(driver.findElements(By.cssSelector(".doc-passage.chosen")).isEmpty());
    assertTrue(text("#doc-names").contains("Kasper Sonne"), text("#doc-names"));
    assertTrue(text("#doc-back").contains("Til søgningen"), text("#doc-back"));
    screenshot("document-top", false);
  }

  @Test
  void didYouMeanSearchesForTheSuggestion() throws Exception {
    open("/");
    search("frivilige");
    WebElement link = waitFor(d -> first(d.findElements(By.id("did-you-mean-link")), WebElement::isDisplayed),
        "a \"Mente du …?\" link for frivilige");
    assertTrue(text("#did-you-mean").startsWith("Mente du"), text("#did-you-mean"));
    assertEquals("frivillige", link.getText().toLowerCase(Locale.ROOT));
    link.click();
    waitForUrl("q=frivillige");
    waitReady();
    assertTrue(hitTitles().contains(FAXE), hitTitles().toString());
    assertEquals("frivillige", driver.findElement(By.id("q")).getAttribute("value").toLowerCase(Locale.ROOT));
  }

  @Test
  void completionOffersNamesAndWorksFromTheKeyboard() throws Exception {
    open("/");
    WebElement box = visibleElement("#q");
    assertEquals("combobox", box.getAttribute("role"));
    for (char c : "Kas".toCharArray()) {
      box.sendKeys(String.valueOf(c));
    }
    waitFor(d -> first(d.findElements(By.cssSelector("#suggestions [role=option]")),
        o -> o.isDisplayed() && o.getText().contains("Kasper Sonne")), "a suggestion Kasper Sonne for Kas");
    assertEquals("true", box.getAttribute("aria-expanded"));

    // Escape closes the list.
    box.sendKeys(Keys.ESCAPE);
    waitFor(d -> "false".equals(box.getAttribute("aria-expanded")) ? true : null, "the list closes on Escape");
    assertFalse(driver.findElement(By.id("suggestions")).isDisplayed());

    // Arrow down to Kasper Sonne, Enter searches for him.
    box.sendKeys(Keys.ARROW_DOWN);
    waitFor(d -> "true".equals(box.getAttribute("aria-expanded")) ? true : null, "the list opens on arrow down");
    int options = driver.findElements(By.cssSelector("#suggestions [role=option]")).size();
    boolean found = false;
    for (int i = 0; i < options && !found; i++) {
      box.sendKeys(Keys.ARROW_DOWN);
      String active = box.getAttribute("aria-activedescendant");
      assertTrue(active != null && !active.isEmpty(), "aria-activedescendant follows the arrow keys");
      WebElement option = driver.findElement(By.id(active));
      assertEquals("true", option.getAttribute("aria-selected"));
      found = option.getText().contains("Kasper Sonne");
    }
    assertTrue(found, "reached Kasper Sonne with the arrow keys");
    box.sendKeys(Keys.ENTER);
    waitForUrl("Kasper");
    waitReady();
    assertTrue(hitTitles().contains(FAXE), hitTitles().toString());
  }

  @Test
  void sortingAndPaging() throws Exception {
    open("/?q=integration&limit=1");
    waitReady();
    assertEquals("Side 1 af " + total(), text("#page-info"));
    String first = hitTitles().get(0);
    WebElement next = visibleElement("#next");
    assertTrue(next.getText().contains("Næste"));
    next.click();
    waitForUrl("page=2");
    waitReady();
    assertEquals("Side 2 af " + total(), text("#page-info"));
    assertFalse(first.equals(hitTitles().get(0)), "page 2 shows another report");
    visibleElement("#prev").click();
    waitForUrlWithout("page=");
    waitReady();
    assertEquals(first, hitTitles().get(0));

    open("/?q=integration&limit=100");
    waitReady();
    new Select(visibleElement("#sort")).selectByVisibleText("Nyeste først");
    waitForUrl("sort=date");
    waitReady();
    List<String> titles = hitTitles();
    assertEquals(UIM, titles.get(0), "the dated report before the undated one: " + titles);
    assertEquals(FAXE, titles.get(titles.size() - 1), "reports without a date last: " + titles);
  }

  @Test
  void errorsAreExplainedInDanish() throws Exception {
    // a query that cannot be read: said in Danish, and what helps is the words without syntax, not asking again
    open("/?q=" + enc("(frivillige OR"));
    waitFor(d -> "error".equals(mainStatus()) ? true : null, "the page to show the error");
    String message = text("#error-text");
    assertTrue(message.startsWith("Søgningen kunne ikke forstås: søgningen slutter for tidligt"), message);
    assertFalse(message.contains("query") || message.contains("character"), "no English on the page: " + message);
    assertFalse(driver.findElement(By.id("retry")).isDisplayed(), "asking again cannot help");
    visibleElement("#plain-words").click();
    waitForUrl("q=" + enc("frivillige or"));
    waitReady();
    assertTrue(hitTitles().contains(FAXE), hitTitles().toString());

    // a quote never closed: the words are searched, and the page says how it read them
    open("/?q=" + enc("\"frivillige i Faxe"));
    waitReady();
    assertTrue(text("#query-notes").startsWith("Bemærk: det sidste anførselstegn (\") er ikke lukket"), text("#query-notes"));
    assertTrue(hitTitles().contains(FAXE), hitTitles().toString());
    search("frivillige");
    assertFalse(driver.findElement(By.id("query-notes")).isDisplayed(), "no note for a query read as written");

    open("/?doc=findes-ikke");
    waitFor(d -> "error".equals(mainStatus()) ? true : null, "the page to show the error");
    assertTrue(text("#error-text").startsWith("Rapporten findes ikke"), text("#error-text"));

    // No network: said in Danish, and "Prøv igen" works once it is back.
    open("/");
    waitReady();
    driver.executeCdpCommand("Network.enable", Map.of());
    try {
      driver.executeCdpCommand("Network.emulateNetworkConditions",
          Map.of("offline", true, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
      WebElement box = visibleElement("#q");
      box.sendKeys("frivillige", Keys.ENTER);
      waitFor(d -> "error".equals(mainStatus()) ? true : null, "the page to show the network error");
      assertTrue(text("#error-text").startsWith("Serveren svarer ikke"), text("#error-text"));
      assertFalse(driver.findElement(By.id("plain-words")).isDisplayed(), "the query was fine");
    } finally {
      driver.executeCdpCommand("Network.emulateNetworkConditions",
          Map.of("offline", false, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
      driver.executeCdpCommand("Network.disable", Map.of());
    }
    visibleElement("#retry").click();
    waitReady();
    assertTrue(hitTitles().contains(FAXE), hitTitles().toString());
  }

  @Test
  void noResultsGivesAdvice() throws Exception {
    open("/?q=xqzvvkw");
    waitReady();
    assertTrue(hitTitles().isEmpty());
    String advice = visibleElement("#no-results").getText();
    assertTrue(advice.contains("Ingen rapporter fundet") && advice.contains("stavningen"), advice);
    assertTrue(text("#results-heading").startsWith("Ingen rapporter"), text("#results-heading"));

    open("/?q=frivillige&year=1999");
    waitReady();
    assertTrue(hitTitles().isEmpty());
    visibleElement("#no-results-reset").click();
    waitForUrlWithout("year=");
    waitReady();
    assertTrue(hitTitles().contains(FAXE), hitTitles().toString());
  }

  @Test
  void phoneWidthFoldsTheFiltersAboveTheResults() throws Exception {
    // A phone's viewport (390 × 844 CSS pixels, mobile), not just a narrow desktop window.
    driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
        Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
    try {
      open("/?q=frivillige");
      waitReady();
      assertEquals(390L, js("return document.documentElement.clientWidth;"));
      assertTrue(hitTitles().contains(FAXE));
      WebElement filters = driver.findElement(By.id("filters"));
      assertEquals(null, filters.getAttribute("open"), "the filters start folded on a phone");
      assertTrue(filters.getLocation().getY() < hit(FAXE).getLocation().getY(), "filters above the results");
      Long overflow = (Long) js("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
      assertTrue(overflow <= 0, "no sideways scrolling on a phone: " + overflow + " px too wide");
      long height = (Long) js("return Math.min(document.documentElement.scrollHeight, 5000);");
      driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
          Map.of("width", 390, "height", height, "deviceScaleFactor", 1, "mobile", true));
      screenshot("phone-results", false);
      driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
          Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
      filters.findElement(By.tagName("summary")).click();
      waitFor(d -> d.findElement(By.cssSelector("#facets fieldset")).isDisplayed() ? true : null, "the filters unfold");
      screenshot("phone-filters", false);

      // The document view fits too.
      hit(FAXE).findElement(By.cssSelector("a.context-link")).click();
      waitForUrl("doc=");
      waitReady();
      overflow = (Long) js("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
      assertTrue(overflow <= 0, "no sideways scrolling in the document view: " + overflow + " px too wide");
      screenshot("phone-document", false);
    } finally {
      driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }
  }

  @Test
  void apiDocsRenderTheEndpointsFromTheContract() throws Exception {
    open("/docs");
    waitFor(d -> d.findElements(By.cssSelector("#docs-content .operation")).size() >= 6 ? true : null,
        "the endpoints of /openapi.json");
    String text = text("#docs-content");
    for (String path : new String[] {"/api/search", "/api/documents/{id}", "/api/suggest", "/api/analyze", "/api/stats", "/health"}) {
      assertTrue(text.contains(path), path + " in " + text.substring(0, Math.min(300, text.length())));
    }
    assertTrue(driver.findElements(By.cssSelector("#docs-content pre code")).stream()
        .anyMatch(c -> c.getText().startsWith("curl 'http")), "curl examples");
    assertTrue(text.contains("next_cursor") && text.contains("highlight"), "response schemas, following $ref");
    screenshot("docs", true);
  }

  // ------------------------------------------------------------------ the research views

  @Test
  void viewTabsKeepTheSearchAndFiltersAndBackReturnsToEachView() throws Exception {
    open("/?q=frivillige&conference=" + enc(FAXE_CONFERENCE));
    waitReady();
    WebElement results = visibleElement("#tab-results");
    assertEquals("page", results.getAttribute("aria-current"));
    for (String tab : List.of("tab-results", "tab-trends", "tab-kwic", "tab-entities")) {
      String href = driver.findElement(By.id(tab)).getAttribute("href");
      assertTrue(href.contains("q=frivillige") && href.contains("conference=Faxe"), tab + " keeps the search and filter: " + href);
    }
    assertEquals(List.of("Resultater", "Udvikling", "Ord i kontekst", "Personer og organisationer"),
        driver.findElements(By.cssSelector(".view-tabs .view-tab")).stream().map(WebElement::getText).toList());

    // From the keyboard: Enter on a tab opens its view; the search and filter stay.
    WebElement trends = driver.findElement(By.id("tab-trends"));
    trends.sendKeys(Keys.ENTER);
    waitForUrl("view=trends");
    waitReady();
    assertTrue(isShown("#panel-trends") && !isShown("#panel-results"), "the trends panel instead of the results");
    assertEquals("page", trends.getAttribute("aria-current"));
    assertEquals(null, results.getAttribute("aria-current"));
    assertTrue(driver.getCurrentUrl().contains("conference="), driver.getCurrentUrl());
    assertEquals(1, driver.findElements(By.cssSelector("#chips .chip")).size(), "the filter chip stays");
    assertFalse(isShown("#sort-box"), "sorting the reports belongs to the results");

    visibleElement("#tab-kwic").click();
    waitForUrl("view=kwic");
    waitReady();
    assertTrue(isShown("#panel-kwic") && !isShown("#panel-trends"));

    driver.navigate().back();
    waitForUrl("view=trends");
    waitReady();
    assertTrue(isShown("#panel-trends") && !isShown("#panel-kwic"), "Back shows the trends again");
    driver.navigate().back();
    waitForUrlWithout("view=");
    waitReady();
    assertTrue(isShown("#panel-results"));
    assertEquals(List.of(FAXE), hitTitles());
    driver.navigate().forward();
    waitForUrl("view=trends");
    waitReady();
    assertTrue(isShown("#panel-trends"));
  }

  @Test
  void trendsViewDrawsAChartFromTheLocalLibraryAndTabulatesTheApiNumbers() throws Exception {
    open("/?q=frivillige");
    waitReady();
    visibleElement("#tab-trends").click();
    waitForUrl("view=trends");
    waitReady();
    assertChartDrawn();
    assertTrendsShowTheApi("frivillige", "year");
    assertEquals("true", driver.findElement(By.cssSelector("#panel-trends [data-by='year']")).getAttribute("aria-pressed"));
    // The library is this server's, and nothing on the page was refused by the policy.
    String src = (String) js("const s = document.querySelector('script[src*=\"chart\"]'); return s ? s.src : null;");
    assertTrue(src != null && src.startsWith(base + "/vendor/chartjs/"), "Chart.js from the server itself: " + src);
    String policy = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/")).build(), HttpResponse.BodyHandlers.discarding())
        .headers().firstValue("content-security-policy").orElse("");
    assertTrue(policy.contains("script-src 'self';") && policy.contains("style-src 'self';") && !policy.contains("unsafe"),
        "the page's policy stays strict: " + policy);
    assertNoCspViolations();
    screenshot("trends", true);

    for (String by : List.of("conference", "organiser")) {
      WebElement button = visibleElement("#panel-trends [data-by='" + by + "']");
      button.click();
      waitForUrl("by=" + by);
      waitReady();
      assertEquals("true", button.getAttribute("aria-pressed"));
      assertChartDrawn();
      assertTrendsShowTheApi("frivillige", by);
    }
    assertEquals("Arrangør", text("#trends-value-head"));
    screenshot("trends-organiser", true);
    driver.navigate().back();
    waitForUrl("by=conference");
    waitReady();
    assertEquals("Konference", text("#trends-value-head"));
    assertTrendsShowTheApi("frivillige", "conference");
    assertNoCspViolations();

    // The recorder and the console do see a violation when there is one: a style attribute set
    // from a script is refused (so the checks above could fail).
    js("document.getElementById('trends-caption').setAttribute('style', 'color: red');");
    waitFor(d -> ((List<?>) js("return window.__kbCspViolations;")).isEmpty() ? null : true, "the policy to refuse a style attribute");
    assertTrue(browserLog().stream().anyMatch(m -> m.contains("Content Security Policy")), "the console says so too");
  }

  @Test
  void kwicViewShowsEveryOccurrenceMarkedAndSortsByTheWordBeforeAsTheApiDoes() throws Exception {
    JsonNode byReport = apiJson("/api/kwic?q=frivillige&limit=1000");
    JsonNode byLeft = apiJson("/api/kwic?q=frivillige&sort=left&limit=1000");
    int total = byReport.get("total_occurrences").asInt();
    assertTrue(total >= 2, "frivillige occurs in the Faxe report twice, and once in the script report: " + total);
    List<String> reportOrder = occurrences(byReport);
    List<String> leftOrder = occurrences(byLeft);
    assertFalse(reportOrder.equals(leftOrder), "sorting by the word before changes the order: " + reportOrder);

    open("/?q=frivillige");
    waitReady();
    visibleElement("#tab-kwic").click();
    waitForUrl("view=kwic");
    waitReady();
    List<WebElement> lines = driver.findElements(By.cssSelector("#kwic-table tbody tr"));
    assertEquals(total, lines.size(), "a line per occurrence");
    assertTrue(text("#kwic-summary").startsWith(total + " forekomster i "), text("#kwic-summary"));
    assertEquals(reportOrder, shownOccurrences(), "report by report at first, as the API");
    Double leftEdge = null;
    Double rightEdge = null;
    for (WebElement line : lines) {
      WebElement mark = line.findElement(By.cssSelector("td.kwic-keyword a mark"));
      assertTrue(mark.getText().toLowerCase(Locale.ROOT).contains("frivillige"), "the keyword is marked: " + line.getText());
      // The text before ends at the keyword's column, the text after starts right after it: the
      // keywords line up in one column, the contexts right- and left-aligned to it.
      Rectangle before = line.findElement(By.cssSelector("td.kwic-left .kwic-text")).getRect();
      Rectangle keywordCell = line.findElement(By.cssSelector("td.kwic-keyword")).getRect();
      Rectangle after = line.findElement(By.cssSelector("td.kwic-right .kwic-text")).getRect();
      double beforeEnd = before.getX() + before.getWidth();
      assertTrue(Math.abs(beforeEnd - keywordCell.getX()) <= 12, "the text before ends at the keyword: " + beforeEnd
          + " vs " + keywordCell.getX());
      assertTrue(Math.abs(after.getX() - (keywordCell.getX() + keywordCell.getWidth())) <= 12, "the text after starts after it");
      if (leftEdge == null) {
        leftEdge = beforeEnd;
        rightEdge = (double) after.getX();
      }
      assertEquals(leftEdge, beforeEnd, 1.0, "every line's text before ends at the same place");
      assertEquals(rightEdge, after.getX(), 1.0, "every line's text after starts at the same place");
    }
    // Text from the documents stays text here too.
    assertTrue(lines.stream().anyMatch(l -> String.valueOf(js("return arguments[0].textContent;", l)).contains("<script>alert(1)</script>")),
        "the script report's context shows its <script> as text");
    assertNoScriptRan();
    screenshot("kwic", true);

    WebElement byWordBefore = visibleElement("#panel-kwic [data-sort='left']");
    byWordBefore.click();
    waitForUrl("kwic_sort=left");
    waitReady();
    assertEquals("true", byWordBefore.getAttribute("aria-pressed"));
    assertEquals(leftOrder, shownOccurrences(), "sorted by the word before, as /api/kwic?sort=left");

    // A line leads to its passage in its report; Back returns to the sorted lines.
    WebElement first = driver.findElement(By.cssSelector("#kwic-table tbody tr"));
    String passage = first.getAttribute("data-passage");
    first.findElement(By.cssSelector("td.kwic-keyword a")).click();
    waitForUrl("doc=");
    waitReady();
    assertEquals(passage, param(driver.getCurrentUrl(), "passage"));
    WebElement chosen = visibleElement(".doc-passage.chosen");
    assertEquals(passage, chosen.getAttribute("data-passage"));
    assertTrue(chosen.getText().toLowerCase(Locale.ROOT).contains("frivillige"), chosen.getText());
    driver.navigate().back();
    waitForUrlWithout("doc=");
    waitReady();
    assertTrue(driver.getCurrentUrl().contains("kwic_sort=left"), driver.getCurrentUrl());
    assertEquals(leftOrder, shownOccurrences());

    // Paging, one line a page: the next page is the next line, and the page says where it is.
    open("/?q=frivillige&view=kwic&kwic_limit=1");
    waitReady();
    assertEquals(reportOrder.subList(0, 1), shownOccurrences());
    assertEquals("Side 1 af " + total, text("#kwic-page-info"));
    visibleElement("#kwic-next").click();
    waitForUrl("kwic_page=2");
    waitReady();
    assertEquals(reportOrder.subList(1, 2), shownOccurrences());
    assertEquals("Side 2 af " + total, text("#kwic-page-info"));
    assertEquals("kwic-heading", js("return document.activeElement.id;"), "focus moves to the top of the new page");
  }

  @Test
  void kwicShowsALongSearchWordWholeOnADesktopScreen() throws Exception {
    open("/?q=kontanthjælpsmodtagere&view=kwic");
    waitReady();
    List<WebElement> lines = driver.findElements(By.cssSelector("#kwic-table tbody tr"));
    assertFalse(lines.isEmpty(), "the seed report has the word");
    for (WebElement line : lines) {
      WebElement mark = line.findElement(By.cssSelector("td.kwic-keyword mark"));
      assertEquals("kontanthjælpsmodtagere", mark.getText().toLowerCase(Locale.ROOT));
      Object clipped = js("const cell = arguments[0].closest('td'), m = arguments[0].getBoundingClientRect(),"
          + " c = cell.getBoundingClientRect(); return m.left < c.left - 0.5 || m.right > c.right + 0.5;", mark);
      assertEquals(Boolean.FALSE, clipped, "the whole word is inside its column: " + line.getText());
    }
  }

  @Test
  void kwicSaysWhenTheAnswerIsTruncatedOrHasNoOccurrence() throws Exception {
    // A passage matches by its own text, so every matching passage has the word (a report's
    // title no longer makes all its passages match).
    JsonNode api = apiJson("/api/kwic?q=integration&limit=1");
    open("/?q=integration&view=kwic");
    waitReady();
    assertEquals(api.get("matching_passages").asLong(), api.get("passages_with_occurrences").asLong(), api.toString());
    assertFalse(text("#kwic-summary").contains("ingen forekomst"), text("#kwic-summary"));
    assertFalse(isShown("#kwic-note"), "not truncated");
    assertEquals(api.get("total_occurrences").asInt(), driver.findElements(By.cssSelector("#kwic-table tbody tr")).size());
  }

  @Test
  void entitiesViewListsWhoTheMatchingPassagesNameWithCountsAndPairs() throws Exception {
    open("/?q=integration");
    waitReady();
    visibleElement("#tab-entities").click();
    waitForUrl("view=entities");
    waitReady();
    for (String type : List.of("person", "organisation", "municipality")) {
      JsonNode api = apiJson("/api/entities?q=integration&type=" + type + "&limit=15&pairs=8");
      WebElement card = visibleElement(".entity-card[data-type='" + type + "']");
      List<WebElement> rows = card.findElements(By.cssSelector("tbody tr"));
      assertEquals(api.get("entities").size(), rows.size(), type);
      for (int i = 0; i < rows.size(); i++) {
        JsonNode entity = api.get("entities").get(i);
        List<String> cells = rows.get(i).findElements(By.cssSelector("th, td")).stream().map(WebElement::getText).toList();
        assertEquals(List.of(entity.get("value").asText(), entity.get("passages").asText(), entity.get("reports").asText()), cells, type);
      }
      List<WebElement> pairs = card.findElements(By.cssSelector(".pair"));
      assertEquals(api.get("pairs").size(), pairs.size(), type + " pairs");
      for (int i = 0; i < pairs.size(); i++) {
        JsonNode pair = api.get("pairs").get(i);
        assertTrue(pairs.get(i).getText().contains(pair.get("a").asText() + " og " + pair.get("b").asText()), pairs.get(i).getText());
      }
    }
    WebElement people = visibleElement(".entity-card[data-type='person']");
    WebElement top = people.findElement(By.cssSelector("tbody tr"));
    assertEquals(apiJson("/api/entities?q=integration&type=person&limit=1").get("entities").get(0).get("value").asText(),
        top.findElement(By.tagName("th")).getText(), "the most named person first");
    assertTrue(people.getText().contains("Nævnt i samme afsnit"), people.getText());
    assertTrue(visibleElement(".entity-card[data-type='organisation']").getText().contains("KL"));
    assertTrue(visibleElement(".entity-card[data-type='municipality']").getText().contains("Faxe"));
    screenshot("entities", true);

    // A name narrows the results to the passages that name it.
    top.findElement(By.cssSelector("a.entity-link")).click();
    waitForUrl("person=");
    waitReady();
    assertFalse(driver.getCurrentUrl().contains("view="), driver.getCurrentUrl());
    String topPerson = apiJson("/api/entities?q=integration&type=person&limit=1").get("entities").get(0).get("value").asText();
    assertTrue(visibleElement("#chips .chip").getText().contains(topPerson), visibleElement("#chips .chip").getText());
    assertFalse(hitTitles().isEmpty());
  }

  @Test
  void exportLinksDownloadTheCurrentSearchWithItsFilters() throws Exception {
    String filters = "&conference=" + enc(FAXE_CONFERENCE) + "&person=" + enc("Kasper Sonne");
    open("/?q=konference" + filters);
    waitReady();
    WebElement csv = visibleElement("#export-csv");
    WebElement jsonl = visibleElement("#export-jsonl");
    assertEquals("Hent som CSV", csv.getText());
    assertEquals("Hent som JSON Lines", jsonl.getText());
    WebElement excel = visibleElement("#export-excel");
    assertEquals("Hent til Excel", excel.getText());
    assertEquals(List.of("excel"), query(URI.create(excel.getAttribute("href"))).get("format"), excel.getAttribute("href"));
    for (WebElement link : List.of(csv, jsonl)) {
      URI href = URI.create(link.getAttribute("href"));
      assertEquals(base + "/api/export", href.getScheme() + "://" + href.getRawAuthority() + href.getPath());
      Map<String, List<String>> params = query(href);
      assertEquals(List.of("konference"), params.get("q"), href.toString());
      assertEquals(List.of(FAXE_CONFERENCE), params.get("conference"), href.toString());
      assertEquals(List.of("Kasper Sonne"), params.get("person"), href.toString());
      assertEquals(List.of(link == csv ? "csv" : "jsonl"), params.get("format"), href.toString());
    }
    // The link is the file: every passage the search counts, as an attachment.
    long passages = apiJson("/api/search?q=konference" + filters).get("total_passages").asLong();
    assertTrue(passages > 0);
    assertTrue(text("#export-count").contains(String.valueOf(passages)), text("#export-count"));
    HttpResponse<String> file = HTTP.send(HttpRequest.newBuilder(URI.create(jsonl.getAttribute("href"))).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, file.statusCode());
    assertTrue(file.headers().firstValue("content-disposition").orElse("").startsWith("attachment"));
    assertEquals(passages, file.body().lines().filter(l -> !l.isBlank()).count(), "a line per matching passage");

    // The same links on the other views.
    String href = csv.getAttribute("href");
    visibleElement("#tab-kwic").click();
    waitForUrl("view=kwic");
    waitReady();
    assertEquals(href, visibleElement("#export-csv").getAttribute("href"));

    // The reports' file format cannot filter an export (format names the file's format there):
    // the link leaves it out and the page says so.
    open("/?q=frivillige&format=txt");
    waitReady();
    Map<String, List<String>> params = query(URI.create(visibleElement("#export-csv").getAttribute("href")));
    assertEquals(List.of("csv"), params.get("format"));
    assertTrue(visibleElement("#export-note").getText().contains("Format"), text("#export-note"));
  }

  @Test
  void documentViewListsWhatWasRemovedFromTheTextAndWhyInDanish() throws Exception {
    String id = dk.konferencebasen.schema.ReportIds.reportId(UIM_FILE);
    JsonNode removed = apiJson("/api/documents/" + enc(id)).get("extraction").get("removed");
    assertTrue(removed.size() > 0, "the UIM page's newsletter box was removed: " + removed);

    open("/?doc=" + enc(id));
    waitReady();
    WebElement box = visibleElement("#doc-removed");
    assertTrue(text("#doc-removed-summary").startsWith("Fjernet fra teksten: "), text("#doc-removed-summary"));
    box.findElement(By.tagName("summary")).click();
    String listed = text("#doc-removed-list");
    assertTrue(listed.contains("Abonnér på nyt fra UIM"), listed);
    assertTrue(listed.contains("nyhedsbrev"), "reasons in Danish: " + listed);
    assertEquals(removed.size(), driver.findElements(By.cssSelector("#doc-removed-list li")).size());
    assertFalse(text("#doc-body").contains("Abonnér på nyt fra UIM"), "and it is not in the text");
  }

  @Test
  void aTalkShowsAsATalkAndItsSpeakerIsAFilter() throws Exception {
    open("/?q=" + enc("cykelstier børn"));
    waitReady();
    WebElement talk = visibleElement("#results .talk-line");
    assertEquals("Oplæg: Sikre cykelstier i byen — kl. 09.30–10.15 — ved Mette Lund Sørensen — Cykelkonferencen 2024", talk.getText());

    WebElement speaker = waitFor(d -> first(d.findElements(By.cssSelector(
        "#facets fieldset[data-facet='speaker'] input[type=checkbox]")), b -> "Mette Lund Sørensen".equals(b.getAttribute("value"))),
        "a speaker facet value");
    assertEquals("Oplægsholder", driver.findElement(By.cssSelector("#facets fieldset[data-facet='speaker'] legend")).getText());
    speaker.click();
    waitForUrl("speaker=");
    waitReady();
    assertEquals(1, driver.findElements(By.cssSelector("#results .talk-line")).size());

    visibleElement("#results .hit-title a").click();
    waitForUrl("doc=");
    waitReady();
    List<String> talks = driver.findElements(By.cssSelector("#doc-body .talk-line")).stream().map(WebElement::getText).toList();
    assertEquals(List.of("Oplæg: Sikre cykelstier i byen — kl. 09.30–10.15 — ved Mette Lund Sørensen",
        "Oplæg: Paneldebat om cykelparkering — kl. 10.15–11.00 — ved Karen Bech Poulsen"), talks);
    assertNoCspViolations();
  }

  @Test
  void aReportInTwoFilesIsOneHitThatLinksToTheOtherFile() throws Exception {
    open("/?q=" + enc("landsmøde"));
    waitReady();
    assertEquals(List.of(UIM), hitTitles(), "the report and its ODT copy are one hit");
    JsonNode api = apiJson("/api/search?q=" + enc("landsmøde")).get("hits").get(0);
    String shown = api.get("path").asText();
    JsonNode other = api.get("also_in").get(0);
    assertEquals(List.of(UIM_FILE, UIM_COPY), java.util.stream.Stream.of(shown, other.get("path").asText()).sorted().toList());
    WebElement note = hit(UIM).findElement(By.cssSelector(".hit-same-text"));
    assertEquals("Findes også som: " + other.get("path").asText(), note.getText());
    assertEquals("Tallene er antal afsnit. Samme tekst i flere filer tælles én gang.", text("#facets-note"));
    js("arguments[0].scrollIntoView({block: 'center'});", note);
    screenshot("same-text", false);

    note.findElement(By.cssSelector("a")).click();
    waitForUrl("doc=" + other.get("id").asText());
    waitReady();
    assertEquals(UIM, text("#doc-title"));
    String meta = text("#doc-meta");
    assertTrue(meta.contains(other.get("path").asText()), "the file shown: " + meta);
    WebElement back = visibleElement("#doc-meta .same-text-link");
    assertEquals(shown, back.getText(), "the document names the file the hit showed");
    back.click();
    waitForUrl("doc=" + api.get("id").asText());
    waitReady();
    assertTrue(text("#doc-meta").contains(shown), text("#doc-meta"));
    assertNoCspViolations();
  }

  @Test
  void documentViewListsRelatedPassagesOfOtherReports() throws Exception {
    open("/");
    search("sprogundervisning");
    hit(FAXE).findElement(By.cssSelector("a.context-link")).click();
    waitForUrl("passage=");
    waitReady();
    String url = driver.getCurrentUrl();
    String doc = param(url, "doc");
    String passage = param(url, "passage");
    JsonNode api = apiJson("/api/documents/" + enc(passage) + "/related?limit=5");
    List<String> expected = new ArrayList<>();
    api.get("hits").forEach(h -> expected.add(h.get("id").asText()));
    assertFalse(expected.isEmpty(), "the Faxe passage has related passages in the other report: " + api);

    WebElement section = visibleElement("#related");
    assertEquals("Relaterede afsnit fra andre rapporter", text("#related-heading"));
    List<WebElement> items = section.findElements(By.cssSelector(".related-hit"));
    assertEquals(expected, items.stream().map(i -> i.getAttribute("data-passage")).toList());
    for (int i = 0; i < items.size(); i++) {
      JsonNode hit = api.get("hits").get(i);
      WebElement link = items.get(i).findElement(By.cssSelector(".related-title a"));
      assertEquals(hit.get("title").asText(), link.getText());
      String target = link.getAttribute("href");
      assertFalse(doc.equals(param(target, "doc")), "another report: " + target);
      assertEquals(hit.get("id").asText(), param(target, "passage"));
      assertTrue(items.get(i).getText().contains("Fælles ord: "), items.get(i).getText());
    }
    // The chosen passage has a way down to them, for the keyboard too.
    visibleElement(".doc-passage.chosen .related-jump").click();
    assertEquals("related-heading", js("return document.activeElement.id;"));
    screenshot("document-related", false);

    // A related passage opens in its report; Back returns to the first report's passage.
    WebElement first = items.get(0).findElement(By.cssSelector(".related-title a"));
    first.click();
    waitForUrl("passage=" + enc(expected.get(0)));
    waitReady();
    assertEquals(expected.get(0), visibleElement(".doc-passage.chosen").getAttribute("data-passage"));
    assertEquals(api.get("hits").get(0).get("title").asText(), text("#doc-title"));
    driver.navigate().back();
    waitForUrl("passage=" + enc(passage));
    waitReady();
    assertEquals(FAXE, text("#doc-title"));
    assertEquals(expected, driver.findElements(By.cssSelector("#related .related-hit")).stream()
        .map(i -> i.getAttribute("data-passage")).toList());
  }

  @Test
  void phoneWidthShowsTheResearchViewsWithoutSidewaysScrolling() throws Exception {
    driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
        Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
    try {
      for (String[] view : new String[][] {
          {"trends", "/?q=integration&view=trends&by=conference"},
          {"kwic", "/?q=kommune&view=kwic"},
          {"entities", "/?q=integration&view=entities"}}) {
        open(view[1]);
        waitReady();
        assertEquals(390L, js("return document.documentElement.clientWidth;"));
        assertTrue(isShown("#panel-" + view[0]), view[0]);
        if (view[0].equals("trends")) {
          assertChartDrawn();
        }
        Long overflow = (Long) js("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertTrue(overflow <= 0, "no sideways scrolling in " + view[0] + " on a phone: " + overflow + " px too wide");
        phoneScreenshot("phone-" + view[0]);
      }
      open("/?q=sprogundervisning");
      waitReady();
      hit(FAXE).findElement(By.cssSelector("a.context-link")).click();
      waitForUrl("passage=");
      waitReady();
      WebElement related = visibleElement("#related .related-hit");
      js("document.getElementById('related').scrollIntoView();");
      Long overflow = (Long) js("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
      assertTrue(overflow <= 0, "no sideways scrolling under the document: " + overflow + " px too wide");
      assertTrue(related.isDisplayed());
      screenshot("phone-related", false);
    } finally {
      driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }
  }

  // ------------------------------------------------------------------ helpers

  private static void open(String pathAndQuery) {
    driver.get(base + pathAndQuery);
  }

  private static void search(String query) {
    WebElement box = visibleElement("#q");
    box.clear();
    box.sendKeys(query);
    box.sendKeys(Keys.ENTER);
    waitForUrl("q=" + enc(query));
    waitReady();
  }

  /** Waits until the page has rendered the URL it shows, and found no error. */
  private static void waitReady() {
    waitFor(d -> js("const m = document.getElementById('main');"
        + "return m.dataset.status !== 'busy' && m.dataset.url === location.pathname + location.search"
        + " ? m.dataset.status : null;"), "the page to finish rendering its URL");
    if ("error".equals(mainStatus())) {
      throw new AssertionError("the page shows an error for " + driver.getCurrentUrl() + ": " + text("#error-text"));
    }
  }

  private static String mainStatus() {
    return driver.findElement(By.id("main")).getAttribute("data-status");
  }

  /**
   * Asks {@code condition} until it gives a value (not null, not false) and returns it, however
   * long that takes: no deadline, so a busy machine only makes the test slower. As with
   * WebDriverWait, an element not found yet counts as "not yet"; a script error nobody caught in
   * the page fails the wait (a crashed page would never get there). While it waits, the thread is
   * named after {@code what}, so a thread dump of a run that never gets there says what it waited for.
   */
  private static <T> T waitFor(java.util.function.Function<WebDriver, T> condition, String what) {
    Thread thread = Thread.currentThread();
    String name = thread.getName();
    thread.setName(name + ": waiting for " + what);
    try {
      while (true) {
        try {
          T value = condition.apply(driver);
          if (value != null && !Boolean.FALSE.equals(value)) {
            return value;
          }
        } catch (NotFoundException notYet) {
          // as WebDriverWait: asked again
        }
        Object crashed = js("return window.__kbScriptErrors && window.__kbScriptErrors.length ? window.__kbScriptErrors : null;");
        if (crashed != null) {
          throw new AssertionError("the page's scripts failed while waiting for " + what + " on "
              + driver.getCurrentUrl() + ": " + crashed);
        }
        Thread.sleep(50); // back-off between asks, not a time limit
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while waiting for " + what, e);
    } finally {
      thread.setName(name);
    }
  }

  private static void waitForUrl(String part) {
    waitFor(d -> d.getCurrentUrl().contains(part) ? true : null, "the URL to contain " + part);
  }

  private static void waitForUrlWithout(String part) {
    waitFor(d -> d.getCurrentUrl().contains(part) ? null : true, "the URL to lose " + part);
  }

  private static WebElement first(List<WebElement> elements, java.util.function.Predicate<WebElement> test) {
    for (WebElement e : elements) {
      if (test.test(e)) {
        return e;
      }
    }
    return null;
  }

  private static WebElement visibleElement(String css) {
    return waitFor(d -> first(d.findElements(By.cssSelector(css)), WebElement::isDisplayed), css + " to be visible");
  }

  private static boolean isShown(String css) {
    List<WebElement> found = driver.findElements(By.cssSelector(css));
    return !found.isEmpty() && found.get(0).isDisplayed();
  }

  private static String text(String css) {
    return driver.findElement(By.cssSelector(css)).getText();
  }

  private static List<String> hitTitles() {
    return driver.findElements(By.cssSelector("#results .hit-title a")).stream().map(WebElement::getText).toList();
  }

  private static int total() {
    String heading = text("#results-heading");
    return Integer.parseInt(heading.replaceAll("^(\\d+).*$", "$1"));
  }

  private static WebElement hit(String title) {
    return waitFor(d -> first(d.findElements(By.cssSelector("#results .hit")),
        h -> h.findElement(By.cssSelector(".hit-title a")).getText().equals(title)), "the hit " + title);
  }

  private static WebElement hitContaining(String title) {
    return waitFor(d -> first(d.findElements(By.cssSelector("#results .hit")),
        h -> h.findElement(By.cssSelector(".hit-title a")).getText().contains(title)), "a hit titled " + title + " …");
  }

  private static void assertNoScriptRan() {
    try {
      String alert = driver.switchTo().alert().getText();
      fail("a script from the document ran: alert(" + alert + ")");
    } catch (NoAlertPresentException expected) {
      // good
    }
    assertEquals(0L, js("return document.querySelectorAll('main script, main img, main iframe').length;"));
    assertEquals(0L, js("return document.querySelectorAll('script').length - document.querySelectorAll('script[src]').length;"),
        "no inline script anywhere");
  }

  private static Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  private static String enc(String value) {
    return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
  }

  private static String param(String url, String name) {
    String query = url.substring(url.indexOf('?') + 1);
    for (String pair : query.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0 && pair.substring(0, eq).equals(name)) {
        return java.net.URLDecoder.decode(pair.substring(eq + 1), java.nio.charset.StandardCharsets.UTF_8);
      }
    }
    return null;
  }

  /** The chart exists, drew on its canvas, and the canvas has a size. */
  private static void assertChartDrawn() {
    Long painted = waitFor(d -> {
      Object n = js("const c = document.getElementById('trends-chart');"
          + "if (!window.Chart || !Chart.getChart(c) || c.width === 0 || c.height === 0) return null;"
          + "const px = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
          + "let n = 0; for (let i = 3; i < px.length; i += 4) if (px[i] > 0) n++; return n > 500 ? n : null;");
      return n == null ? null : ((Number) n).longValue();
    }, "Chart.js to draw the trends chart");
    assertTrue(painted > 500, "painted pixels: " + painted);
    assertTrue(visibleElement("#trends-chart").getSize().getWidth() > 200, "a chart of some width");
  }

  /** The table (and the chart's data) say what /api/trends says for the same query. */
  private static void assertTrendsShowTheApi(String q, String by) throws Exception {
    JsonNode api = apiJson("/api/trends?q=" + enc(q) + "&by=" + by);
    List<JsonNode> expected = new ArrayList<>();
    api.get("buckets").forEach(expected::add);
    if (api.get("without_value").get("all_passages").asLong() > 0) {
      expected.add(api.get("without_value"));
    }
    assertTrue(expected.stream().anyMatch(b -> b.get("passages").asLong() > 0), "a bucket with matches: " + api);
    List<WebElement> rows = driver.findElements(By.cssSelector("#trends-table tbody tr"));
    assertEquals(expected.size(), rows.size(), "a row per bucket: " + api);
    @SuppressWarnings("unchecked")
    List<List<Object>> chart = (List<List<Object>>) js("const c = Chart.getChart(document.getElementById('trends-chart'));"
        + "return c.data.labels.map((l, i) => [String(l), c.data.datasets[0].data[i], c.data.datasets[1].data[i]]);");
    Map<String, List<Object>> chartByLabel = new LinkedHashMap<>();
    chart.forEach(point -> chartByLabel.put((String) point.get(0), point));
    for (int i = 0; i < rows.size(); i++) {
      JsonNode bucket = expected.get(i);
      List<String> cells = rows.get(i).findElements(By.cssSelector("th, td")).stream().map(WebElement::getText).toList();
      String label = bucket.get("value").isNull() ? cells.get(0) : bucket.get("value").asText();
      if (bucket.get("value").isNull()) {
        assertTrue(label.startsWith("Uden "), "the row without a value: " + cells);
      } else {
        assertEquals(label, cells.get(0));
      }
      assertEquals(bucket.get("passages").asLong(), number(cells.get(1)), "matching passages of " + label);
      assertEquals(bucket.get("all_passages").asLong(), number(cells.get(2)), "all passages of " + label);
      assertEquals(bucket.get("passage_share").asDouble() * 100, percent(cells.get(3)), 0.051, "share of " + label);
      assertEquals(bucket.get("reports").asLong(), number(cells.get(4)), "matching reports of " + label);
      List<Object> point = chartByLabel.get(label.length() > 0 ? label : "?");
      assertNotNull(point, label + " in the chart " + chart);
      assertEquals(bucket.get("passage_share").asDouble() * 100, ((Number) point.get(1)).doubleValue(), 0.051, "the bar of " + label);
      assertEquals(bucket.get("reports").asLong(), ((Number) point.get(2)).longValue(), "the reports of " + label);
    }
    List<String> total = driver.findElements(By.cssSelector("#trends-table tfoot th, #trends-table tfoot td")).stream()
        .map(WebElement::getText).toList();
    assertEquals(api.get("passages").asLong(), number(total.get(1)));
    assertEquals(api.get("all_passages").asLong(), number(total.get(2)));
    assertEquals(api.get("reports").asLong(), number(total.get(4)));
  }

  private static long number(String shown) {
    return Long.parseLong(shown.replace(".", "").replace("\u00a0", "").strip());
  }

  /** "18,2 %" → 18.2 */
  private static double percent(String shown) {
    return Double.parseDouble(shown.replace("%", "").replace("\u00a0", "").replace(".", "").replace(',', '.').strip());
  }

  /** The concordance lines as passage@start, in order. */
  private static List<String> occurrences(JsonNode kwic) {
    List<String> out = new ArrayList<>();
    kwic.get("lines").forEach(l -> out.add(l.get("passage_id").asText() + "@" + l.get("start").asInt()));
    return out;
  }

  private static List<String> shownOccurrences() {
    return driver.findElements(By.cssSelector("#kwic-table tbody tr")).stream()
        .map(r -> r.getAttribute("data-passage") + "@" + r.getAttribute("data-start")).toList();
  }

  private static void assertNoCspViolations() {
    List<?> recorded = (List<?>) js("return window.__kbCspViolations || null;");
    assertNotNull(recorded, "the page records CSP violations");
    assertTrue(recorded.isEmpty(), "the page broke its Content-Security-Policy: " + recorded);
    List<String> console = browserLog().stream()
        .filter(m -> m.contains("Content Security Policy") || m.contains("Refused to")).toList();
    assertTrue(console.isEmpty(), "the console reports CSP violations: " + console);
  }

  /** The browser console's messages since the last call. */
  private static List<String> browserLog() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage).toList();
  }

  private static JsonNode apiJson(String pathAndQuery) throws IOException, InterruptedException {
    HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base + pathAndQuery)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode(), pathAndQuery + ": " + response.body());
    return JSON.readTree(response.body());
  }

  private static Map<String, List<String>> query(URI uri) {
    Map<String, List<String>> params = new LinkedHashMap<>();
    for (String pair : uri.getRawQuery().split("&")) {
      int eq = pair.indexOf('=');
      String name = java.net.URLDecoder.decode(pair.substring(0, eq), java.nio.charset.StandardCharsets.UTF_8);
      String value = java.net.URLDecoder.decode(pair.substring(eq + 1), java.nio.charset.StandardCharsets.UTF_8);
      params.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
    }
    return params;
  }

  /** A phone-width screenshot of the whole page (the emulated screen made as tall as the page). */
  private static void phoneScreenshot(String name) throws IOException {
    long height = (Long) js("return Math.min(document.documentElement.scrollHeight, 5000);");
    driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
        Map.of("width", 390, "height", height, "deviceScaleFactor", 1, "mobile", true));
    try {
      screenshot(name, false);
    } finally {
      driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
          Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
    }
  }

  /** Saves a PNG: the whole page when {@code fullPage} (by making the window as tall as the page), else the window. */
  private static void screenshot(String name, boolean fullPage) throws IOException {
    Dimension window = driver.manage().window().getSize();
    if (fullPage) {
      long chrome = (Long) js("return window.outerHeight - window.innerHeight;");
      long height = (Long) js("return Math.min(document.documentElement.scrollHeight, 5000);");
      if (height + chrome > window.getHeight()) {
        driver.manage().window().setSize(new Dimension(window.getWidth(), (int) (height + chrome)));
      }
    }
    try {
      Files.write(screenshots.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    } finally {
      if (!driver.manage().window().getSize().equals(window)) {
        driver.manage().window().setSize(window);
      }
    }
  }
}
