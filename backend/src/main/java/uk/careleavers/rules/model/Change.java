package uk.careleavers.rules.model;

/** What happens to an entitlement on a timeline date. */
public enum Change {
  /** Becomes ELIGIBLE. */
  STARTS,
  /** Becomes NOT_ELIGIBLE. */
  ENDS,
  /** Becomes MAYBE from NOT_ELIGIBLE. */
  MAY_START,
  /** Becomes MAYBE from ELIGIBLE. */
  MAY_END,
  /** Same status, different amount (a new dated amount). */
  AMOUNT_CHANGES
}
