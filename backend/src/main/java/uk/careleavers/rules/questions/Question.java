package uk.careleavers.rules.questions;

import java.util.List;
import uk.careleavers.rules.facts.FactOption;
import uk.careleavers.rules.facts.FactType;

/**
 * A question of the catalogue, in the words shown to the young person.
 *
 * @param options the answers of a CHOICE question (empty when they come from elsewhere)
 * @param notSure whether "I'm not sure" is offered
 * @param setsFacts the fact ids the answer sets
 * @param dependsOn fact ids whose answers decide whether it is asked
 * @param askedWhen plain words for when it is asked
 */
public record Question(
    String id,
    String text,
    String help,
    FactType type,
    List<FactOption> options,
    boolean notSure,
    List<String> setsFacts,
    List<String> dependsOn,
    String askedWhen) {

  public Question {
    options = List.copyOf(options);
    setsFacts = List.copyOf(setsFacts);
    dependsOn = List.copyOf(dependsOn);
  }
}
