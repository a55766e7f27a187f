package uk.careleavers.rules.model;

/** Groups for the results page (PRODUCT.md), plus the extra local-offer groups of RULES.md. */
public enum Theme {
  MONEY("Money"),
  HOUSING("Housing"),
  EDUCATION_AND_WORK("Education and work"),
  HEALTH_AND_WELLBEING("Health and wellbeing"),
  SUPPORT_AND_ADVICE("Support and advice"),
  RELATIONSHIPS("Relationships"),
  PARTICIPATION("Having your say");

  private final String label;

  Theme(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
