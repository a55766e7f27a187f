package uk.careleavers.rules.logic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.careleavers.rules.logic.Conditions.ageAtLeast;
import static uk.careleavers.rules.logic.Conditions.all;
import static uk.careleavers.rules.logic.Conditions.any;
import static uk.careleavers.rules.logic.Conditions.decision;
import static uk.careleavers.rules.logic.Conditions.describedAs;
import static uk.careleavers.rules.logic.Conditions.factIs;
import static uk.careleavers.rules.logic.Conditions.not;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.careleavers.rules.RuleBook;
import uk.careleavers.rules.facts.Facts;
import uk.careleavers.rules.model.ConditionTrace;
import uk.careleavers.rules.model.Tri;

class ConditionAlgebraTest {
  private static final RuleBook BOOK = RuleBook.load();
  private static final LocalDate AS_OF = LocalDate.of(2025, 6, 1);

  private static Context ctx(Facts facts) {
    return new Context(facts, AS_OF, BOOK.parameters(), LocalLinks.NONE);
  }

  private static final Context NINETEEN_HOMELESS_UNKNOWN =
      ctx(
          Facts.builder()
              .set("date_of_birth", "2006-03-10")
              .set("benefit_sanctioned", true)
              .build());

  @Test
  void anUnknownPartMakesAllUnknownAndNamesOnlyWhatIsMissing() {
    Condition c =
        all(
            ageAtLeast(18),
            factIs("homeless_or_at_risk", true),
            factIs("benefit_sanctioned", true));
    ConditionTrace t = c.explain(NINETEEN_HOMELESS_UNKNOWN);
    assertThat(t.value()).isEqualTo(Tri.UNKNOWN);
    assertThat(t.missing()).containsExactly("homeless_or_at_risk");
    assertThat(t.children())
        .extracting(ConditionTrace::value)
        .containsExactly(Tri.TRUE, Tri.UNKNOWN, Tri.TRUE);
  }

  @Test
  void aFalsePartDecidesAllEvenWithUnknowns() {
    Condition c = all(factIs("homeless_or_at_risk", true), ageAtLeast(21));
    ConditionTrace t = c.explain(NINETEEN_HOMELESS_UNKNOWN);
    assertThat(t.value()).isEqualTo(Tri.FALSE);
    assertThat(t.missing()).isEmpty();
  }

  @Test
  void aTruePartDecidesAnyEvenWithUnknowns() {
    assertThat(
            any(factIs("homeless_or_at_risk", true), ageAtLeast(18))
                .test(NINETEEN_HOMELESS_UNKNOWN))
        .isEqualTo(Tri.TRUE);
    assertThat(
            any(factIs("homeless_or_at_risk", true), ageAtLeast(21))
                .test(NINETEEN_HOMELESS_UNKNOWN))
        .isEqualTo(Tri.UNKNOWN);
    assertThat(not(factIs("homeless_or_at_risk", true)).test(NINETEEN_HOMELESS_UNKNOWN))
        .isEqualTo(Tri.UNKNOWN);
  }

  @Test
  void aDecisionIsAlwaysUnknownAndSaysWhoDecides() {
    ConditionTrace t =
        all(ageAtLeast(18), decision("The council decides.")).explain(NINETEEN_HOMELESS_UNKNOWN);
    assertThat(t.value()).isEqualTo(Tri.UNKNOWN);
    assertThat(t.waitsOn()).containsExactly("The council decides.");
    assertThat(t.missing()).isEmpty();
  }

  @Test
  void describedConditionsSpeakForTheirParts() {
    Condition c = describedAs(ageAtLeast(21), "You are old enough.", "This starts at 21.");
    Explanation why = new Explanation();
    assertThat(c.collect(NINETEEN_HOMELESS_UNKNOWN, why)).isEqualTo(Tri.FALSE);
    assertThat(why.reasons()).containsExactly("This starts at 21.");
    assertThat(c.explain(NINETEEN_HOMELESS_UNKNOWN).text()).isEqualTo("This starts at 21.");
  }

  @Test
  void reasonsNameTheFailingPartOfANoAndEverythingThatHeldForAYes() {
    Explanation no = new Explanation();
    all(ageAtLeast(18), ageAtLeast(21), ageAtLeast(25)).collect(NINETEEN_HOMELESS_UNKNOWN, no);
    assertThat(no.reasons()).containsExactly("You are under 21.");
    Explanation yes = new Explanation();
    all(ageAtLeast(16), ageAtLeast(18)).collect(NINETEEN_HOMELESS_UNKNOWN, yes);
    assertThat(yes.reasons()).containsExactly("You are 16 or older.", "You are 18 or older.");
  }

  @Test
  void theFastPathAndTheTraceAgreeOnValueAndMissing() {
    Condition c =
        all(
            any(factIs("homeless_or_at_risk", true), factIs("has_ehc_plan", true)),
            ageAtLeast(18),
            decision("Someone decides."));
    Explanation why = new Explanation();
    Tri fast = c.collect(NINETEEN_HOMELESS_UNKNOWN, why);
    ConditionTrace t = c.explain(NINETEEN_HOMELESS_UNKNOWN);
    assertThat(fast).isEqualTo(t.value()).isEqualTo(c.test(NINETEEN_HOMELESS_UNKNOWN));
    assertThat(why.missing())
        .isEqualTo(t.missing())
        .containsExactly("homeless_or_at_risk", "has_ehc_plan");
    assertThat(why.waitsOn()).isEqualTo(t.waitsOn());
  }

  @Test
  void factoriesRefuseUnknownFactsAndAnswers() {
    assertThatThrownBy(() -> factIs("shoe_size", 5)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> factIs("main_activity", "astronaut"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> factIs("in_care_now", "maybe"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Conditions.categoryIn(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(
            factIs("in_care_now", "yes")
                .test(ctx(Facts.builder().yesNo("in_care_now", true).build())))
        .isEqualTo(Tri.TRUE);
  }
}
