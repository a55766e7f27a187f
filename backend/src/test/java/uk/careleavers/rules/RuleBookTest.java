package uk.careleavers.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.careleavers.rules.facts.Facts;
import uk.careleavers.rules.facts.InvalidFactException;
import uk.careleavers.rules.local.LocalRule;
import uk.careleavers.rules.local.LocalRules;
import uk.careleavers.rules.logic.Conditions;
import uk.careleavers.rules.model.EntitlementInfo;
import uk.careleavers.rules.model.Evaluation;
import uk.careleavers.rules.model.Kind;
import uk.careleavers.rules.model.Outcome;
import uk.careleavers.rules.model.ParameterRead;
import uk.careleavers.rules.model.Status;
import uk.careleavers.rules.model.Theme;
import uk.careleavers.rules.params.Parameter;
import uk.careleavers.rules.params.ParameterValue;

public class RuleBookTest {
  private static final RuleBook BOOK = RuleBook.load();
  private static final LocalDate AS_OF = LocalDate.of(2025, 6, 1);
  private static final Facts FRC_19 =
      Facts.builder()
          .set("date_of_birth", "2006-03-10")
          .set("in_care_at_18", true)
          .set("weeks_in_care_since_14", 150)
          .set("moving_into_own_home", true)
          .build();

  /** The ids of the "National entitlements" table of RULES.md. */
  public static final Set<String> RULES_MD =
      Set.of(
          "personal-adviser",
          "advice-and-assistance",
          "support-16-17",
          "leaving-care-allowance",
          "higher-education-bursary",
          "bursary-16-19",
          "apprenticeship-bursary",
          "staying-put",
          "staying-close",
          "homelessness-priority-need",
          "social-housing-priority",
          "shared-accommodation-rate-exemption",
          "universal-credit-while-studying",
          "junior-isa",
          "ehc-plan-to-25",
          "free-courses-19-23",
          "council-tax-reduction",
          "hardship-payment",
          "care-leaver-covenant",
          "local-offer");

  @Test
  void theCatalogueHasEveryNationalEntitlementAndTheComingProposals() {
    List<EntitlementInfo> catalogue = BOOK.catalogue();
    assertThat(catalogue)
        .extracting(EntitlementInfo::id)
        .containsAll(RULES_MD)
        .doesNotHaveDuplicates();
    assertThat(catalogue).filteredOn(i -> i.kind() == Kind.PROPOSED).hasSize(5);
    assertThat(catalogue)
        .filteredOn(i -> i.id().equals("staying-close"))
        .extracting(EntitlementInfo::kind)
        .containsExactly(Kind.ENACTED_NOT_IN_FORCE);
    for (EntitlementInfo i : catalogue) {
      assertThat(i.legalBasis()).as(i.id()).isNotBlank();
      assertThat(i.id()).matches("[a-z0-9-]+");
    }
  }

  @Test
  void theCatalogueShowsDatedAmounts() {
    EntitlementInfo allowance =
        BOOK.catalogue().stream()
            .filter(i -> i.id().equals("leaving-care-allowance"))
            .findFirst()
            .orElseThrow();
    assertThat(allowance.amounts()).extracting(a -> a.pence()).containsExactly(200000L, 300000L);
    assertThat(allowance.amounts().get(1).start()).isEqualTo(LocalDate.of(2023, 4, 1));
    assertThat(allowance.amounts().get(0).end()).isEqualTo(LocalDate.of(2023, 3, 31));
  }

  @Test
  void everyEvaluationCarriesTheRulesVersion() {
    assertThat(BOOK.version()).isEqualTo("1.0.1");
    assertThat(BOOK.evaluate(FRC_19, AS_OF).rulesVersion()).isEqualTo("1.0.1");
  }

  @Test
  void comingRulesAreNeverEligibleAndOnlyTheFirstFourKindsCanBe() {
    Facts anything =
        Facts.builder()
            .set("date_of_birth", "2006-03-10")
            .set("in_care_at_18", true)
            .set("weeks_in_care_since_14", 150)
            .build();
    for (Outcome o : BOOK.evaluate(anything, AS_OF).outcomes()) {
      assertThat(o.coming()).isEqualTo(o.kind().isComing());
      if (o.coming()) {
        assertThat(o.status()).isEqualTo(Status.NOT_ELIGIBLE);
        assertThat(o.whenInForce()).isNotNull();
      }
    }
  }

