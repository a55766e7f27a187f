package uk.careleavers.rules.logic;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import uk.careleavers.rules.facts.FactDefinition;
import uk.careleavers.rules.facts.FactOption;
import uk.careleavers.rules.facts.FactType;
import uk.careleavers.rules.model.ConditionTrace;
import uk.careleavers.rules.model.Tri;

/**
 * A yes/no or choice answer is one of some values. Unknown (absent or "not sure") stays unknown.
 */
final class FactIs implements Condition {
  private final FactDefinition fact;
  private final Set<Object> values;
  private final String test;

  /** Traces by answer; open answers (council codes) are added on first use. */
  private final Map<Object, ConditionTrace> byAnswer = new ConcurrentHashMap<>();

  private final ConditionTrace notSure;
  private final ConditionTrace absent;

  FactIs(FactDefinition fact, Set<Object> values) {
    this.fact = fact;
    this.values = Set.copyOf(values);
    this.test =
        "fact_is("
            + fact.id()
            + "="
            + String.join("|", values.stream().map(String::valueOf).sorted().toList())
            + ")";
    List<String> missing = List.of(fact.id());
    this.notSure =
        ConditionTrace.leaf(test, Tri.UNKNOWN, "You are not sure: " + fact.question(), missing);
    this.absent =
        ConditionTrace.leaf(test, Tri.UNKNOWN, "We don't know yet: " + fact.question(), missing);
    if (fact.type() == FactType.YES_NO) {
      byAnswer.put(Boolean.TRUE, answered(Boolean.TRUE));
      byAnswer.put(Boolean.FALSE, answered(Boolean.FALSE));
    }
    for (FactOption o : fact.options()) {
      byAnswer.put(o.value(), answered(o.value()));
    }
  }

  private ConditionTrace answered(Object v) {
    return ConditionTrace.leaf(
        test,
        Tri.of(values.contains(v)),
        "You said \"" + fact.words(v) + "\" to: " + fact.question(),
        List.of());
  }

  @Override
  public Tri test(Context ctx) {
    Object v = ctx.facts().value(fact.index());
    return v == null ? Tri.UNKNOWN : Tri.of(values.contains(v));
  }

  @Override
  public ConditionTrace explain(Context ctx) {
    Object v = ctx.facts().value(fact.index());
    if (v == null) {
      return ctx.facts().isNotSure(fact.index()) ? notSure : absent;
    }
    ConditionTrace known = byAnswer.get(v);
    return known != null ? known : byAnswer.computeIfAbsent(v, this::answered);
  }

  @Override
  public void factsRead(Set<String> out) {
    out.add(fact.id());
  }
}
