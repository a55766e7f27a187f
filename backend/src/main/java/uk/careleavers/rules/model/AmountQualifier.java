package uk.careleavers.rules.model;

/** Whether a figure is exact, a ceiling ("up to") or a recommended floor ("at least"). */
public enum AmountQualifier {
  EXACTLY(""),
  UP_TO("up to "),
  AT_LEAST("at least ");

  private final String words;

  AmountQualifier(String words) {
    this.words = words;
  }

  public String words() {
    return words;
  }
}
