package uk.careleavers.rules.logic;

import uk.careleavers.rules.model.CareLeaverCategory;

/**
 * The table "Care leaver status" of RULES.md for one set of known answers (Children Act 1989 Sch 2
 * para 19B, ss.23A, 23C, 24; Care Leavers (England) Regulations 2010 reg 3). Returns the category
 * ordinal with flag bits from {@link CategoryState}.
 */
final class CategoryTable {
  private CategoryTable() {}

  static int derive(
      int age,
      boolean inCareNow,
      boolean inCareAt18,
      boolean inCareAfter16,
      boolean weeks13,
      boolean sgoAfter16,
      boolean educationOrTraining) {
    if (age < 16) {
      return CareLeaverCategory.NOT_A_CARE_LEAVER.ordinal()
          | (inCareNow ? CategoryState.IN_CARE_NOW_BIT : 0);
    }
    boolean child = age < 18;
    // A special guardianship order made after 16 implies being looked after just before it.
    boolean lookedAfter16 = inCareAfter16 || sgoAfter16 || (child ? inCareNow : inCareAt18);
    boolean stillInCare = child && inCareNow;
    boolean eligibleEver = lookedAfter16 && weeks13;
    int flags =
        (lookedAfter16 ? CategoryState.LOOKED_AFTER_16 : 0)
            | (lookedAfter16 && !stillInCare ? CategoryState.LEFT_CARE : 0)
            | (stillInCare ? CategoryState.IN_CARE_NOW_BIT : 0);
    return category(age, stillInCare, lookedAfter16, eligibleEver, educationOrTraining).ordinal()
        | flags;
  }

  private static CareLeaverCategory category(
      int age,
      boolean stillInCare,
      boolean lookedAfter16,
      boolean eligibleEver,
      boolean educationOrTraining) {
    if (age < 18) {
      if (stillInCare) {
        // Still looked after with under 13 weeks: a child in care, not yet a care leaver.
        return eligibleEver
            ? CareLeaverCategory.ELIGIBLE_CHILD
            : CareLeaverCategory.NOT_A_CARE_LEAVER;
      }
      if (eligibleEver) {
        return CareLeaverCategory.RELEVANT_CHILD;
      }
      return lookedAfter16
          ? CareLeaverCategory.QUALIFYING_CARE_LEAVER
          : CareLeaverCategory.NOT_A_CARE_LEAVER;
    }
    if (eligibleEver) {
      // Either a relevant child who turned 18, or looked after at 18 having been eligible.
      return CareLeaverCategory.FORMER_RELEVANT_CHILD;
    }
    boolean qualifyingAge = age < 21 || (age < 25 && educationOrTraining);
    return lookedAfter16 && qualifyingAge
        ? CareLeaverCategory.QUALIFYING_CARE_LEAVER
        : CareLeaverCategory.NOT_A_CARE_LEAVER;
  }
}
