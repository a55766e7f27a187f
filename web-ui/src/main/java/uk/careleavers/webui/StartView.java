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
import uk.careleavers.webui.check.StartCheck;
import uk.careleavers.webui.councils.CouncilListView;
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
    Paragraph offers = new Paragraph("You can also ");
    offers.add(new RouterLink("read what each council offers care leavers", CouncilListView.class));
    offers.add(".");
    add(offers);
  }
}
