package uk.careleavers.webui.check;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.careleavers.client.model.Council;
import uk.careleavers.webui.testing.ViewTest;

/** The whole check, page by page, against the real calculator. */
class CheckJourneyTest extends ViewTest {
  private static final LocalDate TODAY = LocalDate.now(java.time.ZoneId.of("Europe/London"));

  /** Jess: 20, left foster care at 18 after years in care, at university, Lancashire, Lancaster. */
  private static final Map<String, String> JESS =
      Map.ofEntries(
          Map.entry("date_of_birth", TODAY.minusYears(20).minusDays(40).toString()),
          Map.entry("in_care_at_18", "yes"),
          Map.entry("weeks_in_care_since_14", "150"),
          Map.entry("care_placement", "foster_carers"),
          Map.entry("main_activity", "university"),
          Map.entry("moving_into_own_home", "no"),
          Map.entry("responsible_council", "LAN"),
          Map.entry("council_of_residence", "LAC"));

  @Test
  void startNowGoesToTheFirstQuestionTheCalculatorAsks() {
    go("check");

    assertThat(path()).isEqualTo("check/question/date_of_birth");
    assertThat(_get(H1.class).getText()).isEqualTo("What is your date of birth?");
    assertThat(progress()).startsWith("Question 1");
    assertThat(_get(Anchor.class, spec -> spec.withId("back")).getHref()).isEqualTo(".");
  }

  @Test
  void anEmptyOrImpossibleDateIsExplainedOnThePageAndNothingIsSaved() {
    go("check");
    _click(continueButton());

    assertThat(errorSummary()).contains("Enter a real date");
    assertThat(path()).isEqualTo("check/question/date_of_birth");

    _get(TextField.class, spec -> spec.withId("day")).setValue("31");
    _get(TextField.class, spec -> spec.withId("month")).setValue("2");
    _get(TextField.class, spec -> spec.withId("year")).setValue("2005");
    _click(continueButton());

    assertThat(errorSummary()).contains("Enter a real date");
    assertThat(Answers.current().isEmpty()).isTrue();
  }

  @Test
  void aBirthDateInTheFutureIsRefusedByTheCalculatorAndShownOnTheQuestion() {
    go("check");
    answerDate(TODAY.plusDays(3));

    assertThat(path()).isEqualTo("check/question/date_of_birth");
    assertThat(errorSummary()).contains("can't be after the date we are checking");
  }

  @Test
  void aQuestionNotAnsweredSaysWhatToDo() {
    go("check");
    answerDate(TODAY.minusYears(17));
    _click(continueButton());

    assertThat(errorSummary()).isEqualTo("There is a problemSelect yes, no or I'm not sure");
  }

  @Test
  void jessGetsHerResultsWithHerCouncilsOffer() {
    go("check");
    List<String> asked = answerAll(JESS);

    assertThat(asked).startsWith("date_of_birth", "in_care_at_18");
    assertThat(asked).contains("responsible_council", "council_of_residence");
    assertThat(asked).doesNotContain("in_care_now", "special_guardianship_after_16");
    assertThat(path()).isEqualTo("check/answers");
    assertThat(answerRows())
        .contains("Were you in care just before your 18th birthday?|Yes")
        .contains("Which council looked after you?|Lancashire")
        .contains("Which council area do you live in now?|Lancaster");

    _click(_get(Button.class, spec -> spec.withText("See what you can get")));

    assertThat(path()).isEqualTo("check/results");
    assertThat(_get(H1.class).getText()).isEqualTo("What you can get");
    assertThat(result("personal-adviser")).contains("A Personal Adviser", "Yes");
    assertThat(result("higher-education-bursary"))
        .contains("Yes", "Amount: £2,000, in total, paid in parts");
    assertThat(result("lan-personal-adviser-team"))
        .anyMatch(t -> t.startsWith("From Lancashire County Council's local offer"));
    assertThat(_find(Article.class, spec -> spec.withClasses("result-coming"))).isNotEmpty();
    assertThat(_find(Span.class, spec -> spec.withClasses("when"))).isNotEmpty();
  }

  @Test
  void aMaybeLinksToTheQuestionThatSettlesIt() {
    go("check");
    Map<String, String> notSureOfWeeks = new java.util.HashMap<>(JESS);
    notSureOfWeeks.put("weeks_in_care_since_14", Answers.NOT_SURE);
    answerAll(notSureOfWeeks);
    _click(_get(Button.class, spec -> spec.withText("See what you can get")));

    assertThat(result("personal-adviser")).contains("Maybe");
    Anchor settle =
        _get(
            _get(Article.class, spec -> spec.withId("result-personal-adviser")),
            Anchor.class,
            spec ->
                spec.withText(
                    "Since your 14th birthday, about how many weeks have you been in care in total?"));
    assertThat(settle.getHref()).isEqualTo("check/question/weeks_in_care_since_14?change");
  }

