package uk.careleavers.rules.entitlements;

import java.util.List;
import uk.careleavers.rules.logic.Condition;
import uk.careleavers.rules.logic.Context;
import uk.careleavers.rules.model.Amount;
import uk.careleavers.rules.model.AmountQualifier;
import uk.careleavers.rules.model.DatedAmount;
import uk.careleavers.rules.params.Parameters;

/**
 * A rule whose amount is one dated parameter, read on the as-of date or, where the rule book says
 * so, on the date of an event (a move into one's own home, an apprenticeship start).
 */
abstract class DatedAmountRule extends Rule {
  private final String parameter;
  private final String eventDateFact;
  private final AmountQualifier qualifier;

  /**
   * @param eventDateFact the fact whose date picks the value, or null for the as-of date
   */
  protected DatedAmountRule(
      RuleInfo info,
      Condition condition,
      String parameter,
      String eventDateFact,
      AmountQualifier qualifier) {
    super(info, condition);
    this.parameter = parameter;
    this.eventDateFact = eventDateFact;
    this.qualifier = qualifier;
  }

  @Override
  public final Amount amount(Context ctx) {
    return Amounts.at(ctx, parameter, eventDateFact, qualifier);
  }

  @Override
  public final List<DatedAmount> datedAmounts(Parameters parameters) {
    return Amounts.dated(parameters, parameter);
  }
}
