package uk.careleavers.webui.layout;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.router.RouterLink;
import uk.careleavers.webui.StartView;
import uk.careleavers.webui.councils.CouncilListView;
import uk.careleavers.webui.pages.AboutView;
import uk.careleavers.webui.pages.AccessibilityView;
import uk.careleavers.webui.pages.PrivacyView;

/**
 * Every page: a skip link, the service name, a short menu, one column of content and the footer.
 * Plain HTML elements (styled by {@code styles.css}) so the page stays light on a cheap phone.
 */
public class MainLayout extends Div implements RouterLayout {
  private static final long serialVersionUID = 1L;

  private final Main main = new Main();

  public MainLayout() {
    addClassName("page");
    Anchor skip = new Anchor("#main", "Skip to main content");
    skip.addClassName("skip-link");

    RouterLink name = new RouterLink("Care leaver entitlements", StartView.class);
    name.addClassName("service-name");
    UnorderedList menu =
        new UnorderedList(
            item(new RouterLink("Council offers", CouncilListView.class)),
            item(new RouterLink("About", AboutView.class)));
    Nav nav = new Nav(menu);
    nav.getElement().setAttribute("aria-label", "Menu");
    Div headerRow = new Div(name, nav);
    headerRow.addClassName("container");
    Header header = new Header(headerRow);
    header.addClassName("app-header");

    Paragraph banner =
        new Paragraph(
            new Span("Beta"),
            new Span(" A new service. Council offers shown are examples from past reports."));
    banner.addClassName("phase-banner");
    Div bannerRow = new Div(banner);
    bannerRow.addClassName("container");

    main.setId("main");
    main.addClassName("container");
    main.getElement().setAttribute("tabindex", "-1");

    UnorderedList links =
        new UnorderedList(
            item(new RouterLink("About this service", AboutView.class)),
            item(new RouterLink("Privacy", PrivacyView.class)),
            item(new RouterLink("Accessibility statement", AccessibilityView.class)));
    Paragraph licence =
        new Paragraph(
            "Council register: Office for National Statistics and Ministry of Housing,"
                + " Communities and Local Government data under the Open Government Licence v3.0.");
    Nav footerNav = new Nav(links);
    footerNav.getElement().setAttribute("aria-label", "Footer");
    Div footerRow = new Div(footerNav, licence);
    footerRow.addClassName("container");
    Footer footer = new Footer(footerRow);
    footer.addClassName("app-footer");

    add(skip, header, bannerRow, main, footer);
  }

  private static ListItem item(Component link) {
    return new ListItem(link);
  }

  @Override
  public void showRouterLayoutContent(HasElement content) {
    main.getElement().removeAllChildren();
    if (content != null) {
      main.getElement().appendChild(content.getElement());
    }
  }
}
