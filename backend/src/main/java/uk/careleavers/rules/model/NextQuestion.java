package uk.careleavers.rules.model;

import java.util.List;

/**
 * A question worth asking next: it would settle {@code settles.size()} open outcomes.
 *
 * @param factIds the facts the answer sets
 * @param settles ids of the MAYBE outcomes (or amounts) that wait on it
 */
public record NextQuestion(
    String questionId, List<String> factIds, int score, List<String> settles) {

  public NextQuestion {
    factIds = List.copyOf(factIds);
    settles = List.copyOf(settles);
  }
}
