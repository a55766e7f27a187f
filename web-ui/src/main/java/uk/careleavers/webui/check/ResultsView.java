package uk.careleavers.webui.check;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import uk.careleavers.client.ApiException;
import uk.careleavers.client.model.EligibilityCheckResult;
import uk.careleavers.client.model.LocalOfferReference;
import uk.careleavers.client.model.Outcome;
import uk.careleavers.client.model.Status;
import uk.careleavers.client.model.Theme;
import uk.careleavers.client.model.TimelineEntry;
import uk.careleavers.webui.api.Catalogue;
import uk.careleavers.webui.layout.MainLayout;
import uk.careleavers.webui.layout.Parts;

/**
 * The calculator's answer, grouped as a young person thinks about it: yes and maybe first, then
 * what is coming, then what changes when. Every word of a result comes from the API.
 */
@Route(value = "check/results", layout = MainLayout.class)
@PageTitle("What you can get - Check what you can get")
public class ResultsView extends Div implements BeforeEnterObserver {
  private static final long serialVersionUID = 1L;

  /** The five groups of the page, in order, with the API themes each holds. */
  private enum Group {
    MONEY("Money", EnumSet.of(Theme.MONEY)),
    HOUSING("Housing", EnumSet.of(Theme.HOUSING)),
    EDUCATION("Education and work", EnumSet.of(Theme.EDUCATION_AND_WORK)),
    HEALTH("Health and wellbeing", EnumSet.of(Theme.HEALTH_AND_WELLBEING)),
    SUPPORT(
        "Support and advice",
        EnumSet.of(Theme.SUPPORT_AND_ADVICE, Theme.RELATIONSHIPS, Theme.PARTICIPATION));

    final String title;
    final Set<Theme> themes;

    Group(String title, Set<Theme> themes) {
      this.title = title;
      this.themes = themes;
    }

    String id() {
      return "group-" + name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  private Catalogue catalogue;

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    removeAll();
    Answers answers = Answers.current();
    if (answers.isEmpty()) {
      event.forwardTo(StartCheck.class);
      return;
    }
    EligibilityCheckResult result;
    try {
      catalogue = Catalogue.get();
      result = new Journey(catalogue, answers).result();
    } catch (Journey.AnswerProblem p) {
      Parts.forward(event, QuestionView.fix(p).map(q -> q + "?change").orElse(Journey.ANSWERS));
      return;
    } catch (ApiException e) {
      add(Parts.serviceProblem());
      return;
    }
    show(result);
  }

  private void show(EligibilityCheckResult result) {
    add(Parts.backLink(Journey.ANSWERS));
    add(new H1("What you can get"));
    List<Outcome> now = result.getOutcomes().stream().filter(o -> !o.getComing()).toList();
    long yes = now.stream().filter(o -> o.getStatus() == Status.ELIGIBLE).count();
    long maybe = now.stream().filter(o -> o.getStatus() == Status.MAYBE).count();
    Paragraph summary =
        new Paragraph(
            "From your answers, on "
                + Parts.date(result.getAsOf())
                + ", you can get "
                + count(yes)
                + (maybe > 0 ? ". " + capital(count(maybe)) + " might also be possible." : "."));
    summary.addClassName("lead");
    summary.setId("summary");
    add(summary);
    add(new Paragraph(result.getCategory().getExplanation()));
    for (String note : result.getNotes()) {
      Paragraph p = new Paragraph(note);
      p.addClassName("inset");
      add(p);
    }
    add(contents());
    for (Group g : Group.values()) {
      add(group(g, now));
    }
    add(coming(result.getOutcomes()));
    add(timeline(result.getTimeline()));
    RouterLink change = new RouterLink("Check or change your answers", CheckAnswersView.class);
    change.setId("change-answers");
    Div actions = new Div(change, CheckAnswersView.startAgain());
    actions.addClassName("actions");
    add(actions);
  }

  private static Component contents() {
    UnorderedList list = new UnorderedList();
    for (Group g : Group.values()) {
      list.add(new ListItem(Parts.inPageLink(g.id(), g.title)));
    }
    list.add(new ListItem(Parts.inPageLink("coming", "Coming in the future")));
    list.add(new ListItem(Parts.inPageLink("timeline", "What changes when")));
    Div nav = new Div(new Paragraph("On this page:"), list);
    nav.addClassName("contents");
    return nav;
  }

  private Component group(Group g, List<Outcome> now) {
    Section section = new Section();
    section.setId(g.id());
    H2 heading = new H2(g.title);
    section.add(heading);
    List<Outcome> here =
        now.stream()
            .filter(o -> g.themes.contains(o.getTheme()))
            .sorted(Comparator.comparing(o -> o.getStatus().ordinal()))
            .toList();
    List<Outcome> open = here.stream().filter(o -> o.getStatus() != Status.NOT_ELIGIBLE).toList();
    List<Outcome> no = here.stream().filter(o -> o.getStatus() == Status.NOT_ELIGIBLE).toList();
    if (open.isEmpty()) {
      section.add(new Paragraph("Nothing in this group from your answers."));
    }
    open.forEach(o -> section.add(card(o)));
    if (!no.isEmpty()) {
      Div closed = new Div();
      no.forEach(o -> closed.add(card(o)));
      NativeDetails details =
          new NativeDetails("What you cannot get now (" + no.size() + ")", closed);
      details.addClassName("details");
      section.add(details);
    }
    return section;
  }

