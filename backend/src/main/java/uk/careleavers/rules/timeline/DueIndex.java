package uk.careleavers.rules.timeline;

import java.time.LocalDate;
import java.util.BitSet;
import java.util.TreeMap;
import uk.careleavers.rules.facts.Ages;
import uk.careleavers.rules.logic.Thresholds;

/**
 * For each age, which rules (by index) may change answer on that birthday, and on the 1 September
 * after it. Built once for the national rules; an evaluation with local items adds theirs.
 * Immutable once built: {@link #plus} copies what it changes.
 */
public final class DueIndex {
  private static final int AGES = 64;

  private final BitSet[] byAge;
  private final BitSet[] byAcademicAge;

  private DueIndex(BitSet[] byAge, BitSet[] byAcademicAge) {
    this.byAge = byAge;
    this.byAcademicAge = byAcademicAge;
  }

  public static DueIndex empty() {
    return new DueIndex(new BitSet[AGES], new BitSet[AGES]);
  }

  /** A copy where rule {@code index} is also due on the ages of {@code t}. */
  public DueIndex plus(int index, Thresholds t) {
    return new DueIndex(with(byAge, t.ages(), index), with(byAcademicAge, t.academicAges(), index));
  }

  private static BitSet[] with(BitSet[] sets, long ages, int index) {
    if (ages == 0) {
      return sets;
    }
    BitSet[] copy = sets.clone();
    for (long bits = ages; bits != 0; bits &= bits - 1) {
      int age = Long.numberOfTrailingZeros(bits);
      BitSet s = copy[age] == null ? new BitSet() : (BitSet) copy[age].clone();
      s.set(index);
      copy[age] = s;
    }
    return copy;
  }

  /**
   * The days after {@code asOf} and up to {@code horizon} with the rules due on each, adding {@code
   * extra} rules (this evaluation's local items) without copying the index.
   */
  TreeMap<LocalDate, BitSet> dates(LocalDate dob, LocalDate asOf, LocalDate horizon, Extra extra) {
    TreeMap<LocalDate, BitSet> due = new TreeMap<>();
    if (dob == null) {
      return due;
    }
    int from = Ages.ageOn(dob, asOf);
    for (int age = from; age < AGES && !Ages.birthday(dob, age).isAfter(horizon); age++) {
      LocalDate birthday = Ages.birthday(dob, age);
      add(due, byAge[age], birthday, asOf, horizon);
      add(due, extra.byAge(age), birthday, asOf, horizon);
      if (byAcademicAge[age] != null || extra.academicAges != 0) {
        LocalDate september = Ages.firstSeptemberAfter(dob, age);
        add(due, byAcademicAge[age], september, asOf, horizon);
        add(due, extra.byAcademicAge(age), september, asOf, horizon);
      }
    }
    return due;
  }

  /** Rules due on top of the index for one evaluation (local items, and what they link to). */
  public static final class Extra {
    public static final Extra NONE = new Extra(new int[0], new Thresholds[0]);

    private final int[] rules;
    private final Thresholds[] thresholds;
    private final long academicAges;

    public Extra(int[] rules, Thresholds[] thresholds) {
      this.rules = rules;
      this.thresholds = thresholds;
      long academic = 0;
      for (Thresholds t : thresholds) {
        academic |= t.academicAges();
      }
      this.academicAges = academic;
    }

    BitSet byAge(int age) {
      return select(age, false);
    }

    BitSet byAcademicAge(int age) {
      return select(age, true);
    }

    private BitSet select(int age, boolean academic) {
      BitSet out = null;
      for (int i = 0; i < rules.length; i++) {
        long ages = academic ? thresholds[i].academicAges() : thresholds[i].ages();
        if ((ages & (1L << age)) != 0) {
          out = out == null ? new BitSet() : out;
          out.set(rules[i]);
        }
      }
      return out;
    }
  }

  private static void add(
      TreeMap<LocalDate, BitSet> due,
      BitSet rules,
      LocalDate date,
      LocalDate asOf,
      LocalDate horizon) {
    if (rules == null || !date.isAfter(asOf) || date.isAfter(horizon)) {
      return;
    }
    BitSet existing = due.get(date);
    if (existing == null) {
      due.put(date, (BitSet) rules.clone());
    } else {
      existing.or(rules);
    }
  }
}
