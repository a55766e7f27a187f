package uk.careleavers.rules.entitlements;

import static uk.careleavers.rules.facts.FactCatalogue.HAS_EHC_PLAN;
import static uk.careleavers.rules.facts.FactCatalogue.MAIN_ACTIVITY;
import static uk.careleavers.rules.facts.FactCatalogue.STARTED_PROGRAMME_BEFORE_19;
import static uk.careleavers.rules.logic.Conditions.ageOn31AugustUnder;
import static uk.careleavers.rules.logic.Conditions.all;
import static uk.careleavers.rules.logic.Conditions.any;
import static uk.careleavers.rules.logic.Conditions.careLeaverOrEligibleChild;
import static uk.careleavers.rules.logic.Conditions.describedAs;
import static uk.careleavers.rules.logic.Conditions.factIn;
import static uk.careleavers.rules.logic.Conditions.factIs;
import static uk.careleavers.rules.logic.Conditions.inCareNow;

import java.util.List;
import uk.careleavers.rules.logic.Activities;
import uk.careleavers.rules.logic.Context;
import uk.careleavers.rules.model.AmountQualifier;
import uk.careleavers.rules.model.Kind;
import uk.careleavers.rules.model.Status;
import uk.careleavers.rules.model.Theme;

/**
 * 16-19 Bursary Fund, vulnerable group: up to £1,200 a year (D-5: a maximum, not a fixed sum). Age
 * is taken on 31 August before the academic year starts (16-19 Bursary Fund guidance, external).
 */
final class Bursary16To19 extends DatedAmountRule {
  static final String AMOUNT = "bursary_16_19/vulnerable_group_maximum";

  Bursary16To19() {
    super(
        new RuleInfo(
            "bursary-16-19",
            "16 to 19 bursary",
            "Money each year to help with the costs of studying at school, sixth form or college, "
                + "like travel, books and food.",
            Kind.NATIONAL_SCHEME,
            Theme.EDUCATION_AND_WORK,
            "16-19 Bursary Fund guidance (external)",
            List.of("004:167", "001:1273", "001:1502"),
            "Your school, sixth form or college"),
        all(
            describedAs(
                any(inCareNow(), careLeaverOrEligibleChild()),
                "You are in care or a care leaver.",
                "This is for young people in care and care leavers."),
            describedAs(
                factIn(MAIN_ACTIVITY, Activities.STUDY_PROGRAMME_16_19.toArray()),
                "You are studying at school, sixth form or college.",
                "This is for a course at school, sixth form or college, not university or an "
                    + "apprenticeship."),
            describedAs(
                any(
                    ageOn31AugustUnder(19),
                    factIs(STARTED_PROGRAMME_BEFORE_19, true),
                    factIs(HAS_EHC_PLAN, true)),
                "Your age fits the rules.",
                "You were 19 or older on 31 August before this school or college year, you did not "
                    + "start your course before 19, and you do not have an EHC plan.")),
        AMOUNT,
        null,
        AmountQualifier.UP_TO);
  }

  @Override
  public String whatToDo(Context ctx, Status status) {
    return switch (status) {
      case ELIGIBLE ->
          "Ask the student support office at your school or college for the bursary. "
              + "Part-time or part-year students may get less.";
      case MAYBE -> "Answer the questions below, or ask your school or college.";
      case NOT_ELIGIBLE -> "Ask your school or college what other help with costs they have.";
    };
  }
}
