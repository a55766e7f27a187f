package uk.careleavers.rules.entitlements;

import static uk.careleavers.rules.logic.Conditions.ageAtLeast;
import static uk.careleavers.rules.logic.Conditions.ageUnder;
import static uk.careleavers.rules.logic.Conditions.all;
import static uk.careleavers.rules.logic.Conditions.any;
import static uk.careleavers.rules.logic.Conditions.categoryIn;
import static uk.careleavers.rules.logic.Conditions.inEducationOrTraining;
import static uk.careleavers.rules.logic.Conditions.inForce;
import static uk.careleavers.rules.model.CareLeaverCategory.ELIGIBLE_CHILD;
import static uk.careleavers.rules.model.CareLeaverCategory.FORMER_RELEVANT_CHILD;
import static uk.careleavers.rules.model.CareLeaverCategory.RELEVANT_CHILD;

import java.util.List;
import uk.careleavers.rules.logic.Context;
import uk.careleavers.rules.model.Kind;
import uk.careleavers.rules.model.Status;
import uk.careleavers.rules.model.Theme;

/**
 * A Personal Adviser and a pathway plan. CA 1989 ss.23B, 23C(3), 23CA, 23CZB: everyone to 21; at
 * 21-24 on request since 1 April 2018, before that only in or returning to education (001:1237).
 */
final class PersonalAdviser extends Rule {
  static final String ON_REQUEST = "personal_adviser/on_request_to_25";

  PersonalAdviser() {
    super(
        new RuleInfo(
            "personal-adviser",
            "A Personal Adviser",
            "Someone from the council who helps you plan your life after care (your pathway plan), until you are 25.",
            Kind.STATUTORY,
            Theme.SUPPORT_AND_ADVICE,
            "Children Act 1989 ss.23B, 23C(3), 23CA, 23CZB (external)",
            List.of("001:1234", "001:1236", "001:1237", "002:2609"),
            "The council that looked after you"),
        any(
            categoryIn(ELIGIBLE_CHILD, RELEVANT_CHILD),
            all(categoryIn(FORMER_RELEVANT_CHILD), ageUnder(21)),
            all(
                categoryIn(FORMER_RELEVANT_CHILD),
                ageAtLeast(21),
                ageUnder(25),
                any(
                    inForce(
                        ON_REQUEST,
                        "Since 1 April 2018 you can have one up to 25 if you ask.",
                        "Before 1 April 2018, at 21 to 24 you needed to be in education or training."),
                    inEducationOrTraining()))));
  }

  @Override
  public boolean onRequest(Context ctx, Status status) {
    return status == Status.ELIGIBLE && ctx.age() != null && ctx.age() >= 21;
  }

  @Override
  public String whatToDo(Context ctx, Status status) {
    if (onRequest(ctx, status)) {
      return "Ask your council's leaving care team for a Personal Adviser. They must give you one if you ask.";
    }
    return switch (status) {
      case ELIGIBLE ->
          "Your council must give you a Personal Adviser. Ask your social worker or leaving "
              + "care team who yours is.";
      case MAYBE -> "Answer the questions below, or ask your council's leaving care team.";
      case NOT_ELIGIBLE -> "If you think this is wrong, ask the council that looked after you.";
    };
  }
}
