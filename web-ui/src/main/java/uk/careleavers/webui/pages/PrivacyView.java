package uk.careleavers.webui.pages;

import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import uk.careleavers.webui.layout.MainLayout;

/** What happens to the answers: nothing is kept. */
@Route(value = "privacy", layout = MainLayout.class)
@PageTitle("Privacy - Check what you can get")
public class PrivacyView extends TextPage {
  private static final long serialVersionUID = 1L;

  public PrivacyView() {
    super("Privacy");
    p("You do not need an account, and we do not ask for your name.");
    h2("Your answers");
    p(
        "Your answers are kept only while you use the service, in this browser's visit. They are"
            + " not saved in a database, and they are not put in the web address. They are"
            + " forgotten when you choose \"Start again\", or about 30 minutes after you close"
            + " this page.");
    p(
        "To work out your results, your answers are sent to our calculator. It does not keep them"
            + " either.");
    h2("Cookies");
    p(
        "We use one cookie that is needed for the service to work. It links your browser to your"
            + " answers while you use the service. It is deleted when you close your browser. We do"
            + " not use cookies to track you or for advertising.");
    h2("Other websites");
    p("This service does not load anything from other websites: no fonts, no trackers.");
  }
}
