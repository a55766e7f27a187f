package uk.careleavers.rules.entitlements;

import java.util.List;
import uk.careleavers.rules.logic.Condition;
import uk.careleavers.rules.logic.Context;
import uk.careleavers.rules.logic.Thresholds;
import uk.careleavers.rules.model.Amount;
import uk.careleavers.rules.model.DatedAmount;
import uk.careleavers.rules.model.Kind;
import uk.careleavers.rules.model.Status;
import uk.careleavers.rules.params.Parameters;

/**
 * One entitlement: who (a condition), how much (from dated parameters) and what to do. Subclasses
 * are immutable and built once, so one instance serves every thread.
 */
public abstract class Rule {
  private final RuleInfo info;
  private final Condition condition;

  protected Rule(RuleInfo info, Condition condition) {
    this.info = info;
    this.condition = condition;
  }

  public final RuleInfo info() {
    return info;
  }

  public final String id() {
    return info.id();
  }

  public final Condition condition() {
    return condition;
  }

  /** The kind on the context's date; a law that comes into force stops being "coming". */
  public Kind kindOn(Context ctx) {
    return info.kind();
  }

  /** The amount on the context's date, or null when there is none. */
  public Amount amount(Context ctx) {
    return null;
  }

  /**
   * Facts that would make a yes or a maybe more specific without settling it: the date that fixes a
   * guessed amount, or the council whose local offer applies. Next questions rank them below the
   * facts a maybe is missing.
   */
  public List<String> refinedBy(Context ctx) {
    return List.of();
  }

  /** Plain-English next step for this answer. */
  public abstract String whatToDo(Context ctx, Status status);

  /** The right exists if the young person asks for it (RULES.md, Conventions). */
  public boolean onRequest(Context ctx, Status status) {
    return false;
  }

  /** Why a coming rule is not in force yet. */
  public String comingReason(Kind kind) {
    return kind == Kind.ENACTED_NOT_IN_FORCE
        ? "This is now law, but it has not started yet. We will show it here when it does."
        : "This is a government plan. It is not law yet, so you cannot ask for it yet.";
  }

  /** The national rule a local item raises or settles, or null. */
  public String linkedTo() {
    return null;
  }

  /** Every dated amount, for the catalogue. */
  public List<DatedAmount> datedAmounts(Parameters parameters) {
    return List.of();
  }

  /** The birthdays on which this rule's answer may change (timeline). */
  public Thresholds thresholds(Parameters parameters) {
    Thresholds t = new Thresholds();
    condition.thresholds(t, parameters);
    return t;
  }
}
