package uk.careleavers.rules.entitlements;

import static uk.careleavers.rules.facts.FactCatalogue.HIGHEST_QUALIFICATION;
import static uk.careleavers.rules.logic.Conditions.ageAtLeast;
import static uk.careleavers.rules.logic.Conditions.ageUnder;
import static uk.careleavers.rules.logic.Conditions.all;
import static uk.careleavers.rules.logic.Conditions.describedAs;
import static uk.careleavers.rules.logic.Conditions.factIn;

import java.util.List;
import uk.careleavers.rules.logic.Context;
import uk.careleavers.rules.model.Kind;
import uk.careleavers.rules.model.Status;
import uk.careleavers.rules.model.Theme;

/**
 * A free first full Level 2 or Level 3 at 19-23 (001:1273). "19-23" is an explicit range, so 23 is
 * included (D-25): age 19 up to the 24th birthday.
 */
final class FreeCourses19To23 extends Rule {

  FreeCourses19To23() {
    super(
        new RuleInfo(
            "free-courses-19-23",
            "Free courses for your first Level 2 or Level 3",
            "If you are 19 to 23 and do not have a full Level 2 or Level 3 yet, your first one is free. English "
                + "and maths courses are free for all adults.",
            Kind.STATUTORY,
            Theme.EDUCATION_AND_WORK,
            "Adult skills legal entitlements, as described in Keep On Caring (2016)",
            List.of("001:1273"),
            "A college or training provider"),
        all(
            ageAtLeast(19),
            ageUnder(24),
            describedAs(
                factIn(HIGHEST_QUALIFICATION, "below_level_2", "level_2"),
                "You do not have a Level 3 qualification yet.",
                "You already have a Level 3 qualification.")));
  }

  @Override
  public String whatToDo(Context ctx, Status status) {
    return switch (status) {
      case ELIGIBLE -> "Ask a local college or training provider for a free course.";
      case MAYBE -> "Answer the questions below.";
      case NOT_ELIGIBLE ->
          "English and maths courses are still free for all adults: ask a local college.";
    };
  }
}
