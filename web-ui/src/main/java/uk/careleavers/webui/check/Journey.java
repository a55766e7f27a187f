package uk.careleavers.webui.check;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import uk.careleavers.client.ApiException;
import uk.careleavers.client.model.EligibilityCheckRequest;
import uk.careleavers.client.model.EligibilityCheckResult;
import uk.careleavers.client.model.FactName;
import uk.careleavers.client.model.Facts;
import uk.careleavers.client.model.NextQuestion;
import uk.careleavers.client.model.Problem;
import uk.careleavers.client.model.Question;
import uk.careleavers.webui.api.Backend;
import uk.careleavers.webui.api.Catalogue;

/**
 * Where the young person goes next, as the calculator says: the first of its next questions not
 * answered yet, or the check-your-answers page when none is left. The UI holds no rules: every
 * decision here comes from {@code POST /api/v1/eligibility-checks}.
 */
public final class Journey {
  /** The route of the check-your-answers page. */
  public static final String ANSWERS = "check/answers";

  private final Catalogue catalogue;
  private final Answers answers;

  public Journey(Catalogue catalogue, Answers answers) {
    this.catalogue = catalogue;
    this.answers = answers;
  }

  /** The result for the answers as they are now (one call per change of answers). */
  public EligibilityCheckResult result() throws ApiException, AnswerProblem {
    EligibilityCheckResult cached = answers.lastResult();
    if (cached != null) {
      return cached;
    }
    EligibilityCheckResult result;
    try {
      result = Backend.eligibility().checkEligibility(request());
    } catch (ApiException e) {
      if (e.getCode() == 422) {
        throw problem(e);
      }
      throw e;
    }
    answers.rememberResult(result);
    return result;
  }

  /** The route to go to after the answers given so far. */
  public String nextRoute() throws ApiException, AnswerProblem {
    return nextQuestion().map(q -> QuestionView.route(q)).orElse(ANSWERS);
  }

  public Optional<String> nextQuestion() throws ApiException, AnswerProblem {
    return result().getNextQuestions().stream()
        .map(NextQuestion::getQuestionId)
        .filter(id -> !answers.has(id) && catalogue.question(id).isPresent())
        .findFirst();
  }

  /** How many questions are still to come, as far as the calculator can tell now. */
  public int questionsLeft() throws ApiException, AnswerProblem {
    return (int)
        result().getNextQuestions().stream().filter(q -> !answers.has(q.getQuestionId())).count();
  }

  EligibilityCheckRequest request() {
    EligibilityCheckRequest request = new EligibilityCheckRequest();
    Map<String, Object> facts = new LinkedHashMap<>();
    answers
        .asMap()
        .forEach(
            (id, value) ->
                catalogue
                    .question(id)
                    .ifPresent(q -> set(request, facts, q, q.getSetsFacts().get(0), value)));
    if (!facts.isEmpty()) {
      request.setFacts(Backend.json().convertValue(facts, Facts.class));
    }
    return request;
  }

  private static void set(
      EligibilityCheckRequest request,
      Map<String, Object> facts,
      Question q,
      FactName fact,
      String value) {
    if (Answers.NOT_SURE.equals(value)) {
      request.addNotSureItem(fact);
    } else if (fact == FactName.RESPONSIBLE_COUNCIL) {
      request.setResponsibleCouncil(value);
    } else if (fact == FactName.COUNCIL_OF_RESIDENCE) {
      request.setCouncilOfResidence(value);
    } else {
      facts.put(
          fact.getValue(),
          switch (q.getType()) {
            case YES_NO -> "yes".equals(value);
            case NUMBER -> Integer.valueOf(value);
            case DATE, CHOICE -> value;
          });
    }
  }

  private AnswerProblem problem(ApiException e) {
    try {
      Problem problem = Backend.json().readValue(e.getResponseBody(), Problem.class);
      if (problem.getErrors() != null && !problem.getErrors().isEmpty()) {
        var error = problem.getErrors().get(0);
        String field = error.getField().replaceFirst("^facts\\.", "");
        String question =
            catalogue.questionFor(FactName.fromValue(field)).map(Question::getId).orElse(null);
        return new AnswerProblem(question, error.getMessage());
      }
      return new AnswerProblem(null, problem.getTitle());
    } catch (JsonProcessingException | IllegalArgumentException unreadable) {
      return new AnswerProblem(null, "Some of your answers cannot all be true. Please check them.");
    }
  }

  /** An answer the calculator refused (422), with the question to fix and why. */
  public static final class AnswerProblem extends Exception {
    private static final long serialVersionUID = 1L;
    private final String questionId;

    AnswerProblem(String questionId, String message) {
      super(message);
      this.questionId = questionId;
    }

    /** The question whose answer to change, or null if the calculator did not say. */
    public String questionId() {
      return questionId;
    }
  }
}
