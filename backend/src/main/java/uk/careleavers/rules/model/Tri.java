package uk.careleavers.rules.model;

/** Three-valued logic (Kleene): an unknown never turns into a "no" on its own. */
public enum Tri {
  TRUE,
  FALSE,
  UNKNOWN;

  public static Tri of(boolean value) {
    return value ? TRUE : FALSE;
  }

  public Tri and(Tri other) {
    if (this == FALSE || other == FALSE) {
      return FALSE;
    }
    return this == TRUE && other == TRUE ? TRUE : UNKNOWN;
  }

  public Tri or(Tri other) {
    if (this == TRUE || other == TRUE) {
      return TRUE;
    }
    return this == FALSE && other == FALSE ? FALSE : UNKNOWN;
  }

  public Tri not() {
    return switch (this) {
      case TRUE -> FALSE;
      case FALSE -> TRUE;
      case UNKNOWN -> UNKNOWN;
    };
  }

  public Status toStatus() {
    return switch (this) {
      case TRUE -> Status.ELIGIBLE;
      case FALSE -> Status.NOT_ELIGIBLE;
      case UNKNOWN -> Status.MAYBE;
    };
  }
}
