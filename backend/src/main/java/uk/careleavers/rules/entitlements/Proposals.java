package uk.careleavers.rules.entitlements;

import static uk.careleavers.rules.logic.Conditions.ageAtLeast;
import static uk.careleavers.rules.logic.Conditions.ageUnder;
import static uk.careleavers.rules.logic.Conditions.all;
import static uk.careleavers.rules.logic.Conditions.any;
import static uk.careleavers.rules.logic.Conditions.careLeaver;
import static uk.careleavers.rules.logic.Conditions.categoryIn;
import static uk.careleavers.rules.logic.Conditions.decision;
import static uk.careleavers.rules.logic.Conditions.inCareNow;
import static uk.careleavers.rules.model.CareLeaverCategory.FORMER_RELEVANT_CHILD;

import java.util.List;
import uk.careleavers.rules.model.Kind;
import uk.careleavers.rules.model.Theme;

/** The proposals RULES.md lists under "National entitlements": one unit each. */
final class Proposals {
  private Proposals() {}

  /**
   * 002:1669 ("explore") and 002:2777 ("legislation"): D-3, so PROPOSED and 23 is not encoded in
   * force.
   */
  static Rule stayingPutAndCloseTo23() {
    return new Proposal(
        new RuleInfo(
            "staying-put-and-close-to-23",
            "Staying Put and Staying Close until 23",
            "The government plans to let Staying Put and Staying Close go on until you are 23.",
            Kind.PROPOSED,
            Theme.HOUSING,
            "Stable Homes, Built on Love (Feb 2023): government commitment",
            List.of("002:1669", "002:2777", "000:67"),
            "The council that looked after you"),
        all(categoryIn(FORMER_RELEVANT_CHILD), ageAtLeast(18), ageUnder(23)));
  }

  static Rule noLocalConnectionTest() {
    return new Proposal(
        new RuleInfo(
            "no-local-connection-test",
            "No local connection test for social housing",
            "The government plans that care leavers will not need to have lived in an area for a time to get "
                + "on its social housing list.",
            Kind.PROPOSED,
            Theme.HOUSING,
            "Stable Homes, Built on Love (Feb 2023): legislation when time allows",
            List.of("002:1673", "002:2780", "000:70"),
            "The council where you live"),
        careLeaver());
  }

  static Rule noIntentionalHomelessnessUnder25() {
    return new Proposal(
        new RuleInfo(
            "no-intentional-homelessness-under-25",
            "No 'intentionally homeless' decisions for care leavers under 25",
            "The government plans that councils will not say a care leaver under 25 made themselves homeless "
                + "on purpose.",
            Kind.PROPOSED,
            Theme.HOUSING,
            "Stable Homes, Built on Love (Feb 2023): guidance, law if needed",
            List.of("002:1673", "002:2780"),
            "The council where you live"),
        all(careLeaver(), ageUnder(25)));
  }

  static Rule virtualSchoolHeadTo25() {
    return new Proposal(
        new RuleInfo(
            "virtual-school-head-to-25",
            "Help from the Virtual School until 25",
            "The government plans that the Virtual School Head, who helps children in care with school, will "
                + "also help care leavers until 25.",
            Kind.PROPOSED,
            Theme.EDUCATION_AND_WORK,
            "Stable Homes, Built on Love (Feb 2023): consultation",
            List.of("002:1634", "002:2768", "000:57"),
            "The council that looked after you"),
        all(any(inCareNow(), careLeaver()), ageUnder(25)));
  }

  /** 002:1681 main text vs 002:2786 annex (D-11): the council's choice, so a maybe at best. */
  static Rule prescriptionPrepaymentCertificate() {
    return new Proposal(
        new RuleInfo(
            "prescription-prepayment-certificate",
            "Prescription prepayment certificate paid by your council",
            "Guidance will ask councils to buy a prescription prepayment certificate for care leavers with an "
                + "ongoing health condition. If your council's offer lists it, it shows with your local offer.",
            Kind.PROPOSED,
            Theme.HEALTH_AND_WELLBEING,
            "Stable Homes, Built on Love (Feb 2023): guidance to be updated",
            List.of("002:1681", "002:2786"),
            "The council that looked after you"),
        all(careLeaver(), decision("Your council chooses whether to do this.")));
  }
}
