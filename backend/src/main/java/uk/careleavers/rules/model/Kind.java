package uk.careleavers.rules.model;

/** Kinds of rule (RULES.md, Conventions). Only the first four can make someone ELIGIBLE. */
public enum Kind {
  STATUTORY,
  GUIDANCE,
  NATIONAL_SCHEME,
  LOCAL,
  ENACTED_NOT_IN_FORCE,
  PROPOSED;

  /** Shown as "coming": law passed but not started, or only a government commitment. */
  public boolean isComing() {
    return this == ENACTED_NOT_IN_FORCE || this == PROPOSED;
  }
}
