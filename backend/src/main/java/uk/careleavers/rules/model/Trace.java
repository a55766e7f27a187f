package uk.careleavers.rules.model;

import java.util.List;

/** How an outcome was reached: every condition with its value, and every parameter read. */
public record Trace(ConditionTrace conditions, List<ParameterRead> parameters, List<String> notes) {

  public Trace {
    parameters = List.copyOf(parameters);
    notes = List.copyOf(notes);
  }
}
