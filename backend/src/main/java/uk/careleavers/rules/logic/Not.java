package uk.careleavers.rules.logic;

import java.util.List;
import java.util.Set;
import uk.careleavers.rules.model.ConditionTrace;
import uk.careleavers.rules.model.Tri;
import uk.careleavers.rules.params.Parameters;

/** Kleene negation: not unknown is unknown. */
final class Not implements Condition {
  private final Condition inner;

  Not(Condition inner) {
    this.inner = inner;
  }

  @Override
  public Tri test(Context ctx) {
    return inner.test(ctx).not();
  }

  @Override
  public ConditionTrace explain(Context ctx) {
    ConditionTrace child = inner.explain(ctx);
    Tri value = child.value().not();
    String text =
        switch (value) {
          case TRUE -> "This is not the case: " + child.text();
          case FALSE -> "This must not be so, but it is: " + child.text();
          case UNKNOWN -> child.text();
        };
    return new ConditionTrace("not", value, text, child.missing(), child.waitsOn(), List.of(child));
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
