package uk.careleavers.rules.model;

/** The three answers of RULES.md. MAYBE always says why: missing facts or a person's decision. */
public enum Status {
  ELIGIBLE,
  MAYBE,
  NOT_ELIGIBLE
}
