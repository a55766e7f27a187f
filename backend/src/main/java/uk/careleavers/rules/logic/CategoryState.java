package uk.careleavers.rules.logic;

import static uk.careleavers.rules.facts.FactCatalogue.DATE_OF_BIRTH;
import static uk.careleavers.rules.facts.FactCatalogue.IN_CARE_AFTER_16;
import static uk.careleavers.rules.facts.FactCatalogue.IN_CARE_AT_18;
import static uk.careleavers.rules.facts.FactCatalogue.IN_CARE_NOW;
import static uk.careleavers.rules.facts.FactCatalogue.MAIN_ACTIVITY;
import static uk.careleavers.rules.facts.FactCatalogue.SPECIAL_GUARDIANSHIP_AFTER_16;
import static uk.careleavers.rules.facts.FactCatalogue.WEEKS_IN_CARE_SINCE_14;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.function.IntUnaryOperator;
import uk.careleavers.rules.facts.FactCatalogue;
import uk.careleavers.rules.facts.Facts;
import uk.careleavers.rules.model.CareLeaverCategory;
import uk.careleavers.rules.model.Tri;

/**
 * The care leaver category, derived from plain answers. Unknown answers are tried both ways (and an
 * unknown age at one age of each band); what the category can still be is then known, and an answer
 * is "missing" only if trying it both ways changes the result.
 */
public final class CategoryState {
  /** Dimensions, in the order they are listed as missing. */
  static final String[] FACTS = {
    DATE_OF_BIRTH,
    IN_CARE_NOW,
    IN_CARE_AT_18,
    IN_CARE_AFTER_16,
    WEEKS_IN_CARE_SINCE_14,
    SPECIAL_GUARDIANSHIP_AFTER_16,
    MAIN_ACTIVITY
  };

  /** One age in each band the table of RULES.md tells apart: under 16, 16-17, 18-20, 21-24, 25+. */
  private static final int[] AGE_BANDS = {15, 16, 18, 21, 25};

  static final int LOOKED_AFTER_16 = 1 << 3;
  static final int LEFT_CARE = 1 << 4;
  static final int IN_CARE_NOW_BIT = 1 << 5;

  private static final int IDX_IN_CARE_NOW = FactCatalogue.index(IN_CARE_NOW);
  private static final int IDX_IN_CARE_AT_18 = FactCatalogue.index(IN_CARE_AT_18);
  private static final int IDX_IN_CARE_AFTER_16 = FactCatalogue.index(IN_CARE_AFTER_16);
  private static final int IDX_WEEKS = FactCatalogue.index(WEEKS_IN_CARE_SINCE_14);
  private static final int IDX_SGO = FactCatalogue.index(SPECIAL_GUARDIANSHIP_AFTER_16);
  private static final int IDX_ACTIVITY = FactCatalogue.index(MAIN_ACTIVITY);
  private static final int[] UNKNOWN_BOOL = {0, 1};
  private static final int[] NO = {0};
  private static final int[] YES = {1};

  private final int[][] values;
  private final int[] codes;

  /** The different codes among {@link #codes}: usually one or two, so tests stay cheap. */
  private final int[] distinct;

  CategoryState(Facts facts, Integer age) {
    values =
        new int[][] {
          ages(age),
          bool(facts, IDX_IN_CARE_NOW),
          bool(facts, IDX_IN_CARE_AT_18),
          bool(facts, IDX_IN_CARE_AFTER_16),
          weeks(facts),
          guardianship(facts),
          education(facts)
        };
    int n = 1;
    for (int[] v : values) {
      n *= v.length;
    }
    codes = new int[n];
    int[] digits = new int[values.length];
    for (int c = 0; c < n; c++) {
      codes[c] =
          CategoryTable.derive(
              values[0][digits[0]],
              digits(digits, 1),
              digits(digits, 2),
              digits(digits, 3),
              digits(digits, 4),
              digits(digits, 5),
              digits(digits, 6));
      increment(digits);
    }
    distinct = distinct(codes);
  }

  private static int[] distinct(int[] codes) {
    int[] out = new int[codes.length];
    int n = 0;
    for (int code : codes) {
      boolean seen = false;
      for (int i = 0; i < n && !seen; i++) {
        seen = out[i] == code;
      }
      if (!seen) {
        out[n++] = code;
      }
    }
    return java.util.Arrays.copyOf(out, n);
  }

