package uk.careleavers.rules.entitlements;

import static uk.careleavers.rules.facts.FactCatalogue.MOVING_INTO_OWN_HOME;
import static uk.careleavers.rules.facts.FactCatalogue.OWN_HOME_MOVE_DATE;
import static uk.careleavers.rules.logic.Conditions.ageUnder;
import static uk.careleavers.rules.logic.Conditions.all;
import static uk.careleavers.rules.logic.Conditions.categoryIn;
import static uk.careleavers.rules.logic.Conditions.describedAs;
import static uk.careleavers.rules.logic.Conditions.factIs;
import static uk.careleavers.rules.model.CareLeaverCategory.ELIGIBLE_CHILD;
import static uk.careleavers.rules.model.CareLeaverCategory.FORMER_RELEVANT_CHILD;
import static uk.careleavers.rules.model.CareLeaverCategory.RELEVANT_CHILD;

import java.util.List;
import uk.careleavers.rules.logic.Context;
import uk.careleavers.rules.model.AmountQualifier;
import uk.careleavers.rules.model.Kind;
import uk.careleavers.rules.model.Status;
import uk.careleavers.rules.model.Theme;

/**
 * Setting-up-home allowance: a recommended minimum (guidance, not a legal floor: D-7), picked by
 * the move date; a council's higher local figure wins (RULES.md).
 */
final class LeavingCareAllowance extends DatedAmountRule {
  static final String AMOUNT = "leaving_care_allowance/recommended_minimum";

  LeavingCareAllowance() {
    super(
        new RuleInfo(
            "leaving-care-allowance",
            "Money to set up your first home",
            "A setting-up-home allowance (leaving care allowance) to buy things like furniture when you move "
                + "into your own home.",
            Kind.GUIDANCE,
            Theme.MONEY,
            "Statutory guidance: recommended minimum amount (DfE)",
            List.of("004:182", "001:1502", "002:1667", "002:2164"),
            "The council that looked after you"),
        all(
            categoryIn(ELIGIBLE_CHILD, RELEVANT_CHILD, FORMER_RELEVANT_CHILD),
            ageUnder(25),
            describedAs(
                factIs(MOVING_INTO_OWN_HOME, true),
                "You are moving into your own home.",
                "This is for when you move into your own home.")),
        AMOUNT,
        OWN_HOME_MOVE_DATE,
        AmountQualifier.AT_LEAST);
  }

  @Override
  public List<String> refinedBy(Context ctx) {
    return Amounts.needs(ctx, OWN_HOME_MOVE_DATE);
  }

  @Override
  public String whatToDo(Context ctx, Status status) {
    return switch (status) {
      case ELIGIBLE ->
          "Ask your Personal Adviser before you move. Check your council's local offer: "
              + "some councils pay more than this.";
      case MAYBE -> "Answer the questions below, or ask your Personal Adviser.";
      case NOT_ELIGIBLE ->
          "Ask your Personal Adviser what help your council gives with a new home.";
    };
  }
}
