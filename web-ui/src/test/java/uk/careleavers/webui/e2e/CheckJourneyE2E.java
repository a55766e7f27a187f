package uk.careleavers.webui.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * Young people going from the start page to their results in a real browser on a 360 px phone,
 * against the real backend, with axe-core run on every page they see.
 */
@BrowserTest
class CheckJourneyE2E {
  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));
  private static final String NOT_SURE = "I'm not sure";

  /** Sam: 17, in foster care for years, at college full-time, looked after by Manchester. */
  private static final Map<String, String> SAM =
      Map.of(
          "date_of_birth", date(TODAY.minusYears(17).minusDays(100)),
          "in_care_now", "Yes",
          "weeks_in_care_since_14", "100",
          "care_placement", "With foster carers",
          "main_activity", "Studying full-time at school, sixth form or college",
          "responsible_council", "Manchester",
          "council_of_residence", "Manchester");

  /** Jess: 20, in care at 18 after years in care, at university; Lancashire, lives in Lancaster. */
  private static final Map<String, String> JESS =
      Map.of(
          "date_of_birth", date(TODAY.minusYears(20).minusDays(40)),
          "in_care_at_18", "Yes",
          "weeks_in_care_since_14", "150",
          "care_placement", "With foster carers",
          "main_activity", "A university course, or another higher education course",
          "moving_into_own_home", "No",
          "responsible_council", "Lancashire",
          "council_of_residence", "Lancaster");

  /** Alex: 22, in care at 18 but not sure for how long, working, Trafford. */
  private static final Map<String, String> ALEX =
      Map.of(
          "date_of_birth", date(TODAY.minusYears(22).minusDays(10)),
          "in_care_at_18", "Yes",
          "main_activity", "Working in a job",
          "responsible_council", "Trafford",
          "council_of_residence", "Trafford");

  @Test
  void samAt17InFosterCareGetsTheBursaryAndManchestersFreeTravel() {
    try (Browser browser = Browser.open(Screen.PHONE)) {
      List<String> asked = journey(browser, SAM, "sam", true);

      assertThat(asked).startsWith("date_of_birth", "in_care_now").doesNotContain("in_care_at_18");
      assertThat(tag(browser, "personal-adviser")).isEqualTo("Yes");
      assertThat(tag(browser, "bursary-16-19")).isEqualTo("Yes");
      assertThat(text(browser, "#result-bursary-16-19 .amount"))
          .isEqualTo("Amount: up to £1,200, a year");
      assertThat(tag(browser, "man-free-travel-greater-manchester")).isEqualTo("Yes");
      assertThat(text(browser, "#result-man-free-travel-greater-manchester .local"))
          .startsWith("From Manchester City Council's local offer");
    }
  }

  @Test
  void jessAt20AtUniversityGetsTheHigherEducationBursaryAndLancashiresOffer() {
    try (Browser browser = Browser.open(Screen.PHONE)) {
      journey(browser, JESS, "jess", true);

      assertThat(tag(browser, "personal-adviser")).isEqualTo("Yes");
      assertThat(text(browser, "#result-higher-education-bursary .amount"))
          .isEqualTo("Amount: £2,000, in total, paid in parts");
      assertThat(tag(browser, "lan-free-leisure-lancaster-morecambe")).isEqualTo("Yes");
      assertThat(browser.texts(By.cssSelector("#timeline li")))
          .anyMatch(t -> t.contains("25th birthday") && t.contains("A Personal Adviser"));
      assertThat(browser.findAll(By.cssSelector("#coming .result"))).isNotEmpty();

      browser.find(By.linkText("What changes when")).click();
      assertThat(path(browser)).isEqualTo("check/results");
      assertThat(browser.script("return document.activeElement.id;")).isEqualTo("timeline");
    }
  }

  @Test
  void alexNotSureHowLongHeWasInCareSeesMaybesThatLinkToTheQuestion() {
    try (Browser browser = Browser.open(Screen.PHONE)) {
      List<String> asked = journey(browser, ALEX, "alex", true);

      assertThat(asked).contains("weeks_in_care_since_14");
      assertThat(tag(browser, "personal-adviser")).isEqualTo("Maybe");
      assertThat(tag(browser, "trf-free-leisure-centres")).isEqualTo("Yes");
      WebElement settle =
          browser.find(
              By.cssSelector("#result-personal-adviser .to-find-out a[href*='weeks_in_care']"));
      settle.click();
      browser.waitUntil("the weeks question", b -> path(b).endsWith("weeks_in_care_since_14"));
      browser.input("Number of weeks").sendKeys("60");
      browser.find(By.id("continue")).click();
      browser.waitUntil("back to check your answers", b -> path(b).equals("check/answers"));
      browser.find(By.id("see-results")).click();
      browser.waitUntil("the results", b -> path(b).equals("check/results"));
      assertThat(tag(browser, "personal-adviser")).isEqualTo("Yes");
    }
  }

  @Test
  void jessCanDoTheWholeCheckWithTheKeyboardOnly() {
    try (Browser browser = Browser.open(Screen.PHONE).go("")) {
      tabTo(browser, "a#start-now");
      press(browser, Keys.ENTER);
      browser.waitUntil("the first question", b -> path(b).startsWith("check/question/"));
      for (int i = 0; i < 30 && path(browser).startsWith("check/question/"); i++) {
        String id = path(browser).substring("check/question/".length());
        String before = path(browser);
        answerWithKeys(browser, JESS.getOrDefault(id, NOT_SURE));
        browser.waitUntil("the next page after " + id, b -> !path(b).equals(before));
      }
      assertThat(path(browser)).isEqualTo("check/answers");
      tabTo(browser, "#see-results");
      press(browser, Keys.ENTER);
      browser.waitUntil("the results", b -> path(b).equals("check/results"));
      browser.screenshot("keyboard-results-phone");
      assertThat(tag(browser, "personal-adviser")).isEqualTo("Yes");
    }
  }

  @ParameterizedTest
  @EnumSource(
      value = Screen.class,
      names = {"PHONE", "DESKTOP"})
  void theOtherPagesPassAxe(Screen screen) {
    String size = screen.name().toLowerCase(Locale.ROOT);
    try (Browser browser = Browser.open(screen)) {
      for (String page :
          List.of(
              "",
              "councils",
              "councils/LAN",
              "councils/BIR",
              "about",
              "privacy",
              "accessibility")) {
        browser.go(page);
        browser.screenshot(
            "page-" + (page.isEmpty() ? "start" : page.replace('/', '-')) + "-" + size);
        Axe.check(browser);
      }
      browser.go("check");
      browser.find(By.id("continue")).click();
      browser.waitUntil("the error summary", b -> !b.findAll(By.id("error-summary")).isEmpty());
      browser.screenshot("question-error-" + size);
      Axe.check(browser);
    }
  }

  @Test
  void everyPageOfAJourneyPassesAxeOnADesktopToo() {
    try (Browser browser = Browser.open(Screen.DESKTOP)) {
      journey(browser, JESS, "jess-desktop", true);
    }
  }

  @Test
  void nothingScrollsSidewaysAt320Pixels() {
    try (Browser browser = Browser.open(Screen.NARROW_PHONE)) {
      journey(browser, JESS, "jess-320", false);
      assertThat(browser.scrollsSideways()).as("results wider than 320 px").isFalse();
      browser.go("check/question/main_activity");
      assertThat(browser.scrollsSideways()).as("question wider than 320 px").isFalse();
      browser.go("councils/LAN");
      assertThat(browser.scrollsSideways()).as("offer wider than 320 px").isFalse();
    }
  }

  /**
   * From the start page to the results: answers each question the calculator asks ("I'm not sure"
   * where the person has no answer), screenshots every page and runs axe on it if asked.
   */
  private static List<String> journey(
      Browser browser, Map<String, String> person, String name, boolean axe) {
    browser.go("");
    page(browser, name + "-start", axe);
    browser.find(By.id("start-now")).click();
    browser.waitUntil("the first question", b -> path(b).startsWith("check/question/"));
    List<String> asked = new ArrayList<>();
    for (int i = 0; i < 30 && path(browser).startsWith("check/question/"); i++) {
      String id = path(browser).substring("check/question/".length());
      asked.add(id);
      page(browser, name + "-" + (i + 1) + "-" + id, axe);
      answer(browser, person.getOrDefault(id, NOT_SURE));
      browser.waitUntil("the page after " + id, b -> !path(b).endsWith("/" + id));
    }
    assertThat(path(browser)).isEqualTo("check/answers");
    page(browser, name + "-answers", axe);
    browser.find(By.id("see-results")).click();
    browser.waitUntil("the results", b -> path(b).equals("check/results"));
    assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("What you can get");
    page(browser, name + "-results", axe);
    assertThat(browser.consoleErrors()).isEmpty();
    return asked;
  }

  private static void page(Browser browser, String name, boolean axe) {
    browser.screenshot(name);
    if (axe) {
      Axe.check(browser);
    }
  }

  /** Answers the question on screen with the mouse, as most people would. */
  private static void answer(Browser browser, String answer) {
    if (NOT_SURE.equals(answer) && !browser.findAll(By.id("not-sure")).isEmpty()) {
      browser.find(By.id("not-sure")).click();
    } else if (!browser.findAll(By.id("day")).isEmpty()) {
      String[] dmy = answer.split(" ");
      browser.input("Day").sendKeys(dmy[0]);
      browser.input("Month").sendKeys(dmy[1]);
      browser.input("Year").sendKeys(dmy[2]);
      browser.find(By.id("continue")).click();
    } else if (!browser.findAll(By.cssSelector("vaadin-integer-field#answer")).isEmpty()) {
      browser.input("Number of weeks").sendKeys(answer);
      browser.find(By.id("continue")).click();
    } else if (!browser.findAll(By.cssSelector("vaadin-combo-box#answer")).isEmpty()) {
      WebElement input = browser.find(By.cssSelector("vaadin-combo-box#answer input"));
      input.sendKeys(answer);
      browser.waitUntil(
          "the council list", b -> !b.findAll(By.cssSelector("vaadin-combo-box-item")).isEmpty());
      input.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
      browser.waitForVaadin();
      browser.find(By.id("continue")).click();
    } else {
      browser
          .find(
              By.xpath(
                  "//vaadin-radio-button[normalize-space(.//label)="
                      + literal(answer)
                      + "]//label"))
          .click();
      browser.waitForVaadin();
      browser.find(By.id("continue")).click();
    }
    browser.waitForVaadin();
  }

  /** Answers the question on screen with keys only, sent to whatever has the focus. */
  private static void answerWithKeys(Browser browser, String answer) {
    if (NOT_SURE.equals(answer) && !browser.findAll(By.id("not-sure")).isEmpty()) {
      tabTo(browser, "#not-sure");
      press(browser, Keys.ENTER);
    } else if (!browser.findAll(By.id("day")).isEmpty()) {
      String[] dmy = answer.split(" ");
      tabTo(browser, "#day");
      press(browser, dmy[0], Keys.TAB, dmy[1], Keys.TAB, dmy[2]);
      tabTo(browser, "#continue");
      press(browser, Keys.ENTER);
    } else if (!browser.findAll(By.cssSelector("vaadin-integer-field#answer")).isEmpty()) {
      tabTo(browser, "#answer");
      press(browser, answer);
      tabTo(browser, "#continue");
      press(browser, Keys.ENTER);
    } else if (!browser.findAll(By.cssSelector("vaadin-combo-box#answer")).isEmpty()) {
      tabTo(browser, "#answer");
      press(browser, answer);
      browser.waitUntil(
          "the council list", b -> !b.findAll(By.cssSelector("vaadin-combo-box-item")).isEmpty());
      press(browser, Keys.ARROW_DOWN, Keys.ENTER);
      tabTo(browser, "#continue");
      press(browser, Keys.ENTER);
    } else {
      List<String> labels = browser.texts(By.cssSelector("#answer vaadin-radio-button label"));
      int target = labels.indexOf(answer);
      assertThat(target).as("option " + answer + " in " + labels).isNotNegative();
      tabTo(browser, "#answer");
      press(browser, Keys.SPACE);
      for (int i = 0; i < target; i++) {
        press(browser, Keys.ARROW_DOWN);
      }
      tabTo(browser, "#continue");
      press(browser, Keys.ENTER);
    }
    browser.waitForVaadin();
  }

  /** Presses Tab until the focus is in the element that matches (at most 40 times). */
  private static void tabTo(Browser browser, String css) {
    for (int i = 0; i < 40; i++) {
      if (Boolean.TRUE.equals(
          browser.script(
              "var a = document.activeElement; return !!(a && a.closest(arguments[0]));", css))) {
        return;
      }
      press(browser, Keys.TAB);
    }
    throw new AssertionError("Tab never reached " + css);
  }

  private static void press(Browser browser, CharSequence... keys) {
    new Actions(browser.driver()).sendKeys(keys).perform();
    browser.waitForVaadin();
  }

  private static String path(Browser browser) {
    String url = browser.driver().getCurrentUrl();
    String path = url.substring(Product.url().length());
    int q = path.indexOf('?');
    return q < 0 ? path : path.substring(0, q);
  }

  private static String tag(Browser browser, String id) {
    return text(browser, "#result-" + id + " .tag");
  }

  private static String text(Browser browser, String css) {
    return browser.find(By.cssSelector(css)).getText();
  }

  private static String date(LocalDate d) {
    return d.getDayOfMonth() + " " + d.getMonthValue() + " " + d.getYear();
  }

  private static String literal(String text) {
    return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
  }
}
