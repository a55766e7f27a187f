package uk.careleavers.rules.logic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import uk.careleavers.rules.model.CareLeaverCategory;
import uk.careleavers.rules.model.ConditionTrace;
import uk.careleavers.rules.model.Tri;
import uk.careleavers.rules.params.Parameters;

/** The derived category is one of some categories (RULES.md, "Care leaver status"). */
final class CategoryIn implements Condition {
  private final IntPredicate onCode;

  /** Only qualifying care leavers (and so "not a care leaver") change category at 21 and 25. */
  private final boolean qualifyingAges;

  private final String test;
  private final String unknownText;

  /** Traces by the single known category (index UNKNOWN when several are possible). */
  private final ConditionTrace[] whenTrue;

  private final ConditionTrace[] whenFalse;

  CategoryIn(Set<CareLeaverCategory> categories) {
    int mask = 0;
    List<String> ids = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    for (CareLeaverCategory c : EnumSet.copyOf(categories)) {
      mask |= 1 << c.ordinal();
      ids.add(c.id());
      labels.add(c.label());
    }
    int bits = mask;
    this.qualifyingAges =
        categories.contains(CareLeaverCategory.QUALIFYING_CARE_LEAVER)
            || categories.contains(CareLeaverCategory.NOT_A_CARE_LEAVER);
    this.onCode = code -> (bits & (1 << (code & 7))) != 0;
    this.test = "category_in(" + String.join("|", ids) + ")";
    String listed = join(labels);
    this.unknownText = "We need more answers to know if you are " + listed + ".";
    int n = CareLeaverCategory.values().length;
    this.whenTrue = new ConditionTrace[n];
    this.whenFalse = new ConditionTrace[n];
    for (CareLeaverCategory single : CareLeaverCategory.values()) {
      boolean known = single != CareLeaverCategory.UNKNOWN;
      whenTrue[single.ordinal()] =
          ConditionTrace.leaf(
              test,
              Tri.TRUE,
              known
                  ? "You are " + single.label() + ". " + single.explanation()
                  : "You are " + listed + ".",
              List.of());
      whenFalse[single.ordinal()] =
          ConditionTrace.leaf(
              test,
              Tri.FALSE,
              "This is for "
                  + listed
                  + ". "
                  + (known ? "You are " + single.label() + "." : "You are not."),
              List.of());
    }
  }

  private static String join(List<String> labels) {
    if (labels.size() == 1) {
      return labels.get(0);
    }
    return String.join(", ", labels.subList(0, labels.size() - 1))
        + " or "
        + labels.get(labels.size() - 1);
  }

  @Override
  public Tri test(Context ctx) {
    return ctx.category().test(onCode);
  }

  @Override
  public ConditionTrace explain(Context ctx) {
    return switch (test(ctx)) {
      case TRUE -> whenTrue[ctx.category().single().ordinal()];
      case FALSE -> whenFalse[ctx.category().single().ordinal()];
      case UNKNOWN ->
          ConditionTrace.leaf(test, Tri.UNKNOWN, unknownText, ctx.category().missing(onCode));
    };
  }

  @Override
  public void thresholds(Thresholds out, Parameters parameters) {
    for (int age : Derived.CARE_AGES) {
      out.age(age);
    }
    if (qualifyingAges) {
      out.age(21);
      out.age(25);
    }
  }

  @Override
  public void factsRead(Set<String> out) {
    out.addAll(Arrays.asList(CategoryState.FACTS));
  }
}
