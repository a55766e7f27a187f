package uk.careleavers.rules.model;

/** The legal categories of RULES.md, derived from plain answers and never asked directly. */
public enum CareLeaverCategory {
  ELIGIBLE_CHILD(
      "eligible_child",
      "an eligible child",
      "You are 16 or 17, in care now, and have been in care for 13 weeks or more since you were 14."),
  RELEVANT_CHILD(
      "relevant_child",
      "a relevant child",
      "You are 16 or 17 and have left care, after being in care for 13 weeks or more since you were 14."),
  FORMER_RELEVANT_CHILD(
      "former_relevant_child",
      "a former relevant child",
      "You are 18 or older and were in care for 13 weeks or more since you were 14, some of it after you turned 16."),
  QUALIFYING_CARE_LEAVER(
      "qualifying_care_leaver",
      "a qualifying care leaver",
      "You were in care after you turned 16, but for less than 13 weeks in total since you were 14."),
  NOT_A_CARE_LEAVER(
      "not_a_care_leaver",
      "not a care leaver",
      "From your answers, you are not a care leaver in law."),
  UNKNOWN(
      "unknown",
      "not known yet",
      "We need a few more answers to work out which group of care leavers you are in.");

  private final String id;
  private final String label;
  private final String explanation;

  CareLeaverCategory(String id, String label, String explanation) {
    this.id = id;
    this.label = label;
    this.explanation = explanation;
  }

  /** Stable snake_case id for the API. */
  public String id() {
    return id;
  }

  public String label() {
    return label;
  }

  public String explanation() {
    return explanation;
  }

  public static CareLeaverCategory fromId(String id) {
    for (CareLeaverCategory c : values()) {
      if (c.id.equals(id)) {
        return c;
      }
    }
    throw new IllegalArgumentException("Unknown care leaver category: " + id);
  }
}
