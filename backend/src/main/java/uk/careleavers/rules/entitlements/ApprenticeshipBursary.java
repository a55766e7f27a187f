package uk.careleavers.rules.entitlements;

import static uk.careleavers.rules.facts.FactCatalogue.APPRENTICESHIP_START_DATE;
import static uk.careleavers.rules.facts.FactCatalogue.HAD_APPRENTICESHIP_BURSARY;
import static uk.careleavers.rules.facts.FactCatalogue.MAIN_ACTIVITY;
import static uk.careleavers.rules.logic.Conditions.ageAtEventUnder;
import static uk.careleavers.rules.logic.Conditions.all;
import static uk.careleavers.rules.logic.Conditions.categoryIn;
import static uk.careleavers.rules.logic.Conditions.describedAs;
import static uk.careleavers.rules.logic.Conditions.factIs;
import static uk.careleavers.rules.logic.Conditions.onEventDate;
import static uk.careleavers.rules.model.CareLeaverCategory.ELIGIBLE_CHILD;
import static uk.careleavers.rules.model.CareLeaverCategory.FORMER_RELEVANT_CHILD;
import static uk.careleavers.rules.model.CareLeaverCategory.RELEVANT_CHILD;

import java.util.List;
import uk.careleavers.rules.logic.Context;
import uk.careleavers.rules.model.Amount;
import uk.careleavers.rules.model.AmountQualifier;
import uk.careleavers.rules.model.Kind;
import uk.careleavers.rules.model.Status;
import uk.careleavers.rules.model.Theme;

/**
 * Care leavers' apprenticeship bursary (ESFA, external): the start date picks £1,000 (to
 * 2023-07-31) or £3,000 (from 2023-08-01, 002:1659; D-2 settled on 1 August).
 */
final class ApprenticeshipBursary extends DatedAmountRule {
  static final String AMOUNT = "apprenticeship_bursary/amount";
  static final String EXTRA = "apprenticeship_bursary/employer_provider_payment";

  ApprenticeshipBursary() {
    super(
        new RuleInfo(
            "apprenticeship-bursary",
            "Apprenticeship bursary",
            "Money for care leavers who start an apprenticeship, paid through your training provider.",
            Kind.NATIONAL_SCHEME,
            Theme.EDUCATION_AND_WORK,
            "ESFA apprenticeship funding rules: care leavers' bursary (external)",
            List.of("002:1659", "002:2776", "000:63"),
            "Your training provider"),
        all(
            categoryIn(ELIGIBLE_CHILD, RELEVANT_CHILD, FORMER_RELEVANT_CHILD),
            describedAs(
                factIs(MAIN_ACTIVITY, "apprenticeship"),
                "You are doing an apprenticeship.",
                "This is for apprentices."),
            onEventDate(
                APPRENTICESHIP_START_DATE,
                "apprenticeship_bursary/available",
                "Your apprenticeship started on or after 1 August 2018.",
                "This is for apprenticeships that started on or after 1 August 2018."),
            ageAtEventUnder(
                APPRENTICESHIP_START_DATE,
                "apprenticeship_bursary/age_limit",
                "You were under 25 when your apprenticeship started.",
                "You were 25 or older when your apprenticeship started."),
            describedAs(
                factIs(HAD_APPRENTICESHIP_BURSARY, false),
                "You have not had this bursary before.",
                "You can only get this bursary once.")),
        AMOUNT,
        APPRENTICESHIP_START_DATE,
        AmountQualifier.EXACTLY);
  }

  @Override
  public String whatToDo(Context ctx, Status status) {
    String extra = Amount.pounds(Amounts.pence(ctx, EXTRA));
    String tell =
        "Tell your employer and training provider that you are a care leaver: they can each get "
            + extra
            + " too, to help support you.";
    return switch (status) {
      case ELIGIBLE -> "Ask your training provider to claim the bursary for you. " + tell;
      case MAYBE -> "Answer the questions below, or ask your training provider. " + tell;
      case NOT_ELIGIBLE -> "Ask your Personal Adviser about other help with an apprenticeship.";
    };
  }
}
