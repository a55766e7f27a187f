package uk.careleavers.rules.entitlements;

import static uk.careleavers.rules.facts.FactCatalogue.RENTS_PRIVATELY_WITH_HOUSING_HELP;
import static uk.careleavers.rules.logic.Conditions.ageUnderParameter;
import static uk.careleavers.rules.logic.Conditions.all;
import static uk.careleavers.rules.logic.Conditions.careLeaver;
import static uk.careleavers.rules.logic.Conditions.describedAs;
import static uk.careleavers.rules.logic.Conditions.factIs;

import java.util.List;
import uk.careleavers.rules.logic.Context;
import uk.careleavers.rules.model.Kind;
import uk.careleavers.rules.model.Status;
import uk.careleavers.rules.model.Theme;

/**
 * Exemption from the shared accommodation rate: under 22 (001:1507), under 25 from 31 May 2021
 * (external). The age limit is a dated parameter read on the as-of date.
 */
final class SharedAccommodationRateExemption extends Rule {

  SharedAccommodationRateExemption() {
    super(
        new RuleInfo(
            "shared-accommodation-rate-exemption",
            "Help with rent at the one-bedroom rate",
            "If you rent from a private landlord and get Housing Benefit or Universal Credit for rent, you get "
                + "help at the one-bedroom rate, not the lower rate for a room in a shared house.",
            Kind.STATUTORY,
            Theme.HOUSING,
            "Housing Benefit and Universal Credit regulations: care leaver exemption from the shared "
                + "accommodation rate (external)",
            List.of("001:1507", "001:910"),
            "The Jobcentre (Universal Credit) or the council (Housing Benefit)"),
        all(
            careLeaver(),
            ageUnderParameter("shared_accommodation_rate_exemption/age_limit"),
            describedAs(
                factIs(RENTS_PRIVATELY_WITH_HOUSING_HELP, true),
                "You rent privately and get help with rent from benefits.",
                "This is for people who rent privately and get help with rent from benefits.")));
  }

  @Override
  public String whatToDo(Context ctx, Status status) {
    return switch (status) {
      case ELIGIBLE ->
          "Tell the Jobcentre or the council's Housing Benefit team that you are a care leaver, "
              + "so your rent help is worked out at the one-bedroom rate.";
      case MAYBE -> "Answer the questions below, or ask your Personal Adviser.";
      case NOT_ELIGIBLE -> "If you start renting privately with help from benefits, check again.";
    };
  }
}
