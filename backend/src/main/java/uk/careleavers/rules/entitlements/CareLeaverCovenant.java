package uk.careleavers.rules.entitlements;

import static uk.careleavers.rules.logic.Conditions.ageAtLeast;
import static uk.careleavers.rules.logic.Conditions.ageUnder;
import static uk.careleavers.rules.logic.Conditions.all;
import static uk.careleavers.rules.logic.Conditions.careLeaverOrEligibleChild;

import java.util.List;
import uk.careleavers.rules.logic.Context;
import uk.careleavers.rules.model.Kind;
import uk.careleavers.rules.model.Status;
import uk.careleavers.rules.model.Theme;

/**
 * Care Leaver Covenant offers for care leavers 16-25 (002:1361, 002:1363, 002:1655). "16-25" is an
 * explicit range, so 25 is included (D-25): to the 26th birthday.
 */
final class CareLeaverCovenant extends Rule {

  CareLeaverCovenant() {
    super(
        new RuleInfo(
            "care-leaver-covenant",
            "Care Leaver Covenant offers",
            "Jobs, training and other offers from organisations that have signed the Care Leaver Covenant, "
                + "and paid Civil Service internships.",
            Kind.NATIONAL_SCHEME,
            Theme.EDUCATION_AND_WORK,
            "Care Leaver Covenant (a national programme)",
            List.of("002:1361", "002:1363", "002:1655"),
            "Care Leaver Covenant signatories"),
        all(careLeaverOrEligibleChild(), ageAtLeast(16), ageUnder(26)));
  }

  @Override
  public String whatToDo(Context ctx, Status status) {
    return switch (status) {
      case ELIGIBLE ->
          "Look at the Care Leaver Covenant offers and ask your Personal Adviser to help you apply.";
      case MAYBE -> "Answer the questions below.";
      case NOT_ELIGIBLE -> "Ask your Personal Adviser about other work and training offers.";
    };
  }
}
