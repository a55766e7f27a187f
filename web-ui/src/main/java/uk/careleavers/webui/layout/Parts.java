package uk.careleavers.webui.layout;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.Location;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Small pieces every page uses, in the GOV.UK pattern's words and markup. */
public final class Parts {
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private Parts() {}

  /** "Back", to a route of this app ("" is the start page). */
  public static Component backLink(String route) {
    Anchor back = new Anchor(route.isEmpty() ? "." : route, "Back");
    back.addClassName("back-link");
    back.setId("back");
    return back;
  }

  /** The box at the top of a page with a mistake: it takes the focus and links to the field. */
  public static Component errorSummary(String message, String fieldId) {
    H2 title = new H2("There is a problem");
    title.setId("error-summary-title");
    Anchor link = new Anchor("#" + fieldId, message);
    link.getElement()
        .executeJs(
            "this.addEventListener('click', function (e) {"
                + " var f = document.getElementById($0);"
                + " if (f) { e.preventDefault(); f.focus(); } })",
            fieldId);
    Div box = new Div(title, new UnorderedList(new ListItem(link)));
    box.addClassName("error-summary");
    box.setId("error-summary");
    box.getElement().setAttribute("role", "alert");
    box.getElement().setAttribute("aria-labelledby", "error-summary-title");
    box.getElement().setAttribute("tabindex", "-1");
    box.addAttachListener(e -> box.getElement().executeJs("this.focus()"));
    return box;
  }

  /**
   * A link to a section of this page. A plain {@code #id} would resolve against the page's base
   * (the start page), so the click scrolls to the section and moves the focus there instead.
   */
  public static Anchor inPageLink(String sectionId, String text) {
    Anchor link = new Anchor("#" + sectionId, text);
    link.setRouterIgnore(true);
    link.getElement()
        .executeJs(
            "this.addEventListener('click', function (e) {"
                + " var s = document.getElementById($0);"
                + " if (s) { e.preventDefault(); s.setAttribute('tabindex', '-1');"
                + " s.scrollIntoView(); s.focus({preventScroll: true}); } })",
            sectionId);
    return link;
  }

  /** What to say when the calculator cannot be reached. Answers given so far are kept. */
  public static Component serviceProblem() {
    Div box =
        new Div(
            new H2("Sorry, there is a problem with the service"),
            new Paragraph(
                "Try again in a few minutes. Your answers so far are kept while this"
                    + " browser window is open."));
    box.addClassName("error-summary");
    box.setId("service-problem");
    box.getElement().setAttribute("role", "alert");
    return box;
  }

  /** A coloured label with words, never colour alone. */
  public static Span tag(String text, String kind) {
    Span tag = new Span(text);
    tag.addClassNames("tag", "tag-" + kind);
    return tag;
  }

  /** Goes to a location of this app, which may carry a query ({@code check/answers?change}). */
  public static void navigate(String location) {
    Location l = new Location(location);
    UI.getCurrent().navigate(l.getPath(), l.getQueryParameters());
  }

  /** The same, for a view that sends the visitor on before it shows. */
  public static void forward(BeforeEvent event, String location) {
    Location l = new Location(location);
    event.forwardTo(l.getPath(), l.getQueryParameters());
  }

  public static String date(LocalDate date) {
    return DATE.format(date);
  }
}
