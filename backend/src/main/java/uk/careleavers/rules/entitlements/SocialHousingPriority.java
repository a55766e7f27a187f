package uk.careleavers.rules.entitlements;

import static uk.careleavers.rules.facts.FactCatalogue.HOMELESS_OR_AT_RISK;
import static uk.careleavers.rules.logic.Conditions.ageUnder;
import static uk.careleavers.rules.logic.Conditions.all;
import static uk.careleavers.rules.logic.Conditions.careLeaver;
import static uk.careleavers.rules.logic.Conditions.describedAs;
import static uk.careleavers.rules.logic.Conditions.factIs;

import java.util.List;
import uk.careleavers.rules.logic.Context;
import uk.careleavers.rules.model.Kind;
import uk.careleavers.rules.model.Status;
import uk.careleavers.rules.model.Theme;

/** Reasonable preference for social housing (Housing Act 1996 s.166A(3); 002:1671, 002:2761). */
final class SocialHousingPriority extends Rule {

  SocialHousingPriority() {
    super(
        new RuleInfo(
            "social-housing-priority",
            "Priority for a council or housing association home",
            "If you are homeless or might lose your home, you get priority on the list for social housing. "
                + "Councils are asked to give care leavers even more priority, and not to turn you away "
                + "because you have not lived in the area long.",
            Kind.GUIDANCE,
            Theme.HOUSING,
            "Housing Act 1996 s.166A(3) and allocation guidance (external)",
            List.of("002:1671", "002:2761"),
            "The housing team of the council where you live"),
        all(
            careLeaver(),
            ageUnder(25),
            describedAs(
                factIs(HOMELESS_OR_AT_RISK, true),
                "You are homeless or at risk of losing your home.",
                "This is for when you are homeless or at risk of losing your home.")));
  }

  @Override
  public String whatToDo(Context ctx, Status status) {
    return switch (status) {
      case ELIGIBLE ->
          "Ask the council's housing team to put you on the housing register and tell them you "
              + "are a care leaver. Your Personal Adviser can help.";
      case MAYBE -> "Answer the questions below, or ask your Personal Adviser.";
      case NOT_ELIGIBLE -> "If your home situation changes, check again.";
    };
  }
}