  @Test
  void theTraceListsConditionsAndParametersWithStartDatesAndReferences() {
    Outcome o =
        BOOK.evaluate(FRC_19, AS_OF, LocalRules.NONE, true).outcome("leaving-care-allowance");
    assertThat(o.trace()).isNotNull();
    assertThat(o.trace().conditions().children()).hasSize(3);
    ParameterRead read = o.trace().parameters().get(0);
    assertThat(read.name()).isEqualTo("leaving_care_allowance/recommended_minimum");
    assertThat(read.value()).isEqualTo(300000L);
    assertThat(read.valueStart()).isEqualTo(LocalDate.of(2023, 4, 1));
    assertThat(read.pickedBy()).isEqualTo("as_of");
    assertThat(read.reference()).contains("£3,000");
    assertThat(read.sources()).contains("002:1667");
    assertThat(BOOK.evaluate(FRC_19, AS_OF).outcome("leaving-care-allowance").trace()).isNull();
  }

  @Test
  void theMoveDatePicksTheAmountAndTheTraceSaysSo() {
    Facts moved = FRC_19.toBuilder().set("own_home_move_date", "2023-03-31").build();
    Outcome o =
        BOOK.evaluate(moved, AS_OF, LocalRules.NONE, true).outcome("leaving-care-allowance");
    assertThat(o.amount().pence()).isEqualTo(200000);
    assertThat(o.amount().text()).isEqualTo("at least £2,000, paid once");
    assertThat(o.trace().parameters().get(0).pickedBy()).isEqualTo("own_home_move_date");
  }

  @Test
  void beforeAprilTwentyEighteenOnlyEducationGaveAPersonalAdviserAtTwentyOneToTwentyFour() {
    Parameter later =
        new Parameter(
            "personal_adviser/on_request_to_25",
            "test",
            "boolean",
            "",
            List.of(
                new ParameterValue(LocalDate.of(2019, 1, 1), null, true, null, "test", List.of())));
    RuleBook earlier = BOOK.withParameter(later);
    Facts working =
        Facts.builder()
            .set("date_of_birth", "1996-01-10")
            .set("in_care_at_18", true)
            .set("weeks_in_care_since_14", 100)
            .set("main_activity", "working")
            .build();
    LocalDate on = LocalDate.of(2018, 6, 1);
    assertThat(earlier.evaluate(working, on).outcome("personal-adviser").status())
        .isEqualTo(Status.NOT_ELIGIBLE);
    Facts studying = working.toBuilder().set("main_activity", "university").build();
    assertThat(earlier.evaluate(studying, on).outcome("personal-adviser").status())
        .isEqualTo(Status.ELIGIBLE);
  }

  @Test
  void onceStayingCloseStartsItIsStatutoryButStillWaitsOnTheCouncil() {
    Parameter start =
        new Parameter(
            "staying_close/in_force",
            "test",
            "boolean",
            "",
            List.of(
                new ParameterValue(LocalDate.of(2027, 4, 1), null, true, null, "test", List.of())));
    Outcome o =
        BOOK.withParameter(start)
            .evaluate(FRC_19, LocalDate.of(2027, 4, 1))
            .outcome("staying-close");
    assertThat(o.kind()).isEqualTo(Kind.STATUTORY);
    assertThat(o.coming()).isFalse();
    assertThat(o.status()).isEqualTo(Status.MAYBE);
    assertThat(o.waitsOn()).isNotEmpty();
  }

