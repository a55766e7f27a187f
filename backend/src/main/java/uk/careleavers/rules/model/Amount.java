package uk.careleavers.rules.model;

/**
 * Money in pence. {@code raisedBy} names the local-offer item that replaced the national figure
 * with a higher one (RULES.md, leaving-care-allowance), or is null.
 */
public record Amount(long pence, AmountPeriod period, AmountQualifier qualifier, String raisedBy) {

  public Amount withPence(long newPence, String by) {
    return new Amount(newPence, period, qualifier, by);
  }

  /** Plain words, e.g. "at least £3,000, paid once". */
  public String text() {
    return qualifier.words() + pounds(pence) + ", " + period.words();
  }

  /** "£3,000" or "£12.50" (NumberFormat is too slow for the hot path). */
  public static String pounds(long pence) {
    StringBuilder whole = new StringBuilder(Long.toString(Math.abs(pence) / 100));
    for (int i = whole.length() - 3; i > 0; i -= 3) {
      whole.insert(i, ',');
    }
    long rest = Math.abs(pence) % 100;
    String sign = pence < 0 ? "-" : "";
    return sign + "£" + whole + (rest == 0 ? "" : "." + (rest < 10 ? "0" : "") + rest);
  }
}
