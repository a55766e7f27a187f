package uk.careleavers.webui.councils;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.careleavers.webui.testing.ViewTest;

/** The council offers browser against the real backend and its published offers. */
class CouncilListViewTest extends ViewTest {

  @Test
  void listsEveryCouncilThatLooksAfterChildren() {
    go("councils");

    assertThat(shown()).hasSize(153).contains("Lancashire (North West)", "Manchester (North West)");
    assertThat(shown()).noneMatch(text -> text.startsWith("Lancaster"));
    assertThat(_get(Paragraph.class, spec -> spec.withId("council-count")).getText())
        .isEqualTo("153 councils");
  }

  @Test
  void councilsWhoseOfferIsHereAreMarked() {
    go("councils");

    assertThat(marked()).contains("Lancashire (North West)", "Manchester (North West)");
    assertThat(marked()).doesNotContain("Birmingham (West Midlands)");
  }

  @Test
  void searchNarrowsTheList() {
    go("councils");

    _get(TextField.class, spec -> spec.withLabel("Search for your council")).setValue("somerset");

    assertThat(shown())
        .containsExactly(
            "Bath and North East Somerset (South West)",
            "North Somerset (South West)",
            "Somerset (South West)");
    assertThat(
            _get(RouterLink.class, spec -> spec.withText("North Somerset (South West)")).getHref())
        .isEqualTo("councils/NSM");
  }

  @Test
  void aPublishedOfferIsShownByCategoryWithItsDate() {
    go("councils/LAN");

    assertThat(_get(H1.class).getText()).isEqualTo("Lancashire: help for care leavers");
    assertThat(_find(Paragraph.class))
        .extracting(Paragraph::getText)
        .anyMatch(t -> t.startsWith("Published 18 January 2017"))
        .anyMatch(t -> t.startsWith("This is an example."));
    List<String> categories = _find(H2.class).stream().map(H2::getText).toList();
    assertThat(categories).contains("Housing", "Education and work", "Having your say");
    assertThat(_get(Section.class, spec -> spec.withId("category-housing")))
        .satisfies(
            s ->
                assertThat(_find(s, H3.class))
                    .extracting(H3::getText)
                    .contains("Staying Put: money for your foster carers so you can stay"));
    assertThat(_find(Paragraph.class))
        .extracting(Paragraph::getText)
        .contains("Who can get it: Care leavers this council looked after, aged 18 to 20");
  }

  @Test
  void aCouncilWithoutAnOfferSaysSo() {
    go("councils/BIR");

    assertThat(_get(H1.class).getText()).isEqualTo("Birmingham: help for care leavers");
    assertThat(_find(Paragraph.class))
        .extracting(Paragraph::getText)
        .anyMatch(t -> t.startsWith("Birmingham has not published its local offer"));
  }

  /** The councils listed with the "Offer here" tag. */
  private static List<String> marked() {
    return listed().stream()
        .filter(item -> !_find(item, Span.class, spec -> spec.withText("Offer here")).isEmpty())
        .map(item -> _get(item, RouterLink.class).getText())
        .toList();
  }

  private static List<String> shown() {
    return listed().stream().map(item -> _get(item, RouterLink.class).getText()).toList();
  }

  private static List<ListItem> listed() {
    return _find(_get(UnorderedList.class, spec -> spec.withId("councils")), ListItem.class);
  }
}
