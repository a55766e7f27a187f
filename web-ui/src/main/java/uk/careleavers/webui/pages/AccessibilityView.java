package uk.careleavers.webui.pages;

import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import uk.careleavers.webui.layout.MainLayout;

/** The accessibility statement. */
@Route(value = "accessibility", layout = MainLayout.class)
@PageTitle("Accessibility statement - Check what you can get")
public class AccessibilityView extends TextPage {
  private static final long serialVersionUID = 1L;

  public AccessibilityView() {
    super("Accessibility statement");
    p(
        "We want as many people as possible to be able to use this service. You should be able"
            + " to:");
    add(
        new com.vaadin.flow.component.html.UnorderedList(
            new com.vaadin.flow.component.html.ListItem(
                "zoom in up to 400% without the text" + " spilling off the screen"),
            new com.vaadin.flow.component.html.ListItem("use it on a small phone screen"),
            new com.vaadin.flow.component.html.ListItem("get through it using just a keyboard"),
            new com.vaadin.flow.component.html.ListItem("use it with a screen reader")));
    h2("How accessible this service is");
    p(
        "We test every page with automated checks (axe-core) for the Web Content Accessibility"
            + " Guidelines version 2.2, levels A and AA, on a phone-sized and a desktop-sized"
            + " screen, and we test a full check using only a keyboard.");
    p(
        "We have not yet had the service tested by disabled users or by an accessibility"
            + " auditor. Until we have, we cannot say it fully meets the guidelines.");
    h2("If you find a problem");
    p(
        "Tell your Personal Adviser or the leaving care team of your council, and ask them to"
            + " tell us. We will fix problems as soon as we can.");
  }
}
