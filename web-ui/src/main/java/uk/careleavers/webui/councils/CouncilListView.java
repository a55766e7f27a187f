package uk.careleavers.webui.councils;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.Locale;
import uk.careleavers.client.ApiException;
import uk.careleavers.client.model.Council;
import uk.careleavers.webui.api.Backend;
import uk.careleavers.webui.layout.MainLayout;
import uk.careleavers.webui.layout.Parts;

/** Find a council that looks after children and care leavers, and read its local offer. */
@Route(value = "councils", layout = MainLayout.class)
@PageTitle("What councils offer care leavers - Check what you can get")
public class CouncilListView extends Div {
  private static final long serialVersionUID = 1L;

  private final UnorderedList list = new UnorderedList();
  private final Paragraph count = new Paragraph();
  private List<Council> councils;

  public CouncilListView() {
    add(new H1("What councils offer care leavers"));
    add(
        new Paragraph(
            "Every council in England that looks after children has to publish what help it"
                + " offers care leavers. This is called its local offer. Find your council."));
    try {
      // Asked for on every visit, not cached: a council can publish its offer at any time.
      councils = Backend.councils().listCouncils(null, null, true, null, 0, 400).getItems();
    } catch (ApiException e) {
      add(Parts.serviceProblem());
      return;
    }
    TextField filter = new TextField("Search for your council");
    filter.setId("council-search");
    filter.addClassName("council-input");
    filter.setHelperText("For example, Lancashire or Manchester");
    filter.setValueChangeMode(ValueChangeMode.LAZY);
    filter.setClearButtonVisible(true);
    filter.addValueChangeListener(e -> show(e.getValue()));
    list.setId("councils");
    list.addClassName("council-list");
    count.setId("council-count");
    count.getElement().setAttribute("aria-live", "polite");
    add(filter, count, list);
    show("");
  }

  private void show(String text) {
    String needle = text.trim().toLowerCase(Locale.ROOT);
    list.removeAll();
    List<Council> shown =
        councils.stream()
            .filter(c -> c.getName().toLowerCase(Locale.ROOT).contains(needle))
            .toList();
    shown.forEach(
        c -> {
          ListItem item =
              new ListItem(
                  new RouterLink(
                      c.getName() + " (" + c.getRegion() + ")",
                      CouncilOfferView.class,
                      c.getCode()));
          if (c.getLocalOfferVersion() != null) {
            item.add(new Text(" "), Parts.tag("Offer here", "yes"));
          }
          list.add(item);
        });
    count.setText(shown.size() == 1 ? "1 council" : shown.size() + " councils");
  }
}
