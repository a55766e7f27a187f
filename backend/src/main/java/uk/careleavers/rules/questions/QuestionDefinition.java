package uk.careleavers.rules.questions;

import uk.careleavers.rules.facts.FactCatalogue;
import uk.careleavers.rules.logic.Condition;

/**
 * A question with the condition (on the answers so far) under which it is asked.
 *
 * @param factIndex the index of the fact it sets (one fact per question)
 */
public record QuestionDefinition(Question question, Condition askWhen, int factIndex) {

  public QuestionDefinition(Question question, Condition askWhen) {
    this(question, askWhen, FactCatalogue.index(question.setsFacts().get(0)));
  }

  public String fact() {
    return question.setsFacts().get(0);
  }
}
