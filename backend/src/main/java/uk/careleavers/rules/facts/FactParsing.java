package uk.careleavers.rules.facts;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Turns loosely typed values (from YAML, JSON or forms) into typed answers. */
final class FactParsing {
  private FactParsing() {}

  static Facts.Builder apply(Facts.Builder b, FactDefinition d, Object value) {
    if (value == null || FactCatalogue.NOT_SURE.equals(value)) {
      return value == null ? b.unset(d.id()) : b.notSure(d.id());
    }
    return switch (d.type()) {
      case DATE -> b.date(d.id(), toDate(d, value));
      case YES_NO -> b.yesNo(d.id(), toYesNo(d, value));
      case CHOICE -> b.choice(d.id(), String.valueOf(value));
      case NUMBER -> b.number(d.id(), toNumber(d, value));
    };
  }

  static String describe(FactType type) {
    return switch (type) {
      case DATE -> "date like 2007-03-14";
      case YES_NO -> "yes or no";
      case CHOICE -> "choice from the list";
      case NUMBER -> "whole number";
    };
  }

  private static LocalDate toDate(FactDefinition d, Object value) {
    if (value instanceof LocalDate date) {
      return date;
    }
    try {
      return LocalDate.parse(String.valueOf(value));
    } catch (DateTimeParseException e) {
      throw wrongType(d);
    }
  }

  private static boolean toYesNo(FactDefinition d, Object value) {
    if (value instanceof Boolean yes) {
      return yes;
    }
    String text = String.valueOf(value);
    if ("yes".equalsIgnoreCase(text) || "true".equalsIgnoreCase(text)) {
      return true;
    }
    if ("no".equalsIgnoreCase(text) || "false".equalsIgnoreCase(text)) {
      return false;
    }
    throw wrongType(d);
  }

  private static int toNumber(FactDefinition d, Object value) {
    if (value instanceof Integer i) {
      return i;
    }
    try {
      return Integer.parseInt(String.valueOf(value).trim());
    } catch (NumberFormatException e) {
      throw wrongType(d);
    }
  }

  private static InvalidFactException wrongType(FactDefinition d) {
    return new InvalidFactException(
        d.id(),
        "wrong_type",
        "The answer for " + d.id() + " must be a " + describe(d.type()) + ".");
  }
}
