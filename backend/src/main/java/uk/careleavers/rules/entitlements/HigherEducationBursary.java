package uk.careleavers.rules.entitlements;

import static uk.careleavers.rules.facts.FactCatalogue.MAIN_ACTIVITY;
import static uk.careleavers.rules.logic.Conditions.ageUnder;
import static uk.careleavers.rules.logic.Conditions.all;
import static uk.careleavers.rules.logic.Conditions.categoryIn;
import static uk.careleavers.rules.logic.Conditions.describedAs;
import static uk.careleavers.rules.logic.Conditions.factIs;
import static uk.careleavers.rules.model.CareLeaverCategory.FORMER_RELEVANT_CHILD;

import java.util.List;
import uk.careleavers.rules.logic.Context;
import uk.careleavers.rules.model.AmountQualifier;
import uk.careleavers.rules.model.Kind;
import uk.careleavers.rules.model.Status;
import uk.careleavers.rules.model.Theme;

/**
 * £2,000 for former relevant children starting higher education (CA 1989 s.23C(5A); HE Bursary Regs
 * 2009).
 */
final class HigherEducationBursary extends DatedAmountRule {
  static final String AMOUNT = "higher_education_bursary/amount";

  HigherEducationBursary() {
    super(
        new RuleInfo(
            "higher-education-bursary",
            "Higher education bursary",
            "Money from your council when you start university or another higher education course.",
            Kind.STATUTORY,
            Theme.EDUCATION_AND_WORK,
            "Children Act 1989 s.23C(5A); Higher Education Bursary (England) Regulations 2009 (external)",
            List.of("004:168", "001:1502"),
            "The council that looked after you"),
        all(
            categoryIn(FORMER_RELEVANT_CHILD),
            ageUnder(25),
            describedAs(
                factIs(MAIN_ACTIVITY, "university"),
                "You are starting or doing a higher education course.",
                "This is for a university or other higher education course.")),
        AMOUNT,
        null,
        AmountQualifier.EXACTLY);
  }

  @Override
  public String whatToDo(Context ctx, Status status) {
    return switch (status) {
      case ELIGIBLE ->
          "Tell your Personal Adviser about your course. The council usually pays it in parts.";
      case MAYBE -> "Answer the questions below, or ask your Personal Adviser.";
      case NOT_ELIGIBLE ->
          "Ask your university or college about its own bursaries for care leavers.";
    };
  }
}
