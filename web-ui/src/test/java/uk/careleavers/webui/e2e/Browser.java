package uk.careleavers.webui.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium (Debian's {@code /usr/bin/chromium}, driven by {@code /usr/bin/chromedriver})
 * with the viewport of a given {@link Screen}, pointed at the running {@link Product}. Both paths
 * are always given explicitly, so Selenium Manager never runs and nothing is downloaded. Close it
 * after the test (try-with-resources).
 */
public final class Browser implements AutoCloseable {
  static final String CHROMIUM = System.getProperty("e2e.chromium", "/usr/bin/chromium");
  static final String CHROMEDRIVER =
      System.getProperty("e2e.chromedriver", "/usr/bin/chromedriver");
  private static final Duration TIMEOUT = Duration.ofSeconds(20);

  private static final String VAADIN_IDLE =
      "return !!(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
          + " && Object.keys(window.Vaadin.Flow.clients).length > 0"
          + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive()))";

  /**
   * Selenium warns at every start that it has no CDP bindings for this Chromium version. The
   * helpers only use chromedriver's own CDP passthrough, which needs none: keep the log readable.
   */
  private static final List<Logger> QUIETENED =
      List.of(
          Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder"),
          Logger.getLogger("org.openqa.selenium.chromium.ChromiumDriver"));

  static {
    QUIETENED.forEach(logger -> logger.setLevel(Level.SEVERE));
  }

  private final ChromeDriver driver;

  private Browser(ChromeDriver driver) {
    this.driver = driver;
  }

  /** A new headless browser whose viewport is that screen's size. */
  public static Browser open(Screen screen) {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=" + screen.width + "," + screen.height);
    // Keep the page's console errors (failed requests, script errors) for consoleErrors().
    options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "SEVERE"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(Path.of(CHROMEDRIVER).toFile())
            .usingAnyFreePort()
            .build();
    Browser browser = new Browser(new ChromeDriver(service, options));
    browser.resize(screen);
    return browser;
  }

  /** Makes the viewport (not the window) exactly that screen's size. */
  public Browser resize(Screen screen) {
    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of(
            "width",
            screen.width,
            "height",
            screen.height,
            "deviceScaleFactor",
            1,
            "mobile",
            screen != Screen.DESKTOP));
    return this;
  }

  /** Opens a page of the web UI ({@code ""} for the start page) and waits until it has loaded. */
  public Browser go(String path) {
    driver.get(Product.url() + path.replaceFirst("^/", ""));
    return waitForVaadin();
  }

  /** Waits until the Vaadin client has no request to the server in flight. */
  public Browser waitForVaadin() {
    new WebDriverWait(driver, TIMEOUT)
        .withMessage("the Vaadin client to be idle")
        .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(VAADIN_IDLE)));
    return this;
  }

  /**
   * The input of the field with that label: Vaadin 24 fields keep their {@code <label>} and {@code
   * <input>} in the light DOM, tied by {@code for}, so this finds what a screen reader announces by
   * that name.
   */
  public WebElement input(String label) {
    List<WebElement> labels =
        driver.findElements(By.xpath("//label[normalize-space(.)=" + xpathLiteral(label) + "]"));
    if (labels.size() != 1) {
      throw new AssertionError("expected one label '" + label + "' but found " + labels.size());
    }
    return driver.findElement(By.id(labels.get(0).getAttribute("for")));
  }

  /**
   * Types into the field with that label and waits for the server's answer. A field with a lazy or
   * timeout value-change mode sends its value only after a pause: then wait for the result with
   * {@link #waitUntil}.
   */
  public Browser type(String label, String text) {
    input(label).sendKeys(text);
    return waitForVaadin();
  }

  /** Waits (up to 20 s) until the condition holds, then for the Vaadin client to be idle. */
  public Browser waitUntil(String what, Predicate<Browser> condition) {
    new WebDriverWait(driver, TIMEOUT).withMessage(what).until(d -> condition.test(this));
    return waitForVaadin();
  }

  /** The visible texts of the elements that match, in page order. */
  public List<String> texts(By by) {
    return driver.findElements(by).stream().map(WebElement::getText).toList();
  }

  public WebElement find(By by) {
    return driver.findElement(by);
  }

  public List<WebElement> findAll(By by) {
    return driver.findElements(by);
  }

  /** Runs JavaScript in the page and returns its result. */
  public Object script(String script, Object... args) {
    return driver.executeScript(script, args);
  }

  /**
   * The errors the page logged to the console since the last call: failed requests (a 404 or 400
   * for a resource) and script errors.
   */
  public List<String> consoleErrors() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage)
        .toList();
  }

  /** True when the page is wider than the viewport (WCAG 1.4.10 wants none at 320 px). */
  public boolean scrollsSideways() {
    return Boolean.TRUE.equals(
        script(
            "return document.documentElement.scrollWidth"
                + " > document.documentElement.clientWidth"));
  }

  /**
   * Saves a PNG of the whole page (not just the viewport) as {@code target/screenshots/NAME.png}
   * and returns its path.
   */
  public Path screenshot(String name) {
    Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
    @SuppressWarnings("unchecked")
    Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
    Map<String, Object> shot =
        driver.executeCdpCommand(
            "Page.captureScreenshot",
            Map.of(
                "format",
                "png",
                "captureBeyondViewport",
                true,
                "clip",
                Map.of(
                    "x", 0,
                    "y", 0,
                    "width", size.get("width"),
                    "height", size.get("height"),
                    "scale", 1)));
    Path file =
        Path.of(System.getProperty("e2e.screenshots", "target/screenshots")).resolve(name + ".png");
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot save the screenshot " + file, e);
    }
    return file;
  }

  /** The underlying Selenium driver, for anything the helpers above do not cover. */
  public ChromeDriver driver() {
    return driver;
  }

  @Override
  public void close() {
    driver.quit();
  }

  private static String xpathLiteral(String text) {
    return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
  }
}