  @Test
  void impossibleAnswersNameTheirField() {
    assertThatThrownBy(() -> BOOK.validate(Facts.none(), LocalDate.of(2018, 3, 31)))
        .isInstanceOfSatisfying(
            InvalidFactException.class,
            e -> {
              assertThat(e.field()).isEqualTo("as_of");
              assertThat(e.problem()).isEqualTo("before_supported_range");
              assertThat(e.getMessage()).contains("1 April 2018");
            });
    assertThatThrownBy(
            () -> BOOK.validate(Facts.builder().set("date_of_birth", "2030-01-01").build(), AS_OF))
        .isInstanceOfSatisfying(
            InvalidFactException.class, e -> assertThat(e.problem()).isEqualTo("in_future"));
    assertThatThrownBy(
            () ->
                BOOK.validate(
                    Facts.builder()
                        .set("date_of_birth", "2020-01-01")
                        .set("weeks_in_care_since_14", 400)
                        .build(),
                    AS_OF))
        .isInstanceOfSatisfying(
            InvalidFactException.class,
            e -> assertThat(e.problem()).isEqualTo("more_than_lifetime"));
    assertThatThrownBy(
            () -> BOOK.validate(Facts.builder().set("weeks_in_care_since_14", -1).build(), AS_OF))
        .isInstanceOf(InvalidFactException.class);
    assertThatThrownBy(() -> BOOK.validate(Facts.none(), null))
        .isInstanceOfSatisfying(
            InvalidFactException.class, e -> assertThat(e.field()).isEqualTo("as_of"));
  }

  @Test
  void localItemsAreCheckedWhenBuiltAndWhenEvaluated() {
    assertThatThrownBy(() -> LocalRule.builder("x").theme(Theme.MONEY).provider("p").build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                LocalRule.builder("x")
                    .title("t")
                    .theme(Theme.MONEY)
                    .provider("p")
                    .raises("leaving-care-allowance")
                    .build())
        .isInstanceOf(IllegalArgumentException.class);
    LocalRule clash =
        LocalRule.builder("junior-isa").title("t").theme(Theme.MONEY).provider("p").build();
    assertThatThrownBy(() -> BOOK.evaluate(FRC_19, AS_OF, LocalRules.of(clash)))
        .isInstanceOf(IllegalArgumentException.class);
    LocalRule dangling =
        LocalRule.builder("y")
            .title("t")
            .theme(Theme.MONEY)
            .provider("p")
            .settles("no-such-rule")
            .build();
    assertThatThrownBy(() -> BOOK.evaluate(FRC_19, AS_OF, LocalRules.of(dangling)))
        .isInstanceOf(IllegalArgumentException.class);
    LocalRule twin = LocalRule.builder("z").title("t").theme(Theme.MONEY).provider("p").build();
    assertThatThrownBy(() -> LocalRules.of(twin, twin))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aLocalItemIsEvaluatedWithTheNationalRulesAndCarriesItsLink() {
    LocalRule raise =
        LocalRule.builder("lancs-home")
            .title("Setting up home allowance")
            .theme(Theme.MONEY)
            .provider("Lancashire County Council")
            .raises("leaving-care-allowance")
            .amount(
                350000,
                uk.careleavers.rules.model.AmountPeriod.ONE_OFF,
                uk.careleavers.rules.model.AmountQualifier.EXACTLY)
            .when(Conditions.careLeaverOrEligibleChild())
            .build();
    Evaluation e = BOOK.evaluate(FRC_19, AS_OF, LocalRules.of(raise), true);
    assertThat(e.outcome("lancs-home").kind()).isEqualTo(Kind.LOCAL);
    assertThat(e.outcome("lancs-home").linkedTo()).isEqualTo("leaving-care-allowance");
    Outcome national = e.outcome("leaving-care-allowance");
    assertThat(national.amount().pence()).isEqualTo(350000);
    assertThat(national.amount().raisedBy()).contains("Lancashire");
    assertThat(national.trace().notes()).anyMatch(n -> n.contains("£3,500"));
  }

  @Test
  void plainLanguageTextIsShortAndFilledIn() {
    Evaluation e = BOOK.evaluate(FRC_19, AS_OF);
    for (Outcome o : e.outcomes()) {
      assertThat(o.reasons()).as(o.id()).isNotEmpty();
      assertThat(o.whatToDo()).as(o.id()).isNotBlank().hasSizeLessThan(260);
      assertThat(o.summary()).as(o.id()).isNotBlank();
      if (o.status() == Status.MAYBE) {
        assertThat(o.missing().isEmpty() && o.waitsOn().isEmpty())
            .as(o.id() + " says why")
            .isFalse();
      }
    }
  }
}
