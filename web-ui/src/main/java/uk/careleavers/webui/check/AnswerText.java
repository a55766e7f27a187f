package uk.careleavers.webui.check;

import java.time.LocalDate;
import uk.careleavers.client.model.Council;
import uk.careleavers.client.model.FactName;
import uk.careleavers.client.model.Question;
import uk.careleavers.client.model.QuestionOption;
import uk.careleavers.webui.api.Catalogue;
import uk.careleavers.webui.layout.Parts;

/** An answer as a young person would say it back: "Yes", "1 June 2005", "Lancashire". */
final class AnswerText {
  private AnswerText() {}

  static String of(Question q, String value, Catalogue catalogue) {
    if (Answers.NOT_SURE.equals(value)) {
      return "I'm not sure";
    }
    FactName fact = q.getSetsFacts().get(0);
    if (fact == FactName.RESPONSIBLE_COUNCIL || fact == FactName.COUNCIL_OF_RESIDENCE) {
      return catalogue.council(value).map(Council::getName).orElse(value);
    }
    return switch (q.getType()) {
      case DATE -> Parts.date(LocalDate.parse(value));
      case NUMBER -> value + ("1".equals(value) ? " week" : " weeks");
      case YES_NO, CHOICE ->
          q.getOptions().stream()
              .filter(o -> o.getValue().equals(value))
              .map(QuestionOption::getLabel)
              .findFirst()
              .orElse(value);
    };
  }
}
