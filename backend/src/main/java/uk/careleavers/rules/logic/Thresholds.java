package uk.careleavers.rules.logic;

/**
 * The birthdays on which a condition can change value, as bit masks of ages (0-63): plain ages, and
 * ages whose next 1 September matters (the 16-19 bursary's academic-year age). Found once when a
 * rule is built, so the timeline knows which rules to run again on which day.
 */
public final class Thresholds {
  private long ages;
  private long academicAges;

  public void age(long years) {
    if (years >= 0 && years < 64) {
      ages |= 1L << years;
    }
  }

  public void academicAge(int years) {
    academicAges |= 1L << years;
  }

  public long ages() {
    return ages;
  }

  public long academicAges() {
    return academicAges;
  }

  public void add(Thresholds other) {
    ages |= other.ages;
    academicAges |= other.academicAges;
  }
}
