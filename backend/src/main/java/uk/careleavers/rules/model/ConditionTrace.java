package uk.careleavers.rules.model;

import java.util.List;

/**
 * One condition as evaluated: its machine form ({@code test}, e.g. {@code age_under(21)}), its
 * value, the plain-English sentence for that value, and, when unknown, what it waits on.
 */
public record ConditionTrace(
    String test,
    Tri value,
    String text,
    List<String> missing,
    List<String> waitsOn,
    List<ConditionTrace> children) {

  public ConditionTrace {
    missing = List.copyOf(missing);
    waitsOn = List.copyOf(waitsOn);
    children = List.copyOf(children);
  }

  public static ConditionTrace leaf(String test, Tri value, String text, List<String> missing) {
    return new ConditionTrace(test, value, text, missing, List.of(), List.of());
  }
}
