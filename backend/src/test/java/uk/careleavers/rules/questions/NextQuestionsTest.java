package uk.careleavers.rules.questions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.careleavers.rules.RuleBook;
import uk.careleavers.rules.facts.FactCatalogue;
import uk.careleavers.rules.facts.Facts;
import uk.careleavers.rules.model.NextQuestion;

class NextQuestionsTest {
  private static final RuleBook BOOK = RuleBook.load();
  private static final LocalDate AS_OF = LocalDate.of(2025, 6, 1);

  private static List<String> next(Facts facts) {
    return BOOK.evaluate(facts, AS_OF).nextQuestions().stream()
        .map(NextQuestion::questionId)
        .toList();
  }

  @Test
  void withNoAnswersTheDateOfBirthComesFirst() {
    assertThat(next(Facts.none())).first().isEqualTo("date_of_birth");
  }

  @Test
  void aQuestionIsNotAskedBeforeWhatItDependsOn() {
    List<String> next = next(Facts.builder().set("date_of_birth", "2008-01-15").build());
    assertThat(next)
        .contains("in_care_now")
        .doesNotContain(
            "in_care_after_16",
            "weeks_in_care_since_14",
            "in_care_at_18",
            "special_guardianship_after_16");
    assertThat(next.indexOf("in_care_now")).isZero();
  }

  @Test
  void answeringADependencyOpensTheQuestionsBehindIt() {
    List<String> next =
        next(Facts.builder().set("date_of_birth", "2008-01-15").set("in_care_now", false).build());
    assertThat(next)
        .contains("in_care_after_16")
        .doesNotContain("in_care_now", "weeks_in_care_since_14");
  }

  @Test
  void notSureAnswersAreNotAskedAgainButMayOpenAFollowUp() {
    List<String> next =
        next(
            Facts.builder()
                .set("date_of_birth", "2008-01-15")
                .set("in_care_now", false)
                .set("in_care_after_16", "not_sure")
                .set("weeks_in_care_since_14", 30)
                .build());
    assertThat(next)
        .doesNotContain("in_care_after_16")
        .first()
        .isEqualTo("special_guardianship_after_16");
  }

  @Test
  void theQuestionSettlingMostOpenResultsComesFirst() {
    List<NextQuestion> next =
        BOOK.evaluate(
                Facts.builder()
                    .set("date_of_birth", "2006-03-10")
                    .set("in_care_at_18", true)
                    .set("weeks_in_care_since_14", 150)
                    .build(),
                AS_OF)
            .nextQuestions();
    assertThat(next.get(0).questionId()).isEqualTo("main_activity");
    assertThat(next.get(0).settles())
        .contains("higher-education-bursary", "bursary-16-19", "universal-credit-while-studying");
    assertThat(next).extracting(NextQuestion::score).isSortedAccordingTo((a, b) -> b - a);
  }

  @Test
  void aFactThatOnlyFixesAnAmountIsStillWorthAsking() {
    List<NextQuestion> next =
        BOOK.evaluate(
                Facts.builder()
                    .set("date_of_birth", "2006-03-10")
                    .set("in_care_at_18", true)
                    .set("weeks_in_care_since_14", 150)
                    .set("moving_into_own_home", true)
                    .build(),
                AS_OF)
            .nextQuestions();
    assertThat(next)
        .anySatisfy(
            q -> {
              assertThat(q.questionId()).isEqualTo("own_home_move_date");
              assertThat(q.settles()).containsExactly("leaving-care-allowance");
            });
  }

  @Test
  void theCatalogueHasOneQuestionPerFactWithKnownDependencies() {
    List<Question> questions = BOOK.questions();
    assertThat(questions)
        .extracting(Question::id)
        .containsExactlyElementsOf(FactCatalogue.all().stream().map(f -> f.id()).toList());
    for (Question q : questions) {
      assertThat(q.text()).isNotBlank();
      assertThat(q.help()).isNotBlank();
      assertThat(q.dependsOn())
          .allMatch(id -> FactCatalogue.find(id).isPresent())
          .doesNotContain(q.id());
    }
    Question weeks =
        questions.stream()
            .filter(q -> q.id().equals("weeks_in_care_since_14"))
            .findFirst()
            .orElseThrow();
    assertThat(weeks.dependsOn()).contains("in_care_after_16", "in_care_at_18", "in_care_now");
  }
}
