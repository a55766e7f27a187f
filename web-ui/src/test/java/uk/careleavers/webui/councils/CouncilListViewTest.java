package uk.careleavers.webui.councils;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The home page against the real backend (started in-process on a throw-away database). */
class CouncilListViewTest {
  private static EmbeddedServer backend;

  @BeforeAll
  static void startBackend() {
    backend =
        ApplicationContext.run(
            EmbeddedServer.class,
            Map.of("micronaut.server.port", -1, "embedded-postgres.data-directory", ""));
    System.setProperty("API_URL", backend.getURL().toString());
  }

  @AfterAll
  static void stopBackend() {
    System.clearProperty("API_URL");
    backend.close();
  }

  @BeforeEach
  void setUpVaadin() {
    MockVaadin.setup(new Routes().autoDiscoverViews("uk.careleavers.webui"));
    UI.getCurrent().navigate(CouncilListView.class);
  }

  @AfterEach
  void tearDownVaadin() {
    MockVaadin.tearDown();
  }

  @Test
  void listsEveryCouncilThatLooksAfterChildren() {
    assertThat(shown()).hasSize(153).contains("Lancashire (North West)", "Manchester (North West)");
    assertThat(shown()).noneMatch(text -> text.startsWith("Lancaster"));
  }

  @Test
  void searchNarrowsTheList() {
    _get(TextField.class, spec -> spec.withLabel("Search for your council")).setValue("somerset");

    assertThat(shown())
        .containsExactly(
            "Bath and North East Somerset (South West)",
            "North Somerset (South West)",
            "Somerset (South West)");
  }

  private static List<String> shown() {
    UnorderedList list = _get(UnorderedList.class, spec -> spec.withId("councils"));
    return list.getChildren()
        .map(Component.class::cast)
        .map(c -> ((ListItem) c).getText())
        .toList();
  }
}
