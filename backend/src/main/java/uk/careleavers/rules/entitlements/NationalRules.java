package uk.careleavers.rules.entitlements;

import java.util.List;

/** Every national rule, in the order of the table in RULES.md, then the proposals. */
public final class NationalRules {
  private NationalRules() {}

  public static List<Rule> all() {
    return List.of(
        new PersonalAdviser(),
        new AdviceAndAssistance(),
        new Support16To17(),
        new LeavingCareAllowance(),
        new HigherEducationBursary(),
        new Bursary16To19(),
        new ApprenticeshipBursary(),
        new StayingPut(),
        new StayingClose(),
        new HomelessnessPriorityNeed(),
        new SocialHousingPriority(),
        new SharedAccommodationRateExemption(),
        new UniversalCreditWhileStudying(),
        new JuniorIsa(),
        new EhcPlanTo25(),
        new FreeCourses19To23(),
        new CouncilTaxReduction(),
        new HardshipPayment(),
        new CareLeaverCovenant(),
        new LocalOfferRule(),
        Proposals.stayingPutAndCloseTo23(),
        Proposals.noLocalConnectionTest(),
        Proposals.noIntentionalHomelessnessUnder25(),
        Proposals.virtualSchoolHeadTo25(),
        Proposals.prescriptionPrepaymentCertificate());
  }
}
