package uk.careleavers.rules;

import static uk.careleavers.rules.facts.FactCatalogue.APPRENTICESHIP_START_DATE;
import static uk.careleavers.rules.facts.FactCatalogue.DATE_OF_BIRTH;
import static uk.careleavers.rules.facts.FactCatalogue.IN_CARE_AFTER_16;
import static uk.careleavers.rules.facts.FactCatalogue.OWN_HOME_MOVE_DATE;
import static uk.careleavers.rules.facts.FactCatalogue.SPECIAL_GUARDIANSHIP_AFTER_16;
import static uk.careleavers.rules.facts.FactCatalogue.WEEKS_IN_CARE_SINCE_14;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import uk.careleavers.rules.facts.Ages;
import uk.careleavers.rules.facts.Facts;
import uk.careleavers.rules.facts.InvalidFactException;

/**
 * Refuses answers that cannot be true, naming the field, so the HTTP layer can answer 422. The
 * messages are public API and are shown to young people.
 */
public final class FactValidation {
  /** Young people answer "roughly", so a few weeks over the possible total are let through. */
  static final int WEEKS_TOLERANCE = 4;

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private FactValidation() {}

  public static void validate(Facts facts, LocalDate asOf, LocalDate supportedFrom) {
    if (asOf == null) {
      throw new InvalidFactException("as_of", "missing_value", "We need a date to check on.");
    }
    if (asOf.isBefore(supportedFrom)) {
      throw new InvalidFactException(
          "as_of",
          "before_supported_range",
          "We can only check dates from " + DATE.format(supportedFrom) + " onwards.");
    }
    if (facts.number(WEEKS_IN_CARE_SINCE_14).orElse(0) < 0) {
      throw new InvalidFactException(
          WEEKS_IN_CARE_SINCE_14, "negative", "The number of weeks can't be below 0.");
    }
    checkGuardianship(facts);
    LocalDate dob = facts.date(DATE_OF_BIRTH).orElse(null);
    if (dob == null) {
      return;
    }
    if (dob.isAfter(asOf)) {
      throw new InvalidFactException(
          DATE_OF_BIRTH,
          "in_future",
          "Your date of birth can't be after the date we are checking.");
    }
    checkWeeks(facts, dob, asOf);
    checkNotBeforeBirth(facts, dob, OWN_HOME_MOVE_DATE, "The date you move into your own home");
    checkNotBeforeBirth(
        facts, dob, APPRENTICESHIP_START_DATE, "The date your apprenticeship starts");
  }

  /**
   * An order made after 16 "having been looked after just before it" (RULES.md, care leaver status)
   * means care after 16, so a no to that and a yes to the order cannot both be true. Taking either
   * one would let a later answer unsettle a settled result (docs/rules.md, decision 3).
   */
  private static void checkGuardianship(Facts facts) {
    if (facts.yesNo(IN_CARE_AFTER_16).orElse(true)
        || !facts.yesNo(SPECIAL_GUARDIANSHIP_AFTER_16).orElse(false)) {
      return;
    }
    throw new InvalidFactException(
        SPECIAL_GUARDIANSHIP_AFTER_16,
        "contradicts_in_care_after_16",
        "You said you have not been in care since your 16th birthday. A special guardianship "
            + "order only counts here if you were in care just before it, after you turned 16. "
            + "Please check both answers.");
  }

  private static void checkWeeks(Facts facts, LocalDate dob, LocalDate asOf) {
    Integer weeks = facts.number(WEEKS_IN_CARE_SINCE_14).orElse(null);
    if (weeks == null) {
      return;
    }
    if (weeks > ChronoUnit.WEEKS.between(dob, asOf)) {
      throw new InvalidFactException(
          WEEKS_IN_CARE_SINCE_14,
          "more_than_lifetime",
          "That is more weeks than you have been alive. Please check the number.");
    }
    LocalDate fourteenth = Ages.birthday(dob, 14);
    long possible = fourteenth.isBefore(asOf) ? ChronoUnit.WEEKS.between(fourteenth, asOf) : 0;
    if (weeks > possible + WEEKS_TOLERANCE) {
      throw new InvalidFactException(
          WEEKS_IN_CARE_SINCE_14,
          "more_than_possible",
          "That is more weeks than there have been since your 14th birthday. Please check the number.");
    }
  }

  private static void checkNotBeforeBirth(Facts facts, LocalDate dob, String factId, String what) {
    facts
        .date(factId)
        .ifPresent(
            date -> {
              if (date.isBefore(dob)) {
                throw new InvalidFactException(
                    factId, "before_birth", what + " can't be before you were born.");
              }
            });
  }
}
