package uk.careleavers.rules.model;

/** How an amount is paid. */
public enum AmountPeriod {
  ONE_OFF("paid once"),
  IN_TOTAL("in total, paid in parts"),
  PER_YEAR("a year"),
  PER_WEEK("a week"),
  PER_MONTH("a month");

  private final String words;

  AmountPeriod(String words) {
    this.words = words;
  }

  public String words() {
    return words;
  }
}
