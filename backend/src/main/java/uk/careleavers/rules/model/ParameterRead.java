package uk.careleavers.rules.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A parameter value read during an evaluation, for the trace.
 *
 * @param at the date used to pick the value
 * @param pickedBy {@code as_of}, or the fact id of the event date that picked it
 * @param value a Long (pence, years) or Boolean, or null when the parameter has no value yet
 * @param valueStart the start date of the value picked, or null
 */
public record ParameterRead(
    String name,
    LocalDate at,
    String pickedBy,
    Object value,
    String unit,
    LocalDate valueStart,
    String reference,
    List<String> sources) {

  public ParameterRead {
    sources = List.copyOf(sources);
  }
}
