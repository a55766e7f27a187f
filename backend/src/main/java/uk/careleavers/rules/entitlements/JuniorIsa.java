package uk.careleavers.rules.entitlements;

import static uk.careleavers.rules.facts.FactCatalogue.IN_CARE_12_MONTHS_IN_A_ROW;
import static uk.careleavers.rules.logic.Conditions.describedAs;
import static uk.careleavers.rules.logic.Conditions.factIs;

import java.util.List;
import uk.careleavers.rules.logic.Context;
import uk.careleavers.rules.model.AmountQualifier;
import uk.careleavers.rules.model.Kind;
import uk.careleavers.rules.model.Status;
import uk.careleavers.rules.model.Theme;

/** Junior ISA for children looked after for 12 months or more (004:294; 001:1501; D-19). */
final class JuniorIsa extends DatedAmountRule {
  static final String AMOUNT = "junior_isa/government_contribution";

  JuniorIsa() {
    super(
        new RuleInfo(
            "junior-isa",
            "A Junior ISA savings account",
            "A savings account the government opened for you with money in it. You can manage it from 16 "
                + "and take the money out from 18.",
            Kind.NATIONAL_SCHEME,
            Theme.MONEY,
            "Department for Education Junior ISA scheme for looked after children",
            List.of("004:294", "001:1501"),
            "The Department for Education"),
        describedAs(
            factIs(IN_CARE_12_MONTHS_IN_A_ROW, true),
            "You were in care for 12 months or more in a row.",
            "This is for young people who were in care for 12 months or more in a row."),
        AMOUNT,
        null,
        AmountQualifier.AT_LEAST);
  }

  @Override
  public String whatToDo(Context ctx, Status status) {
    if (status != Status.ELIGIBLE) {
      return status == Status.MAYBE
          ? "Answer the question below, or ask your Personal Adviser."
          : "This is only for young people who were in care for a year or more in a row.";
    }
    Integer age = ctx.age();
    if (age != null && age >= 18) {
      return "The money is yours now. Ask your Personal Adviser how to find your account.";
    }
    return "Ask your social worker or Personal Adviser about your account. You can manage it from 16 and "
        + "take the money out from 18.";
  }
}
