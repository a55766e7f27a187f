package uk.careleavers.rules.logic;

import java.util.Set;
import uk.careleavers.rules.model.ConditionTrace;
import uk.careleavers.rules.model.Tri;
import uk.careleavers.rules.params.Parameters;

/**
 * A three-valued test. Built once (national rules at load, local items from data) and then
 * evaluated many times; implementations are immutable and thread-safe. Make them with {@link
 * Conditions}.
 */
public interface Condition {

  /** The value only: the fast path used for the timeline. */
  Tri test(Context ctx);

  /** The value with its plain-English sentence and, if unknown, what it waits on. */
  ConditionTrace explain(Context ctx);

  /**
   * The value, adding the sentences that explain it (what held for a yes, what failed for a no,
   * what held and what is not known for a maybe) and, when unknown, the missing fact ids and the
   * decisions it waits on. The same choice as the trace, without building the tree; leaves answer
   * from their (mostly precomputed) trace.
   */
  default Tri collect(Context ctx, Explanation out) {
    ConditionTrace t = explain(ctx);
    out.reason(t.text());
    if (t.value() == Tri.UNKNOWN) {
      out.unknowns(t.missing(), t.waitsOn());
    }
    return t.value();
  }

  /**
   * Adds the birthdays on which this condition may change value. Called once when a rule is built;
   * {@code parameters} gives the ages held in dated parameters.
   */
  default void thresholds(Thresholds out, Parameters parameters) {}

  /** Adds the ids of the facts this condition reads. */
  default void factsRead(Set<String> out) {}
}
