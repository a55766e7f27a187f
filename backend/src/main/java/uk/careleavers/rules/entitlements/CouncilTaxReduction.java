package uk.careleavers.rules.entitlements;

import static uk.careleavers.rules.facts.FactCatalogue.MAIN_ACTIVITY;
import static uk.careleavers.rules.logic.Conditions.ageAtLeast;
import static uk.careleavers.rules.logic.Conditions.all;
import static uk.careleavers.rules.logic.Conditions.careLeaver;
import static uk.careleavers.rules.logic.Conditions.describedAs;
import static uk.careleavers.rules.logic.Conditions.factIn;
import static uk.careleavers.rules.logic.Conditions.localOffer;
import static uk.careleavers.rules.logic.Conditions.not;

import java.util.List;
import uk.careleavers.rules.facts.FactCatalogue;
import uk.careleavers.rules.logic.Activities;
import uk.careleavers.rules.logic.Context;
import uk.careleavers.rules.model.Kind;
import uk.careleavers.rules.model.Status;
import uk.careleavers.rules.model.Theme;

/**
 * Council tax reduction: each billing council's own choice (LGFA 1992 s.13A(1)(c)). The rules come
 * from the local offer of the council where the young person lives (linked local items); without
 * that data the answer waits on asking that council (RULES.md). Under-18s and full-time students
 * already pay nothing.
 */
final class CouncilTaxReduction extends Rule {
  static final String ID = "council-tax-reduction";

  CouncilTaxReduction() {
    super(
        new RuleInfo(
            ID,
            "Less or no council tax",
            "Some councils let care leavers pay less council tax, or none. Each council sets its own rules.",
            Kind.LOCAL,
            Theme.MONEY,
            "Local Government Finance Act 1992 s.13A(1)(c) (external)",
            List.of("001:1216", "001:734", "001:736", "001:1503"),
            "The council where you live"),
        all(
            careLeaver(),
            describedAs(
                ageAtLeast(18),
                "You are 18 or older.",
                "You do not pay council tax while you are under 18."),
            describedAs(
                not(factIn(MAIN_ACTIVITY, Activities.FULL_TIME_STUDY.toArray())),
                "You are not a full-time student.",
                "Full-time students usually do not pay council tax."),
            localOffer(
                ID, "Ask the council where you live: it decides who pays less council tax.")));
  }

  /** Where the young person lives: that council's offer says who pays less council tax. */
  @Override
  public List<String> refinedBy(Context ctx) {
    return List.of(FactCatalogue.COUNCIL_OF_RESIDENCE);
  }

  @Override
  public String whatToDo(Context ctx, Status status) {
    return switch (status) {
      case ELIGIBLE ->
          "Contact the council tax team of the council where you live and tell them you are a "
              + "care leaver.";
      case MAYBE ->
          "Ask the council tax team of the council where you live if care leavers pay less. "
              + "Your Personal Adviser can help.";
      case NOT_ELIGIBLE ->
          "If things change, for example you stop studying full-time, check again.";
    };
  }
}
