package uk.careleavers.rules.logic;

import java.util.List;
import uk.careleavers.rules.model.ConditionTrace;
import uk.careleavers.rules.model.Tri;

/** A person must decide (an assessment, a discretion): always unknown to the engine. */
final class Decision implements Condition {
  private final String who;

  Decision(String who) {
    this.who = who;
  }

  @Override
  public Tri test(Context ctx) {
    return Tri.UNKNOWN;
  }

  @Override
  public ConditionTrace explain(Context ctx) {
    return new ConditionTrace("decision", Tri.UNKNOWN, who, List.of(), List.of(who), List.of());
  }
}