  @Test
  void changingAnAnswerComesBackToCheckYourAnswers() {
    go("check");
    answerAll(JESS);
    go("check/question/main_activity?change");

    assertThat(_get(Anchor.class, spec -> spec.withId("back")).getHref())
        .isEqualTo("check/answers");
    @SuppressWarnings({"unchecked", "rawtypes"})
    RadioButtonGroup<String> group = _get(RadioButtonGroup.class, spec -> spec.withId("answer"));
    assertThat(group.getValue()).isEqualTo("university");
    group.setValue("working");
    _click(continueButton());

    assertThat(path()).isEqualTo("check/answers");
    assertThat(answerRows())
        .contains("What are you mainly doing now, or about to start?|Working in a job");
  }

  @Test
  void startAgainForgetsEveryAnswer() {
    go("check");
    answerAll(JESS);

    _click(_get(Button.class, spec -> spec.withText("Start again")));

    assertThat(path()).isEmpty();
    assertThat(Answers.current().isEmpty()).isTrue();
    go("check/answers");
    assertThat(path()).isEqualTo("check/question/date_of_birth");
  }

  /** Answers every question the calculator asks, "not sure" where the map has nothing. */
  static List<String> answerAll(Map<String, String> answers) {
    List<String> asked = new ArrayList<>();
    for (int i = 0; i < 30 && path().startsWith("check/question/"); i++) {
      String id = path().substring("check/question/".length());
      asked.add(id);
      answer(answers.getOrDefault(id, Answers.NOT_SURE));
    }
    return asked;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static void answer(String value) {
    if (!_find(TextField.class, spec -> spec.withId("day")).isEmpty()) {
      if (Answers.NOT_SURE.equals(value)) {
        _click(_get(Button.class, spec -> spec.withId("not-sure")));
        return;
      }
      answerDate(LocalDate.parse(value));
    } else if (!_find(IntegerField.class).isEmpty()) {
      if (Answers.NOT_SURE.equals(value)) {
        _click(_get(Button.class, spec -> spec.withId("not-sure")));
        return;
      }
      _get(IntegerField.class).setValue(Integer.valueOf(value));
      _click(continueButton());
    } else if (!_find(ComboBox.class).isEmpty()) {
      if (Answers.NOT_SURE.equals(value)) {
        _click(_get(Button.class, spec -> spec.withId("not-sure")));
        return;
      }
      ComboBox<Council> box = _get(ComboBox.class);
      box.setValue(
          box.getListDataView()
              .getItems()
              .filter(c -> c.getCode().equals(value))
              .findFirst()
              .orElseThrow());
      _click(continueButton());
    } else {
      _get(RadioButtonGroup.class, spec -> spec.withId("answer")).setValue(value);
      _click(continueButton());
    }
  }

  private static void answerDate(LocalDate date) {
    _get(TextField.class, spec -> spec.withId("day"))
        .setValue(String.valueOf(date.getDayOfMonth()));
    _get(TextField.class, spec -> spec.withId("month"))
        .setValue(String.valueOf(date.getMonthValue()));
    _get(TextField.class, spec -> spec.withId("year")).setValue(String.valueOf(date.getYear()));
    _click(continueButton());
  }

  private static Button continueButton() {
    return _get(Button.class, spec -> spec.withText("Continue"));
  }

  private static String progress() {
    return _get(Paragraph.class, spec -> spec.withId("progress")).getText();
  }

  private static String errorSummary() {
    return _get(Div.class, spec -> spec.withId("error-summary")).getElement().getTextRecursively();
  }

  private static List<String> answerRows() {
    DescriptionList list = _get(DescriptionList.class, spec -> spec.withId("answers"));
    return _find(list, DescriptionList.Term.class).stream()
        .map(
            t ->
                t.getText()
                    + "|"
                    + t.getParent()
                        .orElseThrow()
                        .getChildren()
                        .skip(1)
                        .findFirst()
                        .orElseThrow()
                        .getElement()
                        .getText())
        .toList();
  }

  private static List<String> result(String id) {
    Article card = _get(Article.class, spec -> spec.withId("result-" + id));
    List<String> texts = new ArrayList<>();
    _find(card, H3.class).forEach(h -> texts.add(h.getText()));
    _find(card, Span.class).forEach(s -> texts.add(s.getText()));
    _find(card, Paragraph.class).forEach(p -> texts.add(p.getElement().getTextRecursively()));
    return texts;
  }
}