  private Component card(Outcome o) {
    Article card = new Article();
    card.addClassNames(
        "result", "result-" + o.getStatus().getValue().toLowerCase(java.util.Locale.ROOT));
    card.setId("result-" + o.getId());
    H3 title = new H3(o.getTitle());
    card.add(title, statusTag(o.getStatus(), false));
    if (o.getAmount() != null && o.getStatus() != Status.NOT_ELIGIBLE) {
      Paragraph amount = new Paragraph("Amount: " + o.getAmount().getText());
      amount.addClassName("amount");
      card.add(amount);
    }
    card.add(new Paragraph(o.getSummary()));
    if (o.getLocalOffer() != null) {
      card.add(localOffer(o.getLocalOffer()));
    }
    if (Boolean.TRUE.equals(o.getOnRequest())) {
      card.add(new Paragraph("You need to ask for this."));
    }
    if (o.getStatus() == Status.MAYBE) {
      card.add(toFindOut(o));
    }
    Paragraph what = new Paragraph();
    Span label = new Span("What to do: ");
    label.addClassName("label");
    what.add(label, new Span(o.getWhatToDo()));
    card.add(what);
    card.add(why(o));
    return card;
  }

  private static Component statusTag(Status status, boolean whenInForce) {
    return switch (status) {
      case ELIGIBLE -> Parts.tag(whenInForce ? "Would apply to you" : "Yes", "yes");
      case MAYBE -> Parts.tag(whenInForce ? "Might apply to you" : "Maybe", "maybe");
      case NOT_ELIGIBLE -> Parts.tag(whenInForce ? "Would not apply to you" : "No, not now", "no");
    };
  }

  private static Component localOffer(LocalOfferReference ref) {
    String text =
        "From "
            + ref.getCouncilName()
            + "'s local offer, published "
            + Parts.date(ref.getPublished());
    Paragraph p =
        new Paragraph(
            text
                + (Boolean.TRUE.equals(ref.getExample())
                    ? ". This is an example from a past report, not today's offer."
                    : "."));
    p.addClassName("local");
    return p;
  }

  private Component toFindOut(Outcome o) {
    Div box = new Div();
    box.addClassName("to-find-out");
    List<ListItem> questions = new ArrayList<>();
    o.getMissing()
        .forEach(
            fact ->
                catalogue
                    .questionFor(fact)
                    .ifPresent(
                        q ->
                            questions.add(
                                new ListItem(
                                    new Anchor(
                                        QuestionView.route(q.getId()) + "?change", q.getText())))));
    if (!questions.isEmpty()) {
      box.add(new Paragraph("To find out, answer:"));
      box.add(new UnorderedList(questions.toArray(ListItem[]::new)));
    }
    if (!o.getWaitsOn().isEmpty()) {
      box.add(new Paragraph("Someone else decides:"));
      UnorderedList list = new UnorderedList();
      o.getWaitsOn().forEach(w -> list.add(new ListItem(w)));
      box.add(list);
    }
    return box;
  }

  private static Component why(Outcome o) {
    Div body = new Div();
    UnorderedList reasons = new UnorderedList();
    o.getReasons().forEach(r -> reasons.add(new ListItem(r)));
    body.add(reasons);
    if (o.getProvider() != null) {
      body.add(new Paragraph("Who gives it: " + o.getProvider()));
    }
    body.add(new Paragraph("Where this comes from: " + o.getLegalBasis()));
    NativeDetails details = new NativeDetails("Why, and where this comes from", body);
    details.addClassName("details");
    return details;
  }

  private Component coming(List<Outcome> outcomes) {
    Section section = new Section();
    section.setId("coming");
    section.add(new H2("Coming in the future"));
    section.add(
        new Paragraph("These are new laws or government plans. You cannot ask for them yet."));
    List<Outcome> coming = outcomes.stream().filter(Outcome::getComing).toList();
    for (Outcome o : coming) {
      Article card = new Article();
      card.addClassNames("result", "result-coming");
      card.setId("result-" + o.getId());
      card.add(new H3(o.getTitle()));
      if (o.getWhenInForce() != null) {
        card.add(statusTag(o.getWhenInForce(), true));
      }
      card.add(new Paragraph(o.getSummary()));
      card.add(why(o));
      section.add(card);
    }
    return section;
  }

  private static Component timeline(List<TimelineEntry> entries) {
    Section section = new Section();
    section.setId("timeline");
    section.add(new H2("What changes when"));
    if (entries.isEmpty()) {
      section.add(new Paragraph("Nothing we know of changes for you in the next few years."));
      return section;
    }
    OrderedList list = new OrderedList();
    list.addClassName("timeline");
    for (TimelineEntry e : entries) {
      ListItem item = new ListItem();
      Span when = new Span(Parts.date(e.getDate()));
      when.addClassName("when");
      item.add(when, new Span(e.getSentence()));
      list.add(item);
    }
    section.add(list);
    return section;
  }

  private static String count(long n) {
    return n == 1 ? "1 thing" : n + " things";
  }

  private static String capital(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
