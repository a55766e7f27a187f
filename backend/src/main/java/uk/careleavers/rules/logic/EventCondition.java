package uk.careleavers.rules.logic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.careleavers.rules.facts.Ages;
import uk.careleavers.rules.facts.FactCatalogue;
import uk.careleavers.rules.facts.FactDefinition;
import uk.careleavers.rules.model.ConditionTrace;
import uk.careleavers.rules.model.Tri;
import uk.careleavers.rules.params.ParameterValue;

/**
 * A test on an event date given as a fact (an apprenticeship start): either a boolean parameter on
 * that date, or the age on that date under a parameter in years. The event date picks the parameter
 * value, not the as-of date (RULES.md, Conventions).
 */
final class EventCondition implements Condition {
  private final FactDefinition event;
  private final String parameter;
  private final boolean ageTest;
  private final String test;
  private final ConditionTrace whenTrue;
  private final ConditionTrace whenFalse;

  EventCondition(
      String eventFact, String parameter, boolean ageTest, String whenTrue, String whenFalse) {
    this.event = FactCatalogue.require(eventFact);
    this.parameter = parameter;
    this.ageTest = ageTest;
    this.test =
        (ageTest ? "age_at_event_under(" : "on_event_date(") + event.id() + ", " + parameter + ")";
    this.whenTrue = ConditionTrace.leaf(test, Tri.TRUE, whenTrue, List.of());
    this.whenFalse = ConditionTrace.leaf(test, Tri.FALSE, whenFalse, List.of());
  }

  @Override
  public Tri test(Context ctx) {
    LocalDate on = (LocalDate) ctx.facts().value(event.index());
    if (on == null || (ageTest && ctx.dateOfBirth() == null)) {
      return Tri.UNKNOWN;
    }
    Optional<ParameterValue> v = ctx.parameter(parameter, on, event.id());
    if (v.isEmpty()) {
      return Tri.FALSE;
    }
    return ageTest
        ? Tri.of(Ages.ageOn(ctx.dateOfBirth(), on) < v.get().asLong())
        : Tri.of(v.get().asBoolean());
  }

  @Override
  public ConditionTrace explain(Context ctx) {
    Tri value = test(ctx);
    if (value != Tri.UNKNOWN) {
      return value == Tri.TRUE ? whenTrue : whenFalse;
    }
    List<String> missing = new ArrayList<>();
    if (ageTest && ctx.dateOfBirth() == null) {
      missing.add(FactCatalogue.DATE_OF_BIRTH);
    }
    if (ctx.facts().value(event.index()) == null) {
      missing.add(event.id());
    }
    return ConditionTrace.leaf(test, value, "We don't know yet: " + event.question(), missing);
  }

  @Override
  public void factsRead(Set<String> out) {
    out.add(event.id());
    if (ageTest) {
      out.add(FactCatalogue.DATE_OF_BIRTH);
    }
  }
}
