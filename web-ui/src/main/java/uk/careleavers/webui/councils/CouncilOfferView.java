package uk.careleavers.webui.councils;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.careleavers.client.ApiException;
import uk.careleavers.client.model.Council;
import uk.careleavers.client.model.LocalOffer;
import uk.careleavers.client.model.LocalOfferItem;
import uk.careleavers.client.model.OfferConditions;
import uk.careleavers.webui.api.Backend;
import uk.careleavers.webui.api.Catalogue;
import uk.careleavers.webui.layout.MainLayout;
import uk.careleavers.webui.layout.Parts;

/** One council's published local offer, by category. */
@Route(value = "councils", layout = MainLayout.class)
public class CouncilOfferView extends Div implements HasUrlParameter<String>, HasDynamicTitle {
  private static final long serialVersionUID = 1L;

  private static final Map<LocalOfferItem.CategoryEnum, String> CATEGORIES = categories();

  private String title = "Council offer";

  private static Map<LocalOfferItem.CategoryEnum, String> categories() {
    Map<LocalOfferItem.CategoryEnum, String> m = new LinkedHashMap<>();
    m.put(LocalOfferItem.CategoryEnum.MONEY, "Money");
    m.put(LocalOfferItem.CategoryEnum.HOUSING, "Housing");
    m.put(LocalOfferItem.CategoryEnum.EDUCATION_AND_WORK, "Education and work");
    m.put(LocalOfferItem.CategoryEnum.HEALTH_AND_WELLBEING, "Health and wellbeing");
    m.put(LocalOfferItem.CategoryEnum.RELATIONSHIPS, "Relationships");
    m.put(LocalOfferItem.CategoryEnum.PARTICIPATION, "Having your say");
    m.put(LocalOfferItem.CategoryEnum.RIGHTS_AND_ADVICE, "Your rights and advice");
    return m;
  }

  @Override
  public void setParameter(BeforeEvent event, String code) {
    removeAll();
    add(Parts.backLink("councils"));
    Optional<Council> council;
    try {
      council = Catalogue.get().council(code);
    } catch (ApiException e) {
      add(Parts.serviceProblem());
      return;
    }
    if (council.isEmpty()) {
      title = "Council not found";
      add(new H1("We cannot find that council"));
      add(new Paragraph("Go back and search for the council by its name."));
      return;
    }
    String name = council.get().getName();
    title = name + ": help for care leavers";
    add(new H1(title));
    LocalOffer offer;
    try {
      offer = Backend.localOffers().getLocalOffer(code, null);
    } catch (ApiException e) {
      if (e.getCode() == 404) {
        add(
            new Paragraph(
                name
                    + " has not published its local offer in this service yet. Look on the"
                    + " council's website, or ask your Personal Adviser for a copy."));
      } else {
        add(Parts.serviceProblem());
      }
      return;
    }
    Paragraph published =
        new Paragraph(
            "Published "
                + Parts.date(offer.getPublished())
                + " (version "
                + offer.getVersion()
                + ").");
    published.addClassName("caption");
    add(published);
    if (offer.getNote() != null) {
      Paragraph note = new Paragraph(offer.getNote());
      note.addClassName("inset");
      add(note);
    }
    CATEGORIES.forEach(
        (category, heading) -> {
          List<LocalOfferItem> items =
              offer.getItems().stream().filter(i -> i.getCategory() == category).toList();
          if (!items.isEmpty()) {
            Section section = new Section(new H2(heading));
            section.setId("category-" + category.getValue());
            items.forEach(i -> section.add(item(i)));
            add(section);
          }
        });
  }

  private static Component item(LocalOfferItem i) {
    Article card = new Article();
    card.addClassName("result");
    card.setId("item-" + i.getId());
    card.add(new H3(i.getTitle()));
    if (i.getAmount() != null) {
      Paragraph amount = new Paragraph("Amount: " + i.getAmount().getText());
      amount.addClassName("amount");
      card.add(amount);
    }
    card.add(new Paragraph(i.getDescription()));
    card.add(new Paragraph("Who can get it: " + whoFor(i.getConditions())));
    card.add(new Paragraph("Who gives it: " + i.getProvider().getName()));
    card.add(new Paragraph("How to get it: " + i.getHowToClaim()));
    return card;
  }

  private static String whoFor(OfferConditions c) {
    StringBuilder s =
        new StringBuilder(
            c.getScope() == OfferConditions.ScopeEnum.RESIDENTS
                ? "care leavers who live in the area"
                : "care leavers this council looked after");
    if (c.getMinAge() != null && c.getUnderAge() != null) {
      s.append(", aged ").append(c.getMinAge()).append(" to ").append(c.getUnderAge() - 1);
    } else if (c.getMinAge() != null) {
      s.append(", aged ").append(c.getMinAge()).append(" or older");
    } else if (c.getUnderAge() != null) {
      s.append(", under ").append(c.getUnderAge());
    }
    if (c.getDecidedBy() != null) {
      s.append(". ").append(c.getDecidedBy());
    }
    String text = s.toString();
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  @Override
  public String getPageTitle() {
    return title + " - Check what you can get";
  }
}
