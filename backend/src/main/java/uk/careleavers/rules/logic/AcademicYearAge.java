package uk.careleavers.rules.logic;

import java.util.List;
import java.util.Set;
import uk.careleavers.rules.facts.Ages;
import uk.careleavers.rules.facts.FactCatalogue;
import uk.careleavers.rules.model.ConditionTrace;
import uk.careleavers.rules.model.Tri;
import uk.careleavers.rules.params.Parameters;

/**
 * Under {@code years} on 31 August before the academic year that contains the as-of date starts
 * (16-19 Bursary Fund guidance, external; RULES.md bursary-16-19).
 */
final class AcademicYearAge implements Condition {
  private static final String WHEN = "on 31 August before this school or college year started";

  private final int years;
  private final ConditionTrace whenUnder;
  private final ConditionTrace whenOver;
  private final ConditionTrace whenUnknown;

  AcademicYearAge(int years) {
    this.years = years;
    String test = "age_on_31_august_under(" + years + ")";
    this.whenUnder =
        ConditionTrace.leaf(
            test, Tri.TRUE, "You were under " + years + " " + WHEN + ".", List.of());
    this.whenOver =
        ConditionTrace.leaf(
            test, Tri.FALSE, "You were " + years + " or older " + WHEN + ".", List.of());
    this.whenUnknown =
        ConditionTrace.leaf(test, Tri.UNKNOWN, AgeCondition.NEED_DOB_TEXT, AgeCondition.NEEDS_DOB);
  }

  @Override
  public Tri test(Context ctx) {
    if (ctx.dateOfBirth() == null) {
      return Tri.UNKNOWN;
    }
    return Tri.of(Ages.ageOn(ctx.dateOfBirth(), Ages.augustBeforeAcademicYear(ctx.asOf())) < years);
  }

  @Override
  public ConditionTrace explain(Context ctx) {
    return switch (test(ctx)) {
      case TRUE -> whenUnder;
      case FALSE -> whenOver;
      case UNKNOWN -> whenUnknown;
    };
  }

  @Override
  public void thresholds(Thresholds out, Parameters parameters) {
    out.academicAge(years);
  }

  @Override
  public void factsRead(Set<String> out) {
    out.add(FactCatalogue.DATE_OF_BIRTH);
  }
}
