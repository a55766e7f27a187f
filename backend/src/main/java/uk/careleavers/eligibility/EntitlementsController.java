package uk.careleavers.eligibility;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import java.util.List;
import uk.careleavers.api.EntitlementsApi;
import uk.careleavers.api.model.DatedAmount;
import uk.careleavers.api.model.Entitlement;
import uk.careleavers.api.model.EntitlementCatalogue;
import uk.careleavers.api.model.Kind;
import uk.careleavers.api.model.Question;
import uk.careleavers.api.model.QuestionCatalogue;
import uk.careleavers.api.model.QuestionOption;
import uk.careleavers.api.model.QuestionType;
import uk.careleavers.api.model.Theme;
import uk.careleavers.platform.NotFoundException;
import uk.careleavers.rules.RuleBook;
import uk.careleavers.rules.model.EntitlementInfo;

/** The catalogues: what the calculator knows and what it may ask. Built once; they never change. */
@Controller
class EntitlementsController implements EntitlementsApi {
  private final String version;
  private final List<Entitlement> entitlements;
  private final List<Question> questions;

  EntitlementsController(RuleBook rules) {
    this.version = rules.version();
    this.entitlements =
        rules.catalogue().stream().map(EntitlementsController::entitlement).toList();
    this.questions = rules.questions().stream().map(EntitlementsController::question).toList();
  }

  @Override
  public HttpResponse<EntitlementCatalogue> listEntitlements() {
    return HttpResponse.ok(new EntitlementCatalogue(version, entitlements))
        .header(EligibilityController.RULES_VERSION, version);
  }

  @Override
  public HttpResponse<Entitlement> getEntitlement(String id) {
    Entitlement entitlement =
        entitlements.stream()
            .filter(e -> e.getId().equals(id))
            .findFirst()
            .orElseThrow(() -> new NotFoundException("There is no entitlement called " + id));
    return HttpResponse.ok(entitlement).header(EligibilityController.RULES_VERSION, version);
  }

  @Override
  public HttpResponse<QuestionCatalogue> listQuestions() {
    return HttpResponse.ok(new QuestionCatalogue(version, questions))
        .header(EligibilityController.RULES_VERSION, version);
  }

  private static Entitlement entitlement(EntitlementInfo info) {
    return new Entitlement(
        info.id(),
        info.title(),
        info.summary(),
        Kind.fromValue(info.kind().name()),
        Theme.fromValue(info.theme().name()),
        info.legalBasis(),
        info.sources(),
        info.amounts().stream().map(EntitlementsController::datedAmount).toList());
  }

  private static DatedAmount datedAmount(uk.careleavers.rules.model.DatedAmount a) {
    return new DatedAmount(
            a.parameter(),
            a.pence(),
            uk.careleavers.api.model.AmountPeriod.fromValue(a.period().name()),
            a.start(),
            a.reference(),
            a.sources())
        .end(a.end());
  }

  private static Question question(uk.careleavers.rules.questions.Question q) {
    return new Question(
        q.id(),
        q.text(),
        q.help(),
        QuestionType.fromValue(q.type().name()),
        q.options().stream().map(o -> new QuestionOption(o.value(), o.label())).toList(),
        q.notSure(),
        CheckResultMapper.factNames(q.setsFacts()),
        CheckResultMapper.factNames(q.dependsOn()),
        q.askedWhen());
  }
}
