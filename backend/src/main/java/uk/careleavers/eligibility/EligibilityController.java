package uk.careleavers.eligibility;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import java.time.Clock;
import java.time.LocalDate;
import uk.careleavers.api.EligibilityApi;
import uk.careleavers.api.model.EligibilityCheckRequest;
import uk.careleavers.api.model.EligibilityCheckResult;
import uk.careleavers.api.model.LocalOfferReference;
import uk.careleavers.councils.CouncilDirectory;
import uk.careleavers.councils.CouncilRow;
import uk.careleavers.localoffer.LocalOfferMapper;
import uk.careleavers.localoffer.PublishedOffers;
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
  private final PublishedOffers offers;
  private final Clock clock;
  private final Timer evaluations;

  EligibilityController(
      RuleBook rules,
      CouncilDirectory councils,
      PublishedOffers offers,
      Clock clock,
      MeterRegistry metrics) {
    this.rules = rules;
    this.councils = councils;
    this.offers = offers;
    this.clock = clock;
    this.evaluations =
        Timer.builder("entitlements.evaluations")
            .description("Evaluations of the rules, national and local")
            .register(metrics);
  }

  @Override
  public HttpResponse<EligibilityCheckResult> checkEligibility(EligibilityCheckRequest request) {
    requireResponsibleCouncil(request.getResponsibleCouncil());
    requireKnownCouncil("councilOfResidence", request.getCouncilOfResidence());
    LocalRules local =
        offers.rulesFor(request.getResponsibleCouncil(), request.getCouncilOfResidence());
    LocalDate asOf = request.getAsOf() != null ? request.getAsOf() : LocalDate.now(clock);
    Evaluation evaluation;
    try {
      Facts facts = CheckRequestMapper.toFacts(request);
      boolean trace = Boolean.TRUE.equals(request.getIncludeTrace());
      evaluation = evaluations.record(() -> rules.evaluate(facts, asOf, local, trace));
    } catch (InvalidFactException e) {
      throw new UnprocessableException(fieldOf(e.field()), e.getMessage());
    }
    return HttpResponse.ok(CheckResultMapper.toResult(evaluation, this::localOfferOf))
        .header(RULES_VERSION, evaluation.rulesVersion());
  }

  private LocalOfferReference localOfferOf(String outcomeId) {
    return offers
        .sourceOf(outcomeId)
        .map(
            offer ->
                LocalOfferMapper.reference(
                    offer,
                    councils
                        .find(offer.council())
                        .map(CouncilRow::officialName)
                        .orElse(offer.council())))
        .orElse(null);
  }

  /** Only a council with children's services looks after children; a district never does. */
  private void requireResponsibleCouncil(String code) {
    requireKnownCouncil("responsibleCouncil", code);
    CouncilRow council = code == null ? null : councils.find(code).orElseThrow();
    if (council != null && !council.childrenServices()) {
      throw new UnprocessableException(
          "responsibleCouncil",
          council.name()
              + " is a district council, which does not look after children: choose "
              + councils.find(council.countyCode()).map(CouncilRow::name).orElse("its county")
              + " ("
              + council.countyCode()
              + ").");
    }
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
