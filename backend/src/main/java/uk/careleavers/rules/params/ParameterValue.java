package uk.careleavers.rules.params;

import java.time.LocalDate;
import java.util.List;
import uk.careleavers.rules.model.AmountPeriod;

/**
 * One dated value. {@code end} is the day before the next value starts, or null while current.
 *
 * @param value a Long (pence or years) or a Boolean
 * @param period how a money value is paid; null for other units
 */
public record ParameterValue(
    LocalDate start,
    LocalDate end,
    Object value,
    AmountPeriod period,
    String reference,
    List<String> sources) {

  public ParameterValue {
    sources = List.copyOf(sources);
  }

  public boolean covers(LocalDate date) {
    return !date.isBefore(start) && (end == null || !date.isAfter(end));
  }

  public long asLong() {
    return (Long) value;
  }

  public boolean asBoolean() {
    return (Boolean) value;
  }
}
