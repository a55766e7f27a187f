package uk.careleavers.rules.params;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A dated series, as in OpenFisca: the file path under {@code rules/parameters/} is its name. A
 * parameter may have no value yet (a law passed whose start day is not set).
 *
 * @param unit {@code pence}, {@code years} or {@code boolean}
 */
public record Parameter(
    String name, String description, String unit, String reference, List<ParameterValue> values) {

  public Parameter {
    values = List.copyOf(values);
  }

  /** The value in force on {@code date}, if any. */
  public Optional<ParameterValue> at(LocalDate date) {
    for (int i = values.size() - 1; i >= 0; i--) {
      ParameterValue v = values.get(i);
      if (!date.isBefore(v.start())) {
        return v.covers(date) ? Optional.of(v) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** Start dates of values, i.e. the days this parameter changes. */
  public List<LocalDate> changeDates() {
    List<LocalDate> dates = new ArrayList<>(values.size());
    for (ParameterValue v : values) {
      dates.add(v.start());
    }
    return dates;
  }
}
