package uk.careleavers.rules.model;

import java.time.LocalDate;
import java.util.List;

/** One dated value of an amount, for the catalogue. {@code end} is null while it is current. */
public record DatedAmount(
    String parameter,
    long pence,
    AmountPeriod period,
    LocalDate start,
    LocalDate end,
    String reference,
    List<String> sources) {

  public DatedAmount {
    sources = List.copyOf(sources);
  }
}
