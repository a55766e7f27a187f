package uk.careleavers.rules.logic;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import uk.careleavers.rules.model.ConditionTrace;
import uk.careleavers.rules.model.Tri;
import uk.careleavers.rules.params.Parameters;

/**
 * A test on what is derived from the care answers (being looked after since 16, having left care,
 * being in care now). Unknown while the missing answers could still change it.
 */
final class Derived implements Condition {
  /**
   * The ages at which being looked after since 16, having left care or being in care can change:
   * care after 16 starts to count at 16, and at 18 being in care ends (CategoryTable).
   */
  static final int[] CARE_AGES = {16, 18};

  private final String test;
  private final IntPredicate onCode;
  private final ConditionTrace whenTrue;
  private final ConditionTrace whenFalse;
  private final String whenUnknown;

  Derived(String test, IntPredicate onCode, String whenTrue, String whenFalse, String whenUnknown) {
    this.test = test;
    this.onCode = onCode;
    this.whenTrue = ConditionTrace.leaf(test, Tri.TRUE, whenTrue, List.of());
    this.whenFalse = ConditionTrace.leaf(test, Tri.FALSE, whenFalse, List.of());
    this.whenUnknown = whenUnknown;
  }

  @Override
  public Tri test(Context ctx) {
    return ctx.category().test(onCode);
  }

  @Override
  public ConditionTrace explain(Context ctx) {
    return switch (test(ctx)) {
      case TRUE -> whenTrue;
      case FALSE -> whenFalse;
      case UNKNOWN ->
          ConditionTrace.leaf(test, Tri.UNKNOWN, whenUnknown, ctx.category().missing(onCode));
    };
  }

  @Override
  public void thresholds(Thresholds out, Parameters parameters) {
    for (int age : CARE_AGES) {
      out.age(age);
    }
  }

  @Override
  public void factsRead(Set<String> out) {
    out.addAll(Arrays.asList(CategoryState.FACTS));
  }
}
