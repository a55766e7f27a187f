package uk.careleavers.webui.check;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.careleavers.client.ApiException;
import uk.careleavers.client.model.Council;
import uk.careleavers.client.model.FactName;
import uk.careleavers.client.model.Question;
import uk.careleavers.client.model.QuestionOption;
import uk.careleavers.webui.api.Catalogue;
import uk.careleavers.webui.layout.MainLayout;
import uk.careleavers.webui.layout.Parts;

/**
 * One question per page, as the calculator's catalogue words it, with "I'm not sure" where the
 * calculator allows it. "Continue" saves the answer and goes where the calculator says next.
 */
@Route(value = "check/question", layout = MainLayout.class)
public class QuestionView extends Div implements HasUrlParameter<String>, HasDynamicTitle {
  private static final long serialVersionUID = 1L;
  private static final String PROBLEM = "question-problem:";

  private String title = "Question";
  private Question question;
  private Answers answers;
  private Catalogue catalogue;
  private Input input;
  private Div errorSummary;

  /** The address of a question page. */
  public static String route(String questionId) {
    return "check/question/" + questionId;
  }

  /** Shows a problem on a question's page the next time it opens (a 422 from another page). */
  private static void problemFor(String questionId, String message) {
    VaadinSession.getCurrent().setAttribute(PROBLEM + questionId, message);
  }

  /**
   * Where to fix an answer the calculator refused: the page of the question it names, which then
   * shows why; empty if it named none.
   */
  static Optional<String> fix(Journey.AnswerProblem p) {
    if (p.questionId() == null) {
      return Optional.empty();
    }
    problemFor(p.questionId(), p.getMessage());
    return Optional.of(route(p.questionId()));
  }

  @Override
  public void setParameter(BeforeEvent event, String questionId) {
    removeAll();
    answers = Answers.current();
    boolean change = event.getLocation().getQueryParameters().getParameters().containsKey("change");
    try {
      catalogue = Catalogue.get();
    } catch (ApiException e) {
      add(Parts.serviceProblem());
      return;
    }
    Optional<Question> found = catalogue.question(questionId);
    if (found.isEmpty()) {
      event.forwardTo(StartCheck.class);
      return;
    }
    question = found.get();
    title = question.getText();
    add(Parts.backLink(back(questionId, change)));
    errorSummary = new Div();
    add(errorSummary);
    add(progress(questionId));
    H1 heading = new H1(question.getText());
    heading.setId("question-title");
    heading.addClassName("question");
    add(heading);
    input = input(question);
    add(input.component());
    Button next = new Button("Continue", e -> submit());
    next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    next.addClickShortcut(Key.ENTER);
    next.setId("continue");
    Div actions = new Div(next);
    actions.addClassName("actions");
    if (Boolean.TRUE.equals(question.getNotSure()) && !input.offersNotSure()) {
      Button notSure = new Button("I'm not sure", e -> save(Answers.NOT_SURE));
      notSure.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
      notSure.setId("not-sure");
      actions.add(notSure);
    }
    add(actions);
    String problem = (String) VaadinSession.getCurrent().getAttribute(PROBLEM + questionId);
    if (problem != null) {
      VaadinSession.getCurrent().setAttribute(PROBLEM + questionId, null);
      showError(problem);
    }
  }

  @Override
  public String getPageTitle() {
    return (errorSummary != null && errorSummary.getChildren().findAny().isPresent()
            ? "Error: "
            : "")
        + title
        + " - Check what you can get";
  }

  private String back(String questionId, boolean change) {
    if (change) {
      return Journey.ANSWERS;
    }
    List<String> order = answers.order();
    int at = order.indexOf(questionId);
    if (at > 0) {
      return route(order.get(at - 1));
    }
    if (at == 0 || order.isEmpty()) {
      return "";
    }
    return route(order.get(order.size() - 1));
  }

  private Component progress(String questionId) {
    int at = answers.order().indexOf(questionId);
    int number = at >= 0 ? at + 1 : answers.order().size() + 1;
    String text = "Question " + number;
    if (at < 0) {
      try {
        int after = new Journey(catalogue, answers).questionsLeft() - 1;
        if (after > 0) {
          text += " · about " + after + " more after this";
        } else if (after == 0) {
          text += " · this may be the last one";
        }
      } catch (ApiException | Journey.AnswerProblem e) {
        // The count is a nicety: the question can still be answered.
      }
    }
    Paragraph caption = new Paragraph(text);
    caption.addClassName("caption");
    caption.setId("progress");
    return caption;
  }

