package uk.careleavers.rules.entitlements;

import static uk.careleavers.rules.facts.FactCatalogue.CARE_PLACEMENT;
import static uk.careleavers.rules.facts.FactCatalogue.IN_CARE_AT_18;
import static uk.careleavers.rules.logic.Conditions.ageAtLeast;
import static uk.careleavers.rules.logic.Conditions.ageUnder;
import static uk.careleavers.rules.logic.Conditions.all;
import static uk.careleavers.rules.logic.Conditions.any;
import static uk.careleavers.rules.logic.Conditions.categoryIn;
import static uk.careleavers.rules.logic.Conditions.describedAs;
import static uk.careleavers.rules.logic.Conditions.factIn;
import static uk.careleavers.rules.logic.Conditions.factIs;
import static uk.careleavers.rules.logic.Conditions.inForce;
import static uk.careleavers.rules.model.CareLeaverCategory.ELIGIBLE_CHILD;
import static uk.careleavers.rules.model.CareLeaverCategory.FORMER_RELEVANT_CHILD;

import java.util.List;
import uk.careleavers.rules.logic.Context;
import uk.careleavers.rules.model.Kind;
import uk.careleavers.rules.model.Status;
import uk.careleavers.rules.model.Theme;

/**
 * Staying Put (CA 1989 s.23CZA, from 13 May 2014): an eligible child with foster carers just before
 * 18 may stay with them until 21 if both want to. At 16-17 it starts later, so the answer is "no,
 * from your 18th birthday", and the timeline shows it (RULES.md, Conventions).
 */
final class StayingPut extends Rule {

  StayingPut() {
    super(
        new RuleInfo(
            "staying-put",
            "Staying Put with your foster carers",
            "You can stay living with your foster carers after you turn 18, until you are 21, with the "
                + "council's support. You and your foster carers both need to want this.",
            Kind.STATUTORY,
            Theme.HOUSING,
            "Children Act 1989 s.23CZA (Children and Families Act 2014) (external)",
            List.of("002:2643", "001:927", "001:1344"),
            "The council that looked after you"),
        all(
            inForce(
                "staying_put/in_force",
                "The Staying Put law started on 13 May 2014.",
                "The Staying Put law had not started on this date."),
            describedAs(
                any(
                    all(ageUnder(18), categoryIn(ELIGIBLE_CHILD)),
                    all(
                        ageAtLeast(18),
                        categoryIn(FORMER_RELEVANT_CHILD),
                        factIs(IN_CARE_AT_18, true))),
                "You are, or were on your 18th birthday, in care for 13 weeks or more since you were 14.",
                "This is for young people still in care on their 18th birthday, after 13 weeks or "
                    + "more in care since they were 14."),
            describedAs(
                factIn(CARE_PLACEMENT, "foster_carers", "family_or_friends_foster_carers"),
                "You live, or lived, with foster carers.",
                "This is for young people living with foster carers just before they turn 18."),
            describedAs(
                ageAtLeast(18),
                "You are 18 or older.",
                "You can ask to stay put from your 18th birthday."),
            describedAs(
                ageUnder(21), "You are under 21.", "Staying Put ends on your 21st birthday.")));
  }

  @Override
  public boolean onRequest(Context ctx, Status status) {
    return status == Status.ELIGIBLE;
  }

  @Override
  public String whatToDo(Context ctx, Status status) {
    return switch (status) {
      case ELIGIBLE ->
          "Ask for it: talk to your foster carers and your Personal Adviser. If you both want "
              + "it, the council must support it.";
      case MAYBE -> "Answer the questions below, or ask your Personal Adviser.";
      case NOT_ELIGIBLE ->
          ctx.age() != null && ctx.age() < 18
              ? "If you live with foster carers, talk to them and your social worker about staying put "
                  + "before you turn 18."
              : "Ask your Personal Adviser about other places to live with support.";
    };
  }
}
