package uk.careleavers.rules.logic;

import java.util.List;
import java.util.Set;
import uk.careleavers.rules.facts.FactDefinition;
import uk.careleavers.rules.model.ConditionTrace;
import uk.careleavers.rules.model.Tri;

/** The young person answered "not sure": a follow-up question may help. Never used by rules. */
final class NotSureAnswer implements Condition {
  private final FactDefinition fact;

  NotSureAnswer(FactDefinition fact) {
    this.fact = fact;
  }

  @Override
  public Tri test(Context ctx) {
    return Tri.of(ctx.facts().isNotSure(fact.index()));
  }

  @Override
  public ConditionTrace explain(Context ctx) {
    Tri value = test(ctx);
    return ConditionTrace.leaf(
        "answered_not_sure(" + fact.id() + ")",
        value,
        value == Tri.TRUE
            ? "You were not sure: " + fact.question()
            : "You did not answer \"not sure\".",
        List.of());
  }

  @Override
  public void factsRead(Set<String> out) {
    out.add(fact.id());
  }
}
