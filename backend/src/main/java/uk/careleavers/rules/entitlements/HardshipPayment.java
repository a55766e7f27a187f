package uk.careleavers.rules.entitlements;

import static uk.careleavers.rules.facts.FactCatalogue.BENEFIT_SANCTIONED;
import static uk.careleavers.rules.logic.Conditions.ageAtLeast;
import static uk.careleavers.rules.logic.Conditions.all;
import static uk.careleavers.rules.logic.Conditions.careLeaver;
import static uk.careleavers.rules.logic.Conditions.decision;
import static uk.careleavers.rules.logic.Conditions.describedAs;
import static uk.careleavers.rules.logic.Conditions.factIs;

import java.util.List;
import uk.careleavers.rules.logic.Context;
import uk.careleavers.rules.model.Kind;
import uk.careleavers.rules.model.Status;
import uk.careleavers.rules.model.Theme;

/**
 * Care leavers 18+ whose benefit is sanctioned "may qualify" (001:1523): Jobcentre Plus decides.
 */
final class HardshipPayment extends Rule {

  HardshipPayment() {
    super(
        new RuleInfo(
            "hardship-payment",
            "A hardship payment after a sanction",
            "If your benefit has been cut because of a sanction, you may get a hardship payment to help you "
                + "get by.",
            Kind.NATIONAL_SCHEME,
            Theme.MONEY,
            "Universal Credit hardship payments (DWP)",
            List.of("001:1523"),
            "Jobcentre Plus"),
        all(
            careLeaver(),
            ageAtLeast(18),
            describedAs(
                factIs(BENEFIT_SANCTIONED, true),
                "Your benefit was cut by a sanction.",
                "This is only for when your benefit has been cut by a sanction."),
            decision("Jobcentre Plus decides if you can get it.")));
  }

  @Override
  public String whatToDo(Context ctx, Status status) {
    return status == Status.NOT_ELIGIBLE
        ? "If your benefit is ever cut by a sanction, ask Jobcentre Plus about a hardship payment."
        : "Ask your work coach at Jobcentre Plus for a hardship payment and say you are a care leaver.";
  }
}
