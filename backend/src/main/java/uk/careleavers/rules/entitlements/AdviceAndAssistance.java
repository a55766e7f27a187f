package uk.careleavers.rules.entitlements;

import static uk.careleavers.rules.logic.Conditions.ageUnder;
import static uk.careleavers.rules.logic.Conditions.all;
import static uk.careleavers.rules.logic.Conditions.any;
import static uk.careleavers.rules.logic.Conditions.categoryIn;
import static uk.careleavers.rules.logic.Conditions.inEducationOrTraining;
import static uk.careleavers.rules.model.CareLeaverCategory.QUALIFYING_CARE_LEAVER;

import java.util.List;
import uk.careleavers.rules.logic.Context;
import uk.careleavers.rules.model.Kind;
import uk.careleavers.rules.model.Status;
import uk.careleavers.rules.model.Theme;

/**
 * Advice and assistance for qualifying care leavers: under 21, or under 25 in education (CA 1989
 * ss.24-24B).
 */
final class AdviceAndAssistance extends Rule {

  AdviceAndAssistance() {
    super(
        new RuleInfo(
            "advice-and-assistance",
            "Advice and help from your council",
            "The council that looked after you must give you advice and help, including help with the costs "
                + "of education or training.",
            Kind.STATUTORY,
            Theme.SUPPORT_AND_ADVICE,
            "Children Act 1989 ss.24-24B (external)",
            List.of(),
            "The council that looked after you"),
        all(
            categoryIn(QUALIFYING_CARE_LEAVER),
            any(ageUnder(21), all(ageUnder(25), inEducationOrTraining()))));
  }

  @Override
  public String whatToDo(Context ctx, Status status) {
    return switch (status) {
      case ELIGIBLE ->
          "Contact the leaving care team of the council that looked after you and tell them "
              + "what help you need.";
      case MAYBE -> "Answer the questions below, or ask the council that looked after you.";
      case NOT_ELIGIBLE -> "Check the other results: you may get more help another way.";
    };
  }
}
