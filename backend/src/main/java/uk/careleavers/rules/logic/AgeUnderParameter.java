package uk.careleavers.rules.logic;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import uk.careleavers.rules.facts.FactCatalogue;
import uk.careleavers.rules.model.ConditionTrace;
import uk.careleavers.rules.model.Tri;
import uk.careleavers.rules.params.ParameterValue;
import uk.careleavers.rules.params.Parameters;

/** {@code age < limit}, where the limit is a dated parameter in years read on the as-of date. */
final class AgeUnderParameter implements Condition {
  private final String parameter;
  private final ConditionTrace noValue;

  /** Traces by limit: [under, at or over, unknown]; a parameter has only a few values. */
  private final ConcurrentHashMap<Long, ConditionTrace[]> byLimit = new ConcurrentHashMap<>();

  AgeUnderParameter(String parameter) {
    this.parameter = parameter;
    this.noValue =
        ConditionTrace.leaf(
            "age_under(" + parameter + "=none)",
            Tri.FALSE,
            "This did not exist on this date.",
            List.of());
  }

  @Override
  public Tri test(Context ctx) {
    Optional<ParameterValue> limit = ctx.parameter(parameter, ctx.asOf(), "as_of");
    if (limit.isEmpty()) {
      return Tri.FALSE;
    }
    return ctx.age() == null ? Tri.UNKNOWN : Tri.of(ctx.age() < limit.get().asLong());
  }

  @Override
  public ConditionTrace explain(Context ctx) {
    Optional<ParameterValue> limit = ctx.parameter(parameter, ctx.asOf(), "as_of");
    if (limit.isEmpty()) {
      return noValue;
    }
    ConditionTrace[] traces = byLimit.computeIfAbsent(limit.get().asLong(), this::traces);
    if (ctx.age() == null) {
      return traces[2];
    }
    return ctx.age() < limit.get().asLong() ? traces[0] : traces[1];
  }

  private ConditionTrace[] traces(long years) {
    String test = "age_under(" + parameter + "=" + years + ")";
    return new ConditionTrace[] {
      ConditionTrace.leaf(test, Tri.TRUE, "You are under " + years + ".", List.of()),
      ConditionTrace.leaf(test, Tri.FALSE, "You are " + years + " or older.", List.of()),
      ConditionTrace.leaf(test, Tri.UNKNOWN, AgeCondition.NEED_DOB_TEXT, AgeCondition.NEEDS_DOB)
    };
  }

  @Override
  public void thresholds(Thresholds out, Parameters parameters) {
    for (ParameterValue v : parameters.get(parameter).values()) {
      out.age(v.asLong());
    }
  }

  @Override
  public void factsRead(Set<String> out) {
    out.add(FactCatalogue.DATE_OF_BIRTH);
  }
}
