package uk.careleavers.rules.model;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything one check returns. Stamped with the rules version that produced it.
 *
 * @param age whole years on {@code asOf}, or null without a date of birth
 * @param notes plain sentences about assumptions that changed the answer (29 February birthdays)
 */
public record Evaluation(
    String rulesVersion,
    LocalDate asOf,
    Integer age,
    CategoryResult category,
    List<Outcome> outcomes,
    List<NextQuestion> nextQuestions,
    List<TimelineEntry> timeline,
    List<String> notes) {

  public Evaluation {
    outcomes = List.copyOf(outcomes);
    nextQuestions = List.copyOf(nextQuestions);
    timeline = List.copyOf(timeline);
    notes = List.copyOf(notes);
  }

  /** The outcome with this id; throws if there is none. */
  public Outcome outcome(String id) {
    for (Outcome o : outcomes) {
      if (o.id().equals(id)) {
        return o;
      }
    }
    throw new IllegalArgumentException("No outcome " + id);
  }
}
