package uk.careleavers.webui.testing;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** A browserless view test (Karibu-Testing) against the real backend. */
public abstract class ViewTest {
  private static final Routes ROUTES = new Routes().autoDiscoverViews("uk.careleavers.webui");

  @BeforeAll
  static void startBackend() {
    RealBackend.start();
  }

  @BeforeEach
  void setUpVaadin() {
    MockVaadin.setup(ROUTES);
  }

  @AfterEach
  void tearDownVaadin() {
    MockVaadin.tearDown();
  }

  /** The path of the view on screen, e.g. {@code check/question/date_of_birth}. */
  protected static String path() {
    return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
  }

  /** Goes to a route, as a link would. */
  protected static void go(String route) {
    uk.careleavers.webui.layout.Parts.navigate(route);
  }
}
