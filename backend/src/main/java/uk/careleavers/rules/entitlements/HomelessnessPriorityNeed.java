package uk.careleavers.rules.entitlements;

import static uk.careleavers.rules.logic.Conditions.ageAtLeast;
import static uk.careleavers.rules.logic.Conditions.ageUnder;
import static uk.careleavers.rules.logic.Conditions.all;
import static uk.careleavers.rules.logic.Conditions.any;
import static uk.careleavers.rules.logic.Conditions.careLeaver;
import static uk.careleavers.rules.logic.Conditions.decision;
import static uk.careleavers.rules.logic.Conditions.describedAs;

import java.util.List;
import uk.careleavers.rules.logic.Context;
import uk.careleavers.rules.model.Kind;
import uk.careleavers.rules.model.Status;
import uk.careleavers.rules.model.Theme;

/**
 * Priority need if homeless: automatic at 18-20 (Homelessness (Priority Need for Accommodation)
 * (England) Order 2002 art 4); from 21 only if vulnerable because of having been in care, which the
 * council assesses (art 5). Seed 001:1359 says "until age 22"; the Order says under 21 and wins.
 */
final class HomelessnessPriorityNeed extends Rule {

  HomelessnessPriorityNeed() {
    super(
        new RuleInfo(
            "homelessness-priority-need",
            "Priority for emergency housing if you are homeless",
            "If you become homeless, the council's housing team must treat you as a priority for emergency "
                + "housing. (Keep On Caring, 2016, said this lasts until 22; the law says until 21.)",
            Kind.STATUTORY,
            Theme.HOUSING,
            "Homelessness (Priority Need for Accommodation) (England) Order 2002 arts 4, 5 (external)",
            List.of("001:1359"),
            "The housing team of the council where you live"),
        all(
            careLeaver(),
            describedAs(
                ageAtLeast(18),
                "You are 18 or older.",
                "This starts at 18. At 16 or 17, children's services must help you if you are homeless."),
            any(
                describedAs(
                    ageUnder(21),
                    "You are under 21, so it is automatic.",
                    "From 21 it is not automatic."),
                decision(
                    "The council's housing team decides if you are vulnerable because you were "
                        + "in care."))));
  }

  @Override
  public String whatToDo(Context ctx, Status status) {
    return switch (status) {
      case ELIGIBLE ->
          "If you are homeless or about to be, go to the council's housing team and tell them "
              + "you are a care leaver. Tell your Personal Adviser too.";
      case MAYBE ->
          "If you are homeless or about to be, go to the council's housing team, tell them you "
              + "are a care leaver and ask them to check if you are a priority.";
      case NOT_ELIGIBLE ->
          "If you are homeless or about to be, contact your council's housing team or "
              + "children's services straight away.";
    };
  }
}
