package uk.careleavers.rules.timeline;

import static uk.careleavers.rules.facts.FactCatalogue.IN_CARE_AFTER_16;
import static uk.careleavers.rules.facts.FactCatalogue.IN_CARE_AT_18;
import static uk.careleavers.rules.facts.FactCatalogue.IN_CARE_NOW;
import static uk.careleavers.rules.facts.FactCatalogue.WEEKS_IN_CARE_SINCE_14;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import uk.careleavers.rules.facts.Ages;
import uk.careleavers.rules.facts.FactCatalogue;
import uk.careleavers.rules.facts.Facts;

/**
 * The answers as they would be on a later date if nothing changes: someone in care now stays in
 * care until 18 (so is in care just before 18, and since 16), and their weeks in care grow.
 */
final class Projection {
  /** The projected facts and whether an "if you are still in care" assumption was made. */
  record Projected(Facts facts, boolean assumesStillInCare) {}

  private static final int DOB = FactCatalogue.index(FactCatalogue.DATE_OF_BIRTH);
  private static final int IN_CARE = FactCatalogue.index(IN_CARE_NOW);

  private Projection() {}

  static Projected project(Facts facts, LocalDate asOf, LocalDate on) {
    LocalDate dob = (LocalDate) facts.value(DOB);
    Boolean inCare = (Boolean) facts.value(IN_CARE);
    if (dob == null || inCare == null || Ages.ageOn(dob, asOf) >= 18) {
      return new Projected(facts, false);
    }
    Facts.Builder b = facts.toBuilder();
    boolean assumed = false;
    int ageThen = Ages.ageOn(dob, on);
    if (ageThen >= 18 && facts.yesNo(IN_CARE_AT_18).isEmpty()) {
      b.yesNo(IN_CARE_AT_18, inCare);
      assumed = inCare;
    }
    if (ageThen >= 16 && Ages.ageOn(dob, asOf) < 16 && facts.yesNo(IN_CARE_AFTER_16).isEmpty()) {
      b.yesNo(IN_CARE_AFTER_16, inCare);
      assumed |= inCare;
    }
    if (inCare && facts.number(WEEKS_IN_CARE_SINCE_14).isPresent()) {
      LocalDate until = min(on, Ages.birthday(dob, 18));
      LocalDate from = max(asOf, Ages.birthday(dob, 14));
      long more = from.isBefore(until) ? ChronoUnit.WEEKS.between(from, until) : 0;
      b.number(WEEKS_IN_CARE_SINCE_14, (int) (facts.number(WEEKS_IN_CARE_SINCE_14).get() + more));
    }
    return new Projected(b.build(), assumed);
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }
}
