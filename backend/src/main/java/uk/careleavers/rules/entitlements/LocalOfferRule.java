package uk.careleavers.rules.entitlements;

import static uk.careleavers.rules.logic.Conditions.careLeaverOrEligibleChild;

import java.util.List;
import uk.careleavers.rules.facts.FactCatalogue;
import uk.careleavers.rules.logic.Context;
import uk.careleavers.rules.model.Kind;
import uk.careleavers.rules.model.Status;
import uk.careleavers.rules.model.Theme;

/** The duty to publish a local offer (Children and Social Work Act 2017 s.2; 001:1228-1232). */
final class LocalOfferRule extends Rule {

  LocalOfferRule() {
    super(
        new RuleInfo(
            "local-offer",
            "Your council's local offer",
            "The council that looked after you must publish a list of the help it gives care leavers, called "
                + "its local offer.",
            Kind.STATUTORY,
            Theme.SUPPORT_AND_ADVICE,
            "Children and Social Work Act 2017 s.2, widened by Children's Wellbeing and Schools Act 2026 s.8 "
                + "(external)",
            List.of("001:1228", "001:1230", "001:1232"),
            "The council that looked after you"),
        careLeaverOrEligibleChild());
  }

  /**
   * Which council looked after the young person, and where they live: the published offers of both
   * then join the results (a district's offer, like free leisure, comes from where they live).
   */
  @Override
  public List<String> refinedBy(Context ctx) {
    return List.of(FactCatalogue.RESPONSIBLE_COUNCIL, FactCatalogue.COUNCIL_OF_RESIDENCE);
  }

  @Override
  public String whatToDo(Context ctx, Status status) {
    return switch (status) {
      case ELIGIBLE ->
          "Read your council's local offer below, or ask your Personal Adviser for a copy.";
      case MAYBE -> "Answer the questions below.";
      case NOT_ELIGIBLE ->
          "Your council's website may still list help for young people in your area.";
    };
  }
}
