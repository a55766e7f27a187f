package uk.careleavers.rules.logic;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.careleavers.rules.model.CareLeaverCategory.ELIGIBLE_CHILD;
import static uk.careleavers.rules.model.CareLeaverCategory.FORMER_RELEVANT_CHILD;
import static uk.careleavers.rules.model.CareLeaverCategory.NOT_A_CARE_LEAVER;
import static uk.careleavers.rules.model.CareLeaverCategory.QUALIFYING_CARE_LEAVER;
import static uk.careleavers.rules.model.CareLeaverCategory.RELEVANT_CHILD;
import static uk.careleavers.rules.model.CareLeaverCategory.UNKNOWN;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.careleavers.rules.RuleBook;
import uk.careleavers.rules.facts.Facts;
import uk.careleavers.rules.model.Tri;

/**
 * The category is derived by trying each unknown answer both ways (RULES.md, "Care leaver status").
 */
class CategoryDerivationTest {
  private static final RuleBook BOOK = RuleBook.load();

  private static CategoryState state(Facts facts) {
    return new Context(facts, LocalDate.of(2025, 6, 1), BOOK.parameters(), LocalLinks.NONE)
        .category();
  }

  @Test
  void knownAnswersGiveOneCategory() {
    CategoryState s =
        state(
            Facts.builder()
                .set("date_of_birth", "2006-03-10")
                .set("in_care_at_18", true)
                .set("weeks_in_care_since_14", 150)
                .build());
    assertThat(s.single()).isEqualTo(FORMER_RELEVANT_CHILD);
    assertThat(s.possible()).containsExactly(FORMER_RELEVANT_CHILD);
    assertThat(s.missingForCategory()).isEmpty();
  }

  @Test
  void unknownWeeksLeaveTwoCategoriesAndOneMissingAnswer() {
    CategoryState s =
        state(
            Facts.builder().set("date_of_birth", "2006-03-10").set("in_care_at_18", true).build());
    assertThat(s.single()).isEqualTo(UNKNOWN);
    assertThat(s.possible()).containsExactly(FORMER_RELEVANT_CHILD, QUALIFYING_CARE_LEAVER);
    assertThat(s.missingForCategory()).containsExactly("weeks_in_care_since_14");
  }

  @Test
  void aSeventeenYearOldWithNoCareAnswersCouldBeAnyCategoryOfTheirAge() {
    CategoryState s = state(Facts.builder().set("date_of_birth", "2008-01-15").build());
    assertThat(s.possible())
        .containsExactly(ELIGIBLE_CHILD, RELEVANT_CHILD, QUALIFYING_CARE_LEAVER, NOT_A_CARE_LEAVER);
    assertThat(s.missingForCategory())
        .containsExactly(
            "in_care_now",
            "in_care_after_16",
            "weeks_in_care_since_14",
            "special_guardianship_after_16");
  }

  @Test
  void aSetOfCategoriesCanBeCertainWhenTheCategoryIsNot() {
    CategoryState s =
        state(
            Facts.builder()
                .set("date_of_birth", "2008-01-15")
                .set("in_care_now", false)
                .set("in_care_after_16", true)
                .build());
    assertThat(s.single()).isEqualTo(UNKNOWN);
    assertThat(s.test(code -> (code & CategoryState.LEFT_CARE) != 0)).isEqualTo(Tri.TRUE);
  }

  @Test
  void noAnswerForCareAfterSixteenRulesOutAGuardianshipOrderAfterSixteen() {
    CategoryState s =
        state(
            Facts.builder()
                .set("date_of_birth", "2008-01-15")
                .set("in_care_now", false)
                .set("in_care_after_16", false)
                .set("special_guardianship_after_16", true)
                .build());
    assertThat(s.single()).isEqualTo(NOT_A_CARE_LEAVER);
  }

  @Test
  void withoutADateOfBirthEveryCategoryIsPossible() {
    CategoryState s = state(Facts.none());
    assertThat(s.possible()).contains(ELIGIBLE_CHILD, FORMER_RELEVANT_CHILD, NOT_A_CARE_LEAVER);
    assertThat(s.missingForCategory()).startsWith("date_of_birth");
  }
}
