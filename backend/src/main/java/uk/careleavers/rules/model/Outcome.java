package uk.careleavers.rules.model;

import java.util.List;

/**
 * The answer for one entitlement.
 *
 * @param coming true for rules not in force (ENACTED_NOT_IN_FORCE, PROPOSED): status is then
 *     NOT_ELIGIBLE and {@code whenInForce} says what the answer would be once it starts
 * @param missing fact ids that would settle a MAYBE
 * @param waitsOn people's decisions a MAYBE waits on (an assessment, the council's choice)
 * @param onRequest the right exists if the young person asks for it
 * @param linkedTo for a local item: the national rule it raises or settles, else null
 * @param trace the full trace, or null when not asked for
 */
public record Outcome(
    String id,
    String title,
    String summary,
    Kind kind,
    Theme theme,
    Status status,
    boolean coming,
    Status whenInForce,
    Amount amount,
    List<String> reasons,
    List<String> missing,
    List<String> waitsOn,
    String whatToDo,
    boolean onRequest,
    String legalBasis,
    List<String> sources,
    String provider,
    String linkedTo,
    Trace trace) {

  public Outcome {
    reasons = List.copyOf(reasons);
    missing = List.copyOf(missing);
    waitsOn = List.copyOf(waitsOn);
    sources = List.copyOf(sources);
  }
}
