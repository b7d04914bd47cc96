package dk.konferencebasen.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dk.konferencebasen.http.SearchServer;
import dk.konferencebasen.search.Searcher;
import dk.konferencebasen.testing.TestIndex;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The Danish search page in a real browser (Debian's chromium, headless, driven by Selenium)
 * against a real server over a real index of the repository corpus plus one hostile report.
 * Screenshots go to target/screenshots/.
 *
 * <p>For working on the page, {@code -Dkb.browser.baseUrl=http://127.0.0.1:7070} runs the same
 * scenario against a server that is already running (one that serves the same corpus).
 */
class BrowserTest {
  private static final String CHROMIUM = "/usr/bin/chromium";
  private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
  private static final String FAXE = "Integrationskonference: Det vigtige samarbejde på tværs";
  private static final String FAXE_CONFERENCE = "Faxe Kommunes integrationskonference";
  private static final String UIM = "Integrationstræf 2019";
  private static final String SCRIPT_TITLE = "Farlig tekst <script>alert(2)</script>";
  private static final Duration WAIT = Duration.ofSeconds(15);

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
        .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--user-data-dir=" + Files.createTempDirectory(tmp, "chromium-profile"),
        "--window-size=1280,900", "--lang=da");
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
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
    assertTrue(names.toLowerCase(Locale.ROOT).contains("talere og organisationer") && names.contains("Kasper Sonne"), names);
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
    open("/?q=" + enc("\"ikke lukket"));
    waitFor(d -> "error".equals(mainStatus()) ? true : null, "the page to show the error");
    String message = text("#error-text");
    assertTrue(message.startsWith("Søgningen kunne ikke"), message);

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
    try {
      new WebDriverWait(driver, WAIT).until(d -> {
        Object done = js("const m = document.getElementById('main');"
            + "return m.dataset.status !== 'busy' && m.dataset.url === location.pathname + location.search"
            + " ? m.dataset.status : null;");
        return done;
      });
    } catch (TimeoutException e) {
      throw new AssertionError("the page did not finish rendering " + driver.getCurrentUrl() + " (status "
          + mainStatus() + ")", e);
    }
    if ("error".equals(mainStatus())) {
      throw new AssertionError("the page shows an error for " + driver.getCurrentUrl() + ": " + text("#error-text"));
    }
  }

  private static String mainStatus() {
    return driver.findElement(By.id("main")).getAttribute("data-status");
  }

  private static <T> T waitFor(java.util.function.Function<org.openqa.selenium.WebDriver, T> condition, String what) {
    try {
      return new WebDriverWait(driver, WAIT).until(condition);
    } catch (TimeoutException e) {
      throw new AssertionError("waited " + WAIT.toSeconds() + " s for " + what + " on " + driver.getCurrentUrl(), e);
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
