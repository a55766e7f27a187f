package uk.careleavers.webui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import uk.careleavers.client.ApiException;
import uk.careleavers.client.model.Council;
import uk.careleavers.webui.api.Backend;
import uk.careleavers.webui.check.StartCheck;
import uk.careleavers.webui.councils.CouncilListView;
import uk.careleavers.webui.councils.CouncilOfferView;
import uk.careleavers.webui.layout.MainLayout;

/** The start page: what the service does, who it is for, and "Start now". */
@Route(value = "", layout = MainLayout.class)
@PageTitle("Check what you can get when you leave care")
public class StartView extends Div {
  private static final long serialVersionUID = 1L;

  public StartView() {
    add(new H1("Check what you can get when you leave care"));
    add(
        new Paragraph(
            "Use this service to find out what help you can get from the law and from your"
                + " council if you are leaving care, or have left care, in England."));
    add(new Paragraph("You can find out about:"));
    add(
        new UnorderedList(
            new ListItem("money, like the grant to set up your first home and bursaries"),
            new ListItem("housing, like staying with your foster carers after 18"),
            new ListItem("education and work"),
            new ListItem("your Personal Adviser, up to age 25"),
            new ListItem("what your council offers care leavers")));
    add(
        new Paragraph(
            "It is for young people aged 16 to 25 who are in care or have been in care. It takes"
                + " about 2 minutes."));
    RouterLink start = new RouterLink("Start now", StartCheck.class);
    start.addClassName("button-start");
    start.setId("start-now");
    add(start);
    add(new H2("Before you start"));
    add(
        new Paragraph(
            "You do not need an account. We do not keep your answers: they are forgotten when you"
                + " choose \"Start again\", or soon after you close this page."));
    add(
        new Paragraph(
            "If you are not sure about an answer, you can say so. We will tell you what might"
                + " apply and who to ask."));
    add(new H2("What councils offer care leavers"));
    add(
        new Paragraph(
            "Every council that looks after children has to publish what it offers care"
                + " leavers. This is called its local offer. Your results include your council's"
                + " offer if it is here."));
    publishedOffers();
    Paragraph all = new Paragraph();
    all.add(new RouterLink("Find your council", CouncilListView.class));
    add(all);
  }

  /**
   * The councils whose offers are on the service, asked for on every visit: a council can publish
   * at any time. Without the backend the page still works; only this list is left out.
   */
  private void publishedOffers() {
    List<Council> published;
    try {
      published = Backend.councils().listCouncils(null, null, true, true, 0, 400).getItems();
    } catch (ApiException e) {
      return;
    }
    if (published.isEmpty()) {
      return;
    }
    add(new Paragraph("You can read these councils' offers here:"));
    UnorderedList list = new UnorderedList();
    list.setId("published-offers");
    published.forEach(
        c ->
            list.add(
                new ListItem(new RouterLink(c.getName(), CouncilOfferView.class, c.getCode()))));
    add(list);
  }
}
