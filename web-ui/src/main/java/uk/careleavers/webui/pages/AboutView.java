package uk.careleavers.webui.pages;

import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import uk.careleavers.webui.layout.MainLayout;

/** What the service is, where its answers come from and what it cannot do. */
@Route(value = "about", layout = MainLayout.class)
@PageTitle("About this service - Check what you can get")
public class AboutView extends TextPage {
  private static final long serialVersionUID = 1L;

  public AboutView() {
    super("About this service");
    p(
        "This service tells young people leaving care in England what they can get: the help the"
            + " law gives every care leaver, and what their council offers on top.");
    h2("Where the answers come from");
    p(
        "The answers come from the law (like the Children Act 1989 and the Children and Social"
            + " Work Act 2017), from government guidance and national schemes, and from the local"
            + " offers councils publish. Each result says where it comes from.");
    p(
        "The council offers shown today are examples taken from councils' published reports. They"
            + " show what a council said it offered at that time, not what it offers now.");
    h2("What it cannot do");
    p(
        "It cannot decide for you. Your council, college or the Jobcentre makes the decision. If"
            + " the result says \"maybe\", it tells you what it needs to know, or who decides.");
    p(
        "If you think something is wrong, ask your Personal Adviser or the leaving care team of the"
            + " council that looked after you.");
  }
}
