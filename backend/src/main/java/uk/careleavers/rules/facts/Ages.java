package uk.careleavers.rules.facts;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;

/**
 * Ages in whole years completed (RULES.md, Conventions). A 29 February birthday falls on 1 March in
 * years without a 29 February (RULES.md, "29 February birthdays").
 */
public final class Ages {
  private Ages() {}

  /** The day the birthday is celebrated in {@code year}. */
  public static LocalDate birthdayIn(LocalDate dateOfBirth, int year) {
    if (isLeapDay(dateOfBirth) && !Year.isLeap(year)) {
      return LocalDate.of(year, Month.MARCH, 1);
    }
    return dateOfBirth.withYear(year);
  }

  /** The date of the {@code age}-th birthday. */
  public static LocalDate birthday(LocalDate dateOfBirth, int age) {
    return birthdayIn(dateOfBirth, dateOfBirth.getYear() + age);
  }

  /** Whole years completed on {@code on}; negative never (0 before the first birthday). */
  public static int ageOn(LocalDate dateOfBirth, LocalDate on) {
    int years = on.getYear() - dateOfBirth.getYear();
    if (on.isBefore(birthdayIn(dateOfBirth, on.getYear()))) {
      years--;
    }
    return Math.max(years, 0);
  }

  public static boolean isLeapDay(LocalDate date) {
    return date.getMonth() == Month.FEBRUARY && date.getDayOfMonth() == 29;
  }

  /**
   * True when the 1 March reading gives a different age on {@code on} than reading the birthday as
   * 28 February would: the only day this happens is 28 February of a common year.
   */
  public static boolean leapDayChangesAge(LocalDate dateOfBirth, LocalDate on) {
    return isLeapDay(dateOfBirth)
        && !Year.isLeap(on.getYear())
        && on.getMonth() == Month.FEBRUARY
        && on.getDayOfMonth() == 28
        && on.getYear() > dateOfBirth.getYear();
  }

  /**
   * The first 1 September strictly after the {@code age}-th birthday (academic years, 16-19
   * bursary).
   */
  public static LocalDate firstSeptemberAfter(LocalDate dateOfBirth, int age) {
    LocalDate birthday = birthday(dateOfBirth, age);
    LocalDate september = LocalDate.of(birthday.getYear(), Month.SEPTEMBER, 1);
    return september.isAfter(birthday) ? september : september.plusYears(1);
  }

  /** 31 August before the academic year (1 September to 31 August) that contains {@code on}. */
  public static LocalDate augustBeforeAcademicYear(LocalDate on) {
    int year = on.getMonthValue() >= Month.SEPTEMBER.getValue() ? on.getYear() : on.getYear() - 1;
    return LocalDate.of(year, Month.AUGUST, 31);
  }
}
