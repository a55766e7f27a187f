package uk.careleavers.eligibility;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import java.time.Clock;
import java.time.LocalDate;
import uk.careleavers.api.EligibilityApi;
import uk.careleavers.api.model.EligibilityCheckRequest;
import uk.careleavers.api.model.EligibilityCheckResult;
import uk.careleavers.councils.CouncilDirectory;
import uk.careleavers.platform.UnprocessableException;
import uk.careleavers.rules.RuleBook;
import uk.careleavers.rules.facts.Facts;
import uk.careleavers.rules.facts.InvalidFactException;
import uk.careleavers.rules.local.LocalRules;
import uk.careleavers.rules.model.Evaluation;

/**
 * The calculator over HTTP. It runs on the event loop: an evaluation is microseconds of CPU and
 * touches no database (council codes are checked against the in-memory register). Nothing a young
 * person sends is stored.
 */
@Controller
class EligibilityController implements EligibilityApi {
  static final String RULES_VERSION = "X-Rules-Version";

  private final RuleBook rules;
  private final CouncilDirectory councils;
  private final Clock clock;

  EligibilityController(RuleBook rules, CouncilDirectory councils, Clock clock) {
    this.rules = rules;
    this.councils = councils;
    this.clock = clock;
  }

  @Override
  public HttpResponse<EligibilityCheckResult> checkEligibility(EligibilityCheckRequest request) {
    requireKnownCouncil("responsibleCouncil", request.getResponsibleCouncil());
    requireKnownCouncil("councilOfResidence", request.getCouncilOfResidence());
    LocalDate asOf = request.getAsOf() != null ? request.getAsOf() : LocalDate.now(clock);
    Evaluation evaluation;
    try {
      Facts facts = CheckRequestMapper.toFacts(request);
      evaluation =
          rules.evaluate(
              facts, asOf, LocalRules.NONE, Boolean.TRUE.equals(request.getIncludeTrace()));
    } catch (InvalidFactException e) {
      throw new UnprocessableException(fieldOf(e.field()), e.getMessage());
    }
    return HttpResponse.ok(CheckResultMapper.toResult(evaluation))
        .header(RULES_VERSION, evaluation.rulesVersion());
  }

  private void requireKnownCouncil(String field, String code) {
    if (code != null && !councils.exists(code)) {
      throw new UnprocessableException(field, "There is no council with the code " + code + ".");
    }
  }

  /** The engine names the field by fact id; the client wrote it as a JSON path. */
  static String fieldOf(String engineField) {
    return switch (engineField) {
      case "as_of" -> "asOf";
      case "responsible_council" -> "responsibleCouncil";
      case "council_of_residence" -> "councilOfResidence";
      default -> "facts." + FactNames.api(engineField);
    };
  }
}
