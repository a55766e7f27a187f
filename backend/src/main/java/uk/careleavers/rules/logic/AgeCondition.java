package uk.careleavers.rules.logic;

import java.util.List;
import java.util.Set;
import uk.careleavers.rules.facts.FactCatalogue;
import uk.careleavers.rules.model.ConditionTrace;
import uk.careleavers.rules.model.Tri;
import uk.careleavers.rules.params.Parameters;

/**
 * {@code age >= n} or {@code age < n} on the as-of date. "Until N", "up to N", "to N" and "under N"
 * all mean before the N-th birthday (RULES.md, Conventions).
 */
final class AgeCondition implements Condition {
  static final List<String> NEEDS_DOB = List.of(FactCatalogue.DATE_OF_BIRTH);
  static final String NEED_DOB_TEXT = "We need your date of birth to know your age.";

  private final int years;
  private final boolean atLeast;
  private final ConditionTrace whenOlder;
  private final ConditionTrace whenYounger;
  private final ConditionTrace whenUnknown;

  AgeCondition(int years, boolean atLeast) {
    this.years = years;
    this.atLeast = atLeast;
    String test = (atLeast ? "age_at_least(" : "age_under(") + years + ")";
    this.whenOlder =
        ConditionTrace.leaf(test, Tri.of(atLeast), "You are " + years + " or older.", List.of());
    this.whenYounger =
        ConditionTrace.leaf(test, Tri.of(!atLeast), "You are under " + years + ".", List.of());
    this.whenUnknown = ConditionTrace.leaf(test, Tri.UNKNOWN, NEED_DOB_TEXT, NEEDS_DOB);
  }

  @Override
  public Tri test(Context ctx) {
    Integer age = ctx.age();
    if (age == null) {
      return Tri.UNKNOWN;
    }
    return Tri.of(atLeast == (age >= years));
  }

  @Override
  public ConditionTrace explain(Context ctx) {
    Integer age = ctx.age();
    if (age == null) {
      return whenUnknown;
    }
    return age >= years ? whenOlder : whenYounger;
  }

  @Override
  public void thresholds(Thresholds out, Parameters parameters) {
    out.age(years);
  }

  @Override
  public void factsRead(Set<String> out) {
    out.add(FactCatalogue.DATE_OF_BIRTH);
  }
}
