package uk.careleavers.webui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.careleavers.webui.testing.ViewTest;

class StartViewTest extends ViewTest {

  @Test
  void saysWhatTheServiceDoesAndThatNothingIsKept() {
    go("");

    assertThat(_get(H1.class).getText()).isEqualTo("Check what you can get when you leave care");
    assertThat(_find(Paragraph.class))
        .extracting(Paragraph::getText)
        .anyMatch(t -> t.contains("aged 16 to 25"))
        .anyMatch(t -> t.startsWith("You do not need an account. We do not keep your answers"));
    assertThat(_get(RouterLink.class, spec -> spec.withText("Start now")).getHref())
        .isEqualTo("check");
  }

  @Test
  void listsTheCouncilsWhoseOffersAreHere() {
    go("");

    List<RouterLink> offers =
        _find(_get(UnorderedList.class, spec -> spec.withId("published-offers")), RouterLink.class);
    assertThat(offers)
        .extracting(RouterLink::getText)
        .contains("Lancashire", "Manchester", "North Somerset", "Trafford")
        .doesNotContain("Birmingham");
    assertThat(offers)
        .filteredOn(link -> link.getText().equals("Lancashire"))
        .extracting(RouterLink::getHref)
        .containsExactly("councils/LAN");
    assertThat(_get(RouterLink.class, spec -> spec.withText("Find your council")).getHref())
        .isEqualTo("councils");
  }

  @Test
  void answersAreForgottenHalfAnHourAfterTheLastRequest() {
    go("");

    assertThat(VaadinSession.getCurrent().getSession().getMaxInactiveInterval()).isEqualTo(30 * 60);
  }

  @Test
  void theAboutPrivacyAndAccessibilityPagesAreThere() {
    go("about");
    assertThat(_get(H1.class).getText()).isEqualTo("About this service");
    go("privacy");
    assertThat(_get(H1.class).getText()).isEqualTo("Privacy");
    assertThat(_find(Paragraph.class))
        .extracting(Paragraph::getText)
        .anyMatch(t -> t.contains("not saved in a database"));
    go("accessibility");
    assertThat(_get(H1.class).getText()).isEqualTo("Accessibility statement");
  }
}
