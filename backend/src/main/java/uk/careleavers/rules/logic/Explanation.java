package uk.careleavers.rules.logic;

import java.util.ArrayList;
import java.util.List;

/**
 * What {@link Condition#collect} gathers: reasons, missing fact ids and decisions, each once, in
 * order. The lists for unknowns are made only when something is unknown.
 */
public final class Explanation {
  private final List<String> reasons = new ArrayList<>(4);
  private List<String> missing = List.of();
  private List<String> waitsOn = List.of();

  public void reason(String text) {
    Lists.addOnce(reasons, text);
  }

  public void unknowns(List<String> facts, List<String> decisions) {
    if (!facts.isEmpty()) {
      missing = missing.isEmpty() ? new ArrayList<>(facts.size() + 1) : missing;
      Lists.addAllOnce(missing, facts);
    }
    if (!decisions.isEmpty()) {
      waitsOn = waitsOn.isEmpty() ? new ArrayList<>(1) : waitsOn;
      Lists.addAllOnce(waitsOn, decisions);
    }
  }

  /** Empties it for the next rule (one is reused across the rules of an evaluation). */
  public void clear() {
    reasons.clear();
    missing = List.of();
    waitsOn = List.of();
  }

  public List<String> reasons() {
    return reasons;
  }

  public List<String> missing() {
    return missing;
  }

  public List<String> waitsOn() {
    return waitsOn;
  }
}
