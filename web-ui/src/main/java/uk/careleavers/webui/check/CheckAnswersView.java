package uk.careleavers.webui.check;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.util.List;
import uk.careleavers.client.ApiException;
import uk.careleavers.client.model.Question;
import uk.careleavers.webui.StartView;
import uk.careleavers.webui.api.Catalogue;
import uk.careleavers.webui.layout.MainLayout;
import uk.careleavers.webui.layout.Parts;

/** Every answer, each with a Change link that comes back here. */
@Route(value = "check/answers", layout = MainLayout.class)
@PageTitle("Check your answers - Check what you can get")
public class CheckAnswersView extends Div implements BeforeEnterObserver {
  private static final long serialVersionUID = 1L;

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    removeAll();
    Answers answers = Answers.current();
    if (answers.isEmpty()) {
      event.forwardTo(StartCheck.class);
      return;
    }
    Catalogue catalogue;
    try {
      catalogue = Catalogue.get();
    } catch (ApiException e) {
      add(Parts.serviceProblem());
      return;
    }
    List<String> order = answers.order();
    add(Parts.backLink(QuestionView.route(order.get(order.size() - 1))));
    add(new H1("Check your answers"));
    add(
        new Paragraph(
            "We only asked the questions that matter for you. Change any answer that is not"
                + " right."));
    DescriptionList list = new DescriptionList();
    list.addClassName("summary-list");
    list.setId("answers");
    for (String id : order) {
      catalogue.question(id).ifPresent(q -> row(list, q, answers.get(id).orElse(""), catalogue));
    }
    add(list);
    Button results = new Button("See what you can get", e -> showResults(catalogue, answers));
    results.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    results.setId("see-results");
    Button again = startAgain();
    Div actions = new Div(results, again);
    actions.addClassName("actions");
    add(actions);
  }

  private static void row(DescriptionList list, Question q, String value, Catalogue catalogue) {
    Div row = new Div();
    row.addClassName("summary-row");
    DescriptionList.Term term = new DescriptionList.Term(q.getText());
    DescriptionList.Description answer =
        new DescriptionList.Description(AnswerText.of(q, value, catalogue));
    answer.addClassName("answer");
    Anchor change = new Anchor(QuestionView.route(q.getId()) + "?change", "Change");
    Span hidden = new Span(" " + q.getText().toLowerCase(java.util.Locale.UK));
    hidden.addClassName("visually-hidden");
    change.add(hidden);
    change.setId("change-" + q.getId());
    DescriptionList.Description action = new DescriptionList.Description(change);
    action.addClassName("change");
    row.add(term, answer, action);
    list.add(row);
  }

  private void showResults(Catalogue catalogue, Answers answers) {
    try {
      new Journey(catalogue, answers).result();
      UI.getCurrent().navigate(ResultsView.class);
    } catch (Journey.AnswerProblem p) {
      QuestionView.fix(p)
          .ifPresentOrElse(
              q -> Parts.navigate(q + "?change"),
              () -> add(Parts.errorSummary(p.getMessage(), "answers")));
    } catch (ApiException e) {
      addComponentAsFirst(Parts.serviceProblem());
    }
  }

  /** Forgets every answer and goes back to the start page. */
  static Button startAgain() {
    Button again =
        new Button(
            "Start again",
            e -> {
              Answers.current().clear();
              UI.getCurrent().navigate(StartView.class);
            });
    again.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    again.setId("start-again");
    return again;
  }
}
