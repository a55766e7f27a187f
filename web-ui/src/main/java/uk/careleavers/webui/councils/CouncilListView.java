package uk.careleavers.webui.councils;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.util.List;
import java.util.Locale;
import uk.careleavers.client.ApiException;
import uk.careleavers.client.model.Council;
import uk.careleavers.webui.api.Backend;

/** The home page for now: the councils that look after children and care leavers. */
@Route("")
@PageTitle("Care leaver entitlements")
public class CouncilListView extends VerticalLayout {
  private static final long serialVersionUID = 1L;

  private final UnorderedList list = new UnorderedList();
  private final List<Council> councils;

  public CouncilListView() {
    setMaxWidth("40rem");
    add(new H1("What you can get when you leave care"));
    add(
        new Paragraph(
            "Every council in England that looks after children has to tell care leavers what"
                + " help it offers. Find yours below."));
    councils = load();
    if (councils == null) {
      add(new Paragraph("Sorry, we cannot load the list of councils just now. Try again soon."));
      return;
    }
    TextField filter = new TextField("Search for your council");
    filter.setValueChangeMode(ValueChangeMode.EAGER);
    filter.setClearButtonVisible(true);
    filter.addValueChangeListener(e -> show(e.getValue()));
    list.setId("councils");
    add(new H2("Councils that look after children"), filter, list);
    show("");
  }

  private void show(String text) {
    String needle = text.trim().toLowerCase(Locale.ROOT);
    list.removeAll();
    councils.stream()
        .filter(c -> c.getName().toLowerCase(Locale.ROOT).contains(needle))
        .forEach(c -> list.add(new ListItem(c.getName() + " (" + c.getRegion() + ")")));
  }

  private static List<Council> load() {
    try {
      return Backend.councils().listCouncils(null, null, true, 0, 400).getItems();
    } catch (ApiException e) {
      return null;
    }
  }
}
