package uk.careleavers.webui.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The harness itself: a broken page must fail the checks, or a green run means nothing. */
@BrowserTest
class HarnessE2E {

  @Test
  void axeReportsViolationsReadably() {
    try (Browser browser = Browser.open(Screen.PHONE)) {
      browser
          .driver()
          .get("data:text/html,<html><body><img src='x.png'><p>No title</p></body></html>");

      assertThatThrownBy(() -> Axe.check(browser))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("image-alt (critical)")
          .hasMessageContaining("html-has-lang (serious)")
          .hasMessageContaining("document-title (serious)")
          .hasMessageContaining("at [img]");
    }
  }

  @Test
  void viewportIsTheScreenSize() {
    try (Browser browser = Browser.open(Screen.PHONE).go("")) {
      for (Screen screen : Screen.values()) {
        browser.resize(screen);
        assertThat(browser.script("return [window.innerWidth, window.innerHeight]"))
            .as(screen.name())
            .isEqualTo(List.of((long) screen.width, (long) screen.height));
      }
    }
  }
}
