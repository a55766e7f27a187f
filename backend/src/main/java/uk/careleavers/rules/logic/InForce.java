package uk.careleavers.rules.logic;

import java.util.List;
import uk.careleavers.rules.model.ConditionTrace;
import uk.careleavers.rules.model.Tri;

/**
 * A boolean parameter (an in-force date) read on the as-of date. No value yet means false. Its
 * change dates are dates in the law, which the timeline checks for every rule.
 */
final class InForce implements Condition {
  private final String parameter;
  private final ConditionTrace whenTrue;
  private final ConditionTrace whenFalse;

  InForce(String parameter, String whenTrue, String whenFalse) {
    this.parameter = parameter;
    String test = "in_force(" + parameter + ")";
    this.whenTrue = ConditionTrace.leaf(test, Tri.TRUE, whenTrue, List.of());
    this.whenFalse = ConditionTrace.leaf(test, Tri.FALSE, whenFalse, List.of());
  }

  @Override
  public Tri test(Context ctx) {
    return Tri.of(ctx.flag(parameter));
  }

  @Override
  public ConditionTrace explain(Context ctx) {
    return ctx.flag(parameter) ? whenTrue : whenFalse;
  }
}