  private void submit() {
    Optional<String> value = input.read();
    if (value.isPresent()) {
      save(value.get());
    } else {
      showError(input.whatIsMissing());
    }
  }

  private void save(String value) {
    answers.put(question.getId(), value);
    try {
      Parts.navigate(new Journey(catalogue, answers).nextRoute());
    } catch (Journey.AnswerProblem p) {
      if (p.questionId() == null || p.questionId().equals(question.getId())) {
        showError(p.getMessage());
      } else {
        fix(p).ifPresent(elsewhere -> Parts.navigate(elsewhere + "?change"));
      }
    } catch (ApiException e) {
      errorSummary.removeAll();
      errorSummary.add(Parts.serviceProblem());
    }
  }

  private void showError(String message) {
    errorSummary.removeAll();
    errorSummary.add(Parts.errorSummary(message, input.focusTargetId()));
    input.showError(message);
    UI.getCurrent().getPage().setTitle(getPageTitle());
  }

  private Input input(Question q) {
    String previous = answers.get(q.getId()).orElse(null);
    FactName fact = q.getSetsFacts().get(0);
    if (fact == FactName.RESPONSIBLE_COUNCIL || fact == FactName.COUNCIL_OF_RESIDENCE) {
      return new CouncilInput(q, fact, previous, catalogue);
    }
    return switch (q.getType()) {
      case YES_NO, CHOICE -> new ChoiceInput(q, previous);
      case DATE -> new DateInput(q, previous);
      case NUMBER -> new NumberInput(q, previous);
    };
  }

  /** One kind of answer: how it is shown, read and marked wrong. */
  private interface Input {
    Component component();

    /** The answer, or empty if it is missing or not valid. */
    Optional<String> read();

    String whatIsMissing();

    void showError(String message);

    String focusTargetId();

    default boolean offersNotSure() {
      return false;
    }
  }

  private static final class ChoiceInput implements Input {
    private final RadioButtonGroup<String> group = new RadioButtonGroup<>();
    private final boolean yesNo;

    ChoiceInput(Question q, String previous) {
      yesNo = q.getType() == Question.TypeEnum.YES_NO;
      List<String> values = new ArrayList<>();
      q.getOptions().forEach(o -> values.add(o.getValue()));
      if (Boolean.TRUE.equals(q.getNotSure())) {
        values.add(Answers.NOT_SURE);
      }
      group.setItems(values);
      group.setItemLabelGenerator(
          v ->
              Answers.NOT_SURE.equals(v)
                  ? "I'm not sure"
                  : q.getOptions().stream()
                      .filter(o -> o.getValue().equals(v))
                      .map(QuestionOption::getLabel)
                      .findFirst()
                      .orElse(v));
      group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
      group.setAriaLabelledBy("question-title");
      group.setHelperText(q.getHelp());
      group.setId("answer");
      if (previous != null && values.contains(previous)) {
        group.setValue(previous);
      }
    }

    @Override
    public Component component() {
      return group;
    }

    @Override
    public Optional<String> read() {
      return Optional.ofNullable(group.getValue());
    }

    @Override
    public String whatIsMissing() {
      return yesNo ? "Select yes, no or I'm not sure" : "Select the answer that fits best";
    }

    @Override
    public void showError(String message) {
      mark(group, message);
    }

    @Override
    public String focusTargetId() {
      return "answer";
    }

    @Override
    public boolean offersNotSure() {
      return true;
    }
  }

  private static final class DateInput implements Input {
    private final TextField day = part("Day", "day", 2);
    private final TextField month = part("Month", "month", 2);
    private final TextField year = part("Year", "year", 4);
    private final Paragraph hint;
    private final Paragraph error = new Paragraph();
    private final Div box;

