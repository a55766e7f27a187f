package uk.careleavers.rules.entitlements;

import static uk.careleavers.rules.facts.FactCatalogue.MAIN_ACTIVITY;
import static uk.careleavers.rules.facts.FactCatalogue.SUPPORT_FROM_PARENTS;
import static uk.careleavers.rules.logic.Conditions.ageAtLeast;
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

/** Universal Credit while in full-time non-advanced education at 18-20 (001:1287; 004:170-174). */
final class UniversalCreditWhileStudying extends Rule {

  UniversalCreditWhileStudying() {
    super(
        new RuleInfo(
            "universal-credit-while-studying",
            "Universal Credit while you study",
            "You can claim Universal Credit while you study full-time at school or college, and you do not "
                + "have to look for work.",
            Kind.STATUTORY,
            Theme.MONEY,
            "Universal Credit Regulations 2013: care leavers in education (external)",
            List.of("001:1287", "004:170", "004:174"),
            "The Jobcentre"),
        all(
            careLeaver(),
            ageAtLeast(18),
            ageUnder(21),
            describedAs(
                factIs(MAIN_ACTIVITY, "school_or_college_full_time"),
                "You study full-time at school or college.",
                "This is for full-time study at school or college (not university)."),
            describedAs(
                factIs(SUPPORT_FROM_PARENTS, false),
                "Your parents do not give you money to live on.",
                "This is for students whose parents do not support them.")));
  }

  @Override
  public String whatToDo(Context ctx, Status status) {
    return switch (status) {
      case ELIGIBLE ->
          "Claim Universal Credit online and say you are a care leaver in full-time study. "
              + "Your Personal Adviser can help.";
      case MAYBE -> "Answer the questions below, or ask your Personal Adviser.";
      case NOT_ELIGIBLE -> "Ask your Personal Adviser which benefits you can claim.";
    };
  }
}
