package uk.careleavers.rules.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AgesTest {
  private static LocalDate d(String s) {
    return LocalDate.parse(s);
  }

  @Test
  void ageIsWholeYearsCompleted() {
    assertThat(Ages.ageOn(d("2006-03-10"), d("2025-03-09"))).isEqualTo(18);
    assertThat(Ages.ageOn(d("2006-03-10"), d("2025-03-10"))).isEqualTo(19);
    assertThat(Ages.ageOn(d("2006-03-10"), d("2006-03-10"))).isZero();
  }

  @Test
  void leapDayBirthdayFallsOnFirstMarchInCommonYears() {
    LocalDate dob = d("2004-02-29");
    assertThat(Ages.birthdayIn(dob, 2025)).isEqualTo(d("2025-03-01"));
    assertThat(Ages.birthdayIn(dob, 2024)).isEqualTo(d("2024-02-29"));
    assertThat(Ages.ageOn(dob, d("2025-02-28"))).isEqualTo(20);
    assertThat(Ages.ageOn(dob, d("2025-03-01"))).isEqualTo(21);
    assertThat(Ages.ageOn(dob, d("2024-02-28"))).isEqualTo(19);
    assertThat(Ages.ageOn(dob, d("2024-02-29"))).isEqualTo(20);
    assertThat(Ages.birthday(dob, 18)).isEqualTo(d("2022-03-01"));
  }

  @Test
  void theLeapDayReadingChangesTheAgeOnlyOnTwentyEighthFebruaryOfACommonYear() {
    LocalDate dob = d("2004-02-29");
    assertThat(Ages.leapDayChangesAge(dob, d("2025-02-28"))).isTrue();
    assertThat(Ages.leapDayChangesAge(dob, d("2025-03-01"))).isFalse();
    assertThat(Ages.leapDayChangesAge(dob, d("2024-02-28"))).isFalse();
    assertThat(Ages.leapDayChangesAge(d("2004-03-01"), d("2025-02-28"))).isFalse();
  }

  @Test
  void academicYearStartsOnFirstSeptember() {
    assertThat(Ages.augustBeforeAcademicYear(d("2025-06-01"))).isEqualTo(d("2024-08-31"));
    assertThat(Ages.augustBeforeAcademicYear(d("2025-08-31"))).isEqualTo(d("2024-08-31"));
    assertThat(Ages.augustBeforeAcademicYear(d("2025-09-01"))).isEqualTo(d("2025-08-31"));
  }

  @Test
  void firstSeptemberAfterABirthdayIsStrictlyAfterIt() {
    assertThat(Ages.firstSeptemberAfter(d("2006-01-10"), 19)).isEqualTo(d("2025-09-01"));
    assertThat(Ages.firstSeptemberAfter(d("2006-08-31"), 19)).isEqualTo(d("2025-09-01"));
    assertThat(Ages.firstSeptemberAfter(d("2006-09-01"), 19)).isEqualTo(d("2026-09-01"));
  }
}
