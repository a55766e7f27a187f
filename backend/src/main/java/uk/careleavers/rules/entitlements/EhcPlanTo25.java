package uk.careleavers.rules.entitlements;

import static uk.careleavers.rules.facts.FactCatalogue.HAS_EHC_PLAN;
import static uk.careleavers.rules.logic.Conditions.ageUnder;
import static uk.careleavers.rules.logic.Conditions.all;
import static uk.careleavers.rules.logic.Conditions.describedAs;
import static uk.careleavers.rules.logic.Conditions.factIs;
import static uk.careleavers.rules.logic.Conditions.inEducationOrTraining;

import java.util.List;
import uk.careleavers.rules.logic.Context;
import uk.careleavers.rules.model.Kind;
import uk.careleavers.rules.model.Status;
import uk.careleavers.rules.model.Theme;

/**
 * EHC plans can continue to 25 while in education or training (Children and Families Act 2014 Part
 * 3; 001:1273).
 */
final class EhcPlanTo25 extends Rule {

  EhcPlanTo25() {
    super(
        new RuleInfo(
            "ehc-plan-to-25",
            "Keep your EHC plan until 25",
            "Your Education, Health and Care plan can carry on until you are 25 while you are in education "
                + "or training.",
            Kind.STATUTORY,
            Theme.EDUCATION_AND_WORK,
            "Children and Families Act 2014 Part 3 (external)",
            List.of("001:1273"),
            "The council's special educational needs team"),
        all(
            describedAs(
                factIs(HAS_EHC_PLAN, true),
                "You have an EHC plan.",
                "This is for people with an EHC plan."),
            inEducationOrTraining(),
            ageUnder(25)));
  }

  @Override
  public String whatToDo(Context ctx, Status status) {
    return switch (status) {
      case ELIGIBLE ->
          "Make sure your plan is reviewed every year. Ask your school, college or the council's "
              + "special educational needs team.";
      case MAYBE -> "Answer the questions below.";
      case NOT_ELIGIBLE ->
          "If you need extra support to learn, ask your school or college about an EHC plan.";
    };
  }
}
