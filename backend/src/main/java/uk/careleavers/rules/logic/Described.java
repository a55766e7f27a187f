package uk.careleavers.rules.logic;

import java.util.List;
import java.util.Set;
import uk.careleavers.rules.model.ConditionTrace;
import uk.careleavers.rules.model.Tri;
import uk.careleavers.rules.params.Parameters;

/**
 * Gives a condition its own plain sentences. Reasons shown to young people stop here instead of
 * listing the parts, so wrap a part whenever the generic words would read badly.
 */
final class Described implements Condition {
  static final String TEST = "explained";

  private final Condition inner;
  private final String whenTrue;
  private final String whenFalse;
  private final String whenUnknown;

  Described(Condition inner, String whenTrue, String whenFalse, String whenUnknown) {
    this.inner = inner;
    this.whenTrue = whenTrue;
    this.whenFalse = whenFalse;
    this.whenUnknown = whenUnknown;
  }

  @Override
  public Tri test(Context ctx) {
    return inner.test(ctx);
  }

  @Override
  public ConditionTrace explain(Context ctx) {
    ConditionTrace child = inner.explain(ctx);
    String text =
        switch (child.value()) {
          case TRUE -> whenTrue;
          case FALSE -> whenFalse;
          case UNKNOWN -> whenUnknown != null ? whenUnknown : child.text();
        };
    return new ConditionTrace(
        TEST, child.value(), text, child.missing(), child.waitsOn(), List.of(child));
  }

  @Override
  public Tri collect(Context ctx, Explanation out) {
    Tri value = inner.test(ctx);
    if (value == Tri.UNKNOWN && whenUnknown == null) {
      return inner.collect(ctx, out);
    }
    out.reason(value == Tri.TRUE ? whenTrue : value == Tri.FALSE ? whenFalse : whenUnknown);
    if (value == Tri.UNKNOWN) {
      Explanation unknowns = new Explanation();
      inner.collect(ctx, unknowns);
      out.unknowns(unknowns.missing(), unknowns.waitsOn());
    }
    return value;
  }

  @Override
  public void thresholds(Thresholds out, Parameters parameters) {
    inner.thresholds(out, parameters);
  }

  @Override
  public void factsRead(Set<String> out) {
    inner.factsRead(out);
  }
}