    DateInput(Question q, String previous) {
      hint = new Paragraph(q.getHelp() + " For example, 27 3 2007.");
      hint.addClassName("hint");
      hint.setId("date-hint");
      error.addClassName("error-message");
      error.setId("date-error");
      error.setVisible(false);
      Div fields = new Div(day, month, year);
      fields.addClassName("date-input");
      fields.getElement().setAttribute("role", "group");
      fields.getElement().setAttribute("aria-labelledby", "question-title");
      fields.getElement().setAttribute("aria-describedby", "date-hint date-error");
      box = new Div(hint, error, fields);
      if (previous != null && !Answers.NOT_SURE.equals(previous)) {
        LocalDate d = LocalDate.parse(previous);
        day.setValue(String.valueOf(d.getDayOfMonth()));
        month.setValue(String.valueOf(d.getMonthValue()));
        year.setValue(String.valueOf(d.getYear()));
      }
    }

    private static TextField part(String label, String id, int length) {
      TextField f = new TextField(label);
      f.setId(id);
      f.setMaxLength(length);
      f.setAllowedCharPattern("[0-9]");
      f.addClassName("date-" + id);
      f.addAttachListener(
          e -> f.getElement().executeJs("this.inputElement.setAttribute('inputmode','numeric')"));
      return f;
    }

    @Override
    public Component component() {
      return box;
    }

    @Override
    public Optional<String> read() {
      try {
        int y = Integer.parseInt(year.getValue());
        if (year.getValue().length() != 4) {
          return Optional.empty();
        }
        return Optional.of(
                LocalDate.of(
                    y, Integer.parseInt(month.getValue()), Integer.parseInt(day.getValue())))
            .map(LocalDate::toString);
      } catch (NumberFormatException | DateTimeException e) {
        return Optional.empty();
      }
    }

    @Override
    public String whatIsMissing() {
      return "Enter a real date, with the day, month and year, like 27 3 2007";
    }

    @Override
    public void showError(String message) {
      error.setText(message);
      error.setVisible(true);
      for (TextField f : List.of(day, month, year)) {
        f.setManualValidation(true);
        f.setInvalid(true);
      }
    }

    @Override
    public String focusTargetId() {
      return "day";
    }
  }

  private static final class NumberInput implements Input {
    private final IntegerField field = new IntegerField("Number of weeks");

    NumberInput(Question q, String previous) {
      field.setId("answer");
      field.setMin(0);
      field.setMax(600);
      field.setHelperText(q.getHelp());
      field.addClassName("number-input");
      if (previous != null && !Answers.NOT_SURE.equals(previous)) {
        field.setValue(Integer.valueOf(previous));
      }
    }

    @Override
    public Component component() {
      return field;
    }

    @Override
    public Optional<String> read() {
      Integer v = field.getValue();
      return v == null || v < 0 || v > 600 ? Optional.empty() : Optional.of(v.toString());
    }

    @Override
    public String whatIsMissing() {
      return "Enter a number of weeks between 0 and 600, like 20";
    }

    @Override
    public void showError(String message) {
      mark(field, message);
    }

    @Override
    public String focusTargetId() {
      return "answer";
    }
  }

  private static final class CouncilInput implements Input {
    private final ComboBox<Council> box;

    CouncilInput(Question q, FactName fact, String previous, Catalogue catalogue) {
      boolean lookedAfter = fact == FactName.RESPONSIBLE_COUNCIL;
      box =
          new ComboBox<>(lookedAfter ? "Council that looked after you" : "Council where you live");
      box.setItems(lookedAfter ? catalogue.councilsWithChildrenServices() : catalogue.councils());
      box.setItemLabelGenerator(Council::getName);
      box.setHelperText(q.getHelp() + " Start typing the name, like Lancashire.");
      box.setId("answer");
      box.addClassName("council-input");
      if (previous != null) {
        catalogue.council(previous).ifPresent(box::setValue);
      }
    }

    @Override
    public Component component() {
      return box;
    }

    @Override
    public Optional<String> read() {
      return Optional.ofNullable(box.getValue()).map(Council::getCode);
    }

    @Override
    public String whatIsMissing() {
      return "Choose a council from the list, or select I'm not sure";
    }

    @Override
    public void showError(String message) {
      mark(box, message);
    }

    @Override
    public String focusTargetId() {
      return "answer";
    }
  }

  private static <C extends HasValidation> void mark(C field, String message) {
    field.setManualValidation(true);
    field.setErrorMessage(message);
    field.setInvalid(true);
  }
}
