package uk.careleavers.rules.timeline;

import java.time.LocalDate;
import uk.careleavers.rules.facts.Ages;
import uk.careleavers.rules.model.Amount;
import uk.careleavers.rules.model.Change;

/** The plain sentence of a timeline entry. */
final class Sentences {
  private static final String[] MONTHS = {
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December"
  };

  private Sentences() {}

  static String when(LocalDate date, Integer age, LocalDate dob) {
    if (age == null) {
      return "From " + format(date);
    }
    String leap =
        dob != null && Ages.isLeapDay(dob) && date.getDayOfMonth() == 1
            ? " (your birthday is 29 February, so in this year we count it as 1 March)"
            : "";
    return "On your " + ordinal(age) + " birthday (" + format(date) + ")" + leap;
  }

  /** "1 March 2026" (DateTimeFormatter is too slow for the hot path). */
  static String format(LocalDate date) {
    return date.getDayOfMonth() + " " + MONTHS[date.getMonthValue() - 1] + " " + date.getYear();
  }

  static String what(Change change, String title, Long fromPence, Long toPence) {
    return switch (change) {
      case STARTS -> "this starts for you: " + title + ".";
      case ENDS -> "this ends for you: " + title + ".";
      case MAY_START -> "you may be able to get this: " + title + ".";
      case MAY_END -> "this may end for you, depending on things we don't know yet: " + title + ".";
      case AMOUNT_CHANGES ->
          "the amount changes from "
              + money(fromPence)
              + " to "
              + money(toPence)
              + ": "
              + title
              + ".";
    };
  }

  private static String money(Long pence) {
    return pence == null ? "nothing" : Amount.pounds(pence);
  }

  static String ordinal(int n) {
    int lastTwo = n % 100;
    if (lastTwo >= 11 && lastTwo <= 13) {
      return n + "th";
    }
    return switch (n % 10) {
      case 1 -> n + "st";
      case 2 -> n + "nd";
      case 3 -> n + "rd";
      default -> n + "th";
    };
  }
}