  /**
   * The age band that {@link CategoryTable} tells apart (under 16, 16-17, 18-20, 21-24, 25+): two
   * dates in the same band with the same answers have the same category.
   */
  static int band(Integer age) {
    if (age == null) {
      return -1;
    }
    return age < 16 ? 0 : age < 18 ? 1 : age < 21 ? 2 : age < 25 ? 3 : 4;
  }

  private boolean digits(int[] digits, int dim) {
    return values[dim][digits[dim]] == 1;
  }

  private void increment(int[] digits) {
    for (int d = 0; d < digits.length; d++) {
      if (++digits[d] < values[d].length) {
        return;
      }
      digits[d] = 0;
    }
  }

  private static int[] ages(Integer age) {
    return age == null ? AGE_BANDS : new int[] {age};
  }

  private static int[] bool(Facts facts, int index) {
    Object v = facts.value(index);
    return v == null ? UNKNOWN_BOOL : ((Boolean) v) ? YES : NO;
  }

  /**
   * A special guardianship order after 16 only matters while "in care since 16" is unknown: a yes
   * already settles it, and a no rules the order out (it implies care just before it).
   */
  private static int[] guardianship(Facts facts) {
    if (facts.isKnown(IDX_IN_CARE_AFTER_16)) {
      return NO;
    }
    return bool(facts, IDX_SGO);
  }

  /**
   * 13 weeks since 14, some after 16 (Care Planning, Placement and Case Review Regs 2010 reg 40).
   */
  private static int[] weeks(Facts facts) {
    Object v = facts.value(IDX_WEEKS);
    return v == null ? UNKNOWN_BOOL : ((Integer) v) >= 13 ? YES : NO;
  }

  private static int[] education(Facts facts) {
    Object v = facts.value(IDX_ACTIVITY);
    return v == null ? UNKNOWN_BOOL : Activities.isEducationOrTraining((String) v) ? YES : NO;
  }

  /** The category if only one is possible, else UNKNOWN. */
  public CareLeaverCategory single() {
    int first = distinct[0] & 7;
    for (int code : distinct) {
      if ((code & 7) != first) {
        return CareLeaverCategory.UNKNOWN;
      }
    }
    return CareLeaverCategory.values()[first];
  }

  /** Every category still possible, in enum order. */
  public List<CareLeaverCategory> possible() {
    boolean[] seen = new boolean[CareLeaverCategory.values().length];
    for (int code : distinct) {
      seen[code & 7] = true;
    }
    List<CareLeaverCategory> out = new ArrayList<>();
    for (CareLeaverCategory c : CareLeaverCategory.values()) {
      if (seen[c.ordinal()]) {
        out.add(c);
      }
    }
    return out;
  }

  /** TRUE if every possibility passes, FALSE if none does. */
  public Tri test(IntPredicate onCode) {
    boolean any = false;
    boolean all = true;
    for (int code : distinct) {
      boolean pass = onCode.test(code);
      any |= pass;
      all &= pass;
    }
    return all ? Tri.TRUE : any ? Tri.UNKNOWN : Tri.FALSE;
  }

  /** The unknown answers that would change {@code onCode}, in {@link #FACTS} order. */
  public List<String> missing(IntPredicate onCode) {
    return missingBy(code -> onCode.test(code) ? 1 : 0);
  }

  /** The unknown answers that would change the category itself. */
  public List<String> missingForCategory() {
    return missingBy(code -> code & 7);
  }

  private List<String> missingBy(IntUnaryOperator key) {
    List<String> out = new ArrayList<>();
    int stride = 1;
    for (int d = 0; d < values.length; d++) {
      int radix = values[d].length;
      if (radix > 1 && changes(key, stride, radix)) {
        out.add(FACTS[d]);
      }
      stride *= radix;
    }
    return out;
  }

  private boolean changes(IntUnaryOperator key, int stride, int radix) {
    for (int c = 0; c < codes.length; c++) {
      if ((c / stride) % radix != 0) {
        continue;
      }
      int base = key.applyAsInt(codes[c]);
      for (int k = 1; k < radix; k++) {
        if (key.applyAsInt(codes[c + k * stride]) != base) {
          return true;
        }
      }
    }
    return false;
  }
}
