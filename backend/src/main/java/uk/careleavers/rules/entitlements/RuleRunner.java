package uk.careleavers.rules.entitlements;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import uk.careleavers.rules.logic.Condition;
import uk.careleavers.rules.logic.Context;
import uk.careleavers.rules.logic.Explanation;
import uk.careleavers.rules.logic.Lists;
import uk.careleavers.rules.logic.LocalLinks;
import uk.careleavers.rules.model.Amount;
import uk.careleavers.rules.model.ConditionTrace;
import uk.careleavers.rules.model.Kind;
import uk.careleavers.rules.model.Outcome;
import uk.careleavers.rules.model.ParameterRead;
import uk.careleavers.rules.model.Status;
import uk.careleavers.rules.model.Trace;
import uk.careleavers.rules.model.Tri;

/** Runs one rule on one context: fully (with reasons and trace) or quickly (status and amount). */
public final class RuleRunner {
  private RuleRunner() {}

  /** Status and amount only, for the timeline. */
  public record Snapshot(Status status, Long pence) {}

  public static Snapshot quick(Rule rule, Context ctx) {
    Kind kind = rule.kindOn(ctx);
    Status status = kind.isComing() ? Status.NOT_ELIGIBLE : rule.condition().test(ctx).toStatus();
    Amount amount =
        status == Status.NOT_ELIGIBLE ? null : raised(rule, ctx, rule.amount(ctx), null);
    return new Snapshot(status, amount == null ? null : amount.pence());
  }

  /**
   * The full outcome. {@code ruledOut} tells which facts' questions cannot be asked given the
   * answers so far; they are left out of "missing" so a maybe names what can be asked. The trace
   * tree is built only when asked for; reasons and missing come from the same conditions.
   */
  public static Outcome explain(
      Rule rule, Context ctx, boolean includeTrace, Predicate<String> ruledOut) {
    return explain(rule, ctx, includeTrace, ruledOut, new Explanation());
  }

  /** As above, reusing {@code why} (cleared first) to spare allocations across many rules. */
  public static Outcome explain(
      Rule rule, Context ctx, boolean includeTrace, Predicate<String> ruledOut, Explanation why) {
    why.clear();
    List<ParameterRead> reads = includeTrace ? new ArrayList<>() : null;
    List<String> notes = includeTrace ? new ArrayList<>() : null;
    ctx.recordInto(reads);
    Kind kind = rule.kindOn(ctx);
    Condition condition = rule.condition();
    ConditionTrace tree = includeTrace ? condition.explain(ctx) : null;
    Status raw = condition.collect(ctx, why).toStatus();
    boolean coming = kind.isComing();
    Status status = coming ? Status.NOT_ELIGIBLE : raw;
    List<String> reasons = coming ? List.of(rule.comingReason(kind)) : why.reasons();
    List<String> missing =
        status == Status.MAYBE && !why.missing().isEmpty()
            ? askable(why.missing(), ruledOut)
            : List.of();
    List<String> waitsOn = status == Status.MAYBE ? why.waitsOn() : List.of();
    Amount amount =
        status == Status.NOT_ELIGIBLE ? null : raised(rule, ctx, rule.amount(ctx), notes);
    String whatToDo = rule.whatToDo(ctx, status);
    ctx.recordInto(null);
    RuleInfo info = rule.info();
    return new Outcome(
        info.id(),
        info.title(),
        info.summary(),
        kind,
        info.theme(),
        status,
        coming,
        coming ? raw : null,
        amount,
        Lists.freeze(reasons),
        Lists.freeze(missing),
        Lists.freeze(waitsOn),
        whatToDo,
        rule.onRequest(ctx, status),
        info.legalBasis(),
        info.sources(),
        info.provider(),
        rule.linkedTo(),
        includeTrace ? new Trace(tree, reads, notes) : null);
  }

  /** Drops facts that cannot be asked yet, unless that would leave nothing to ask. */
  private static List<String> askable(List<String> missing, Predicate<String> ruledOut) {
    List<String> kept = new ArrayList<>(missing.size());
    for (String fact : missing) {
      if (!ruledOut.test(fact)) {
        kept.add(fact);
      }
    }
    return kept.isEmpty() ? missing : kept;
  }

  /** A council's higher figure replaces the national one (RULES.md, leaving-care-allowance). */
  private static Amount raised(Rule rule, Context ctx, Amount amount, List<String> notes) {
    List<LocalLinks.Raise> raises = ctx.links().raises().get(rule.id());
    if (amount == null || raises == null) {
      return amount;
    }
    Amount best = amount;
    for (LocalLinks.Raise raise : raises) {
      if (raise.pence() > best.pence() && raise.condition().test(ctx) == Tri.TRUE) {
        best = best.withPence(raise.pence(), raise.title() + " (" + raise.provider() + ")");
        if (notes != null) {
          notes.add(
              "The national figure of "
                  + Amount.pounds(amount.pence())
                  + " is raised to "
                  + Amount.pounds(raise.pence())
                  + " by "
                  + best.raisedBy()
                  + ".");
        }
      }
    }
    return best;
  }
}
