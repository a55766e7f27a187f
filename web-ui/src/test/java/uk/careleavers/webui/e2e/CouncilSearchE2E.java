package uk.careleavers.webui.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;

/** Smoke test of the council search in a real browser against the real backend. */
@BrowserTest
class CouncilSearchE2E {

  @ParameterizedTest
  @EnumSource(
      value = Screen.class,
      names = {"PHONE", "DESKTOP"})
  void findsACouncilBySearching(Screen screen) {
    try (Browser browser = Browser.open(screen).go("councils")) {
      assertThat(browser.find(By.tagName("h1")).getText())
          .isEqualTo("What councils offer care leavers");
      browser.screenshot("councils-" + screen.name().toLowerCase(Locale.ROOT));
      Axe.check(browser);

      browser.type("Search for your council", "lanc");

      // Counted in the page: the list is re-rendered under Selenium's feet while it narrows.
      browser.waitUntil(
          "the list to narrow",
          b ->
              ((Number) b.script("return document.querySelectorAll('#councils li').length;"))
                      .intValue()
                  < 20);
      assertThat(browser.texts(By.cssSelector("#councils li a")))
          .contains("Lancashire (North West)")
          .allMatch(name -> name.toLowerCase(Locale.ROOT).contains("lanc"));
      assertThat(browser.texts(By.cssSelector("#councils li")))
          .contains("Lancashire (North West) Offer here");
      browser.screenshot("councils-search-" + screen.name().toLowerCase(Locale.ROOT));
      Axe.check(browser);
      assertThat(browser.consoleErrors()).isEmpty();
    }
  }

  @Test
  void doesNotScrollSidewaysAt320Pixels() {
    try (Browser browser = Browser.open(Screen.NARROW_PHONE).go("")) {
      assertThat(browser.scrollsSideways()).as("page wider than 320 px").isFalse();
    }
  }
}
