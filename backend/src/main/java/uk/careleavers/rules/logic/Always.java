package uk.careleavers.rules.logic;

import java.util.List;
import uk.careleavers.rules.model.ConditionTrace;
import uk.careleavers.rules.model.Tri;

/** A fixed value, e.g. an offer open to everyone. */
final class Always implements Condition {
  private final Tri value;
  private final String text;

  Always(Tri value, String text) {
    this.value = value;
    this.text = text;
  }

  @Override
  public Tri test(Context ctx) {
    return value;
  }

  @Override
  public ConditionTrace explain(Context ctx) {
    return ConditionTrace.leaf(
        "always(" + value.name().toLowerCase(java.util.Locale.ROOT) + ")", value, text, List.of());
  }
}
