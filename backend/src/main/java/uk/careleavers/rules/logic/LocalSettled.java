package uk.careleavers.rules.logic;

import java.util.List;
import uk.careleavers.rules.model.ConditionTrace;
import uk.careleavers.rules.model.Tri;

/**
 * For a national rule that is really a council's choice (council tax): the answer of the local
 * items linked to it; with no local data, unknown until the council is asked (RULES.md). The
 * timeline adds the linked items' birthdays to the national rule's.
 */
final class LocalSettled implements Condition {
  private final String nationalId;
  private final ConditionTrace askTheCouncil;

  LocalSettled(String nationalId, String askTheCouncil) {
    this.nationalId = nationalId;
    this.askTheCouncil =
        new ConditionTrace(
            "local_offer(" + nationalId + ")",
            Tri.UNKNOWN,
            askTheCouncil,
            List.of(),
            List.of(askTheCouncil),
            List.of());
  }

  @Override
  public Tri test(Context ctx) {
    List<LocalLinks.LinkedItem> items = ctx.links().settles().get(nationalId);
    if (items != null && !items.isEmpty()) {
      Tri result = Tri.FALSE;
      for (LocalLinks.LinkedItem item : items) {
        result = result.or(item.condition().test(ctx));
      }
      return result;
    }
    return ctx.links().declaredNone().containsKey(nationalId) ? Tri.FALSE : Tri.UNKNOWN;
  }

  /** The linked items as "any of", each described by its title; null without local data. */
  private Condition linked(Context ctx) {
    return ctx.links().settling(nationalId);
  }

  @Override
  public Tri collect(Context ctx, Explanation out) {
    Condition linked = linked(ctx);
    return linked != null ? linked.collect(ctx, out) : Condition.super.collect(ctx, out);
  }

  @Override
  public ConditionTrace explain(Context ctx) {
    String test = "local_offer(" + nationalId + ")";
    Condition linked = linked(ctx);
    if (linked != null) {
      ConditionTrace any = linked.explain(ctx);
      return new ConditionTrace(
          test, any.value(), any.text(), any.missing(), any.waitsOn(), any.children());
    }
    String none = ctx.links().declaredNone().get(nationalId);
    if (none != null) {
      return ConditionTrace.leaf(
          test, Tri.FALSE, "The local offer of " + none + " does not include this.", List.of());
    }
    return askTheCouncil;
  }
}
