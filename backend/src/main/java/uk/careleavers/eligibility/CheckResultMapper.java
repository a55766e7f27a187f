package uk.careleavers.eligibility;

import java.util.List;
import java.util.function.Function;
import uk.careleavers.api.model.Amount;
import uk.careleavers.api.model.AmountPeriod;
import uk.careleavers.api.model.AmountQualifier;
import uk.careleavers.api.model.CareLeaverCategory;
import uk.careleavers.api.model.Category;
import uk.careleavers.api.model.ConditionTrace;
import uk.careleavers.api.model.ConditionTraceValue;
import uk.careleavers.api.model.EligibilityCheckResult;
import uk.careleavers.api.model.FactName;
import uk.careleavers.api.model.Kind;
import uk.careleavers.api.model.LocalOfferReference;
import uk.careleavers.api.model.NextQuestion;
import uk.careleavers.api.model.Outcome;
import uk.careleavers.api.model.ParameterRead;
import uk.careleavers.api.model.Status;
import uk.careleavers.api.model.Theme;
import uk.careleavers.api.model.TimelineEntry;
import uk.careleavers.api.model.TimelineEntryChange;
import uk.careleavers.api.model.Trace;
import uk.careleavers.rules.model.CategoryResult;
import uk.careleavers.rules.model.Evaluation;

/** The engine's evaluation to the contract's result. Generated types stop here. */
final class CheckResultMapper {
  private CheckResultMapper() {}

  /**
   * @param localOffers the published offer a local outcome comes from, by outcome id (null for a
   *     national outcome)
   */
  static EligibilityCheckResult toResult(
      Evaluation evaluation, Function<String, LocalOfferReference> localOffers) {
    return new EligibilityCheckResult(
            evaluation.rulesVersion(),
            evaluation.asOf(),
            category(evaluation.category()),
            evaluation.outcomes().stream().map(o -> outcome(o, localOffers)).toList(),
            evaluation.nextQuestions().stream().map(CheckResultMapper::nextQuestion).toList(),
            evaluation.timeline().stream().map(CheckResultMapper::timelineEntry).toList(),
            evaluation.notes())
        .age(evaluation.age());
  }

  private static Category category(CategoryResult category) {
    return new Category(
        CareLeaverCategory.fromValue(category.category().name()),
        category.possible().stream().map(c -> CareLeaverCategory.fromValue(c.name())).toList(),
        factNames(category.missing()),
        category.explanation());
  }

  private static Outcome outcome(
      uk.careleavers.rules.model.Outcome o, Function<String, LocalOfferReference> localOffers) {
    Outcome outcome =
        new Outcome(
            o.id(),
            o.title(),
            o.summary(),
            Kind.fromValue(o.kind().name()),
            Theme.fromValue(o.theme().name()),
            status(o.status()),
            o.coming(),
            o.reasons(),
            factNames(o.missing()),
            o.waitsOn(),
            o.whatToDo(),
            o.onRequest(),
            o.legalBasis(),
            o.sources());
    outcome.whenInForce(o.whenInForce() == null ? null : status(o.whenInForce()));
    outcome.amount(o.amount() == null ? null : amount(o.amount()));
    outcome.provider(o.provider());
    outcome.linkedTo(o.linkedTo());
    outcome.trace(o.trace() == null ? null : trace(o.trace()));
    outcome.localOffer(localOffers.apply(o.id()));
    return outcome;
  }

  static Amount amount(uk.careleavers.rules.model.Amount a) {
    return new Amount(
            a.pence(),
            AmountPeriod.fromValue(a.period().name()),
            AmountQualifier.fromValue(a.qualifier().name()),
            a.text())
        .raisedBy(a.raisedBy());
  }

  private static Trace trace(uk.careleavers.rules.model.Trace t) {
    return new Trace(
        condition(t.conditions()),
        t.parameters().stream().map(CheckResultMapper::parameter).toList(),
        t.notes());
  }

  private static ConditionTrace condition(uk.careleavers.rules.model.ConditionTrace c) {
    return new ConditionTrace(
        c.test(),
        ConditionTraceValue.fromValue(c.value().name()),
        c.text(),
        factNames(c.missing()),
        c.waitsOn(),
        c.children().stream().map(CheckResultMapper::condition).toList());
  }

  private static ParameterRead parameter(uk.careleavers.rules.model.ParameterRead p) {
    String pickedBy = "as_of".equals(p.pickedBy()) ? "asOf" : FactNames.api(p.pickedBy());
    return new ParameterRead(p.name(), p.at(), pickedBy, p.sources())
        .value(p.value() == null ? null : String.valueOf(p.value()))
        .unit(p.unit())
        .valueStart(p.valueStart())
        .reference(p.reference());
  }

  private static NextQuestion nextQuestion(uk.careleavers.rules.model.NextQuestion q) {
    return new NextQuestion(q.questionId(), factNames(q.factIds()), q.score(), q.settles());
  }

  private static TimelineEntry timelineEntry(uk.careleavers.rules.model.TimelineEntry e) {
    return new TimelineEntry(
            e.date(),
            e.entitlementId(),
            e.title(),
            TimelineEntryChange.fromValue(e.change().name()),
            status(e.from()),
            status(e.to()),
            e.sentence())
        .age(e.age());
  }

  private static Status status(uk.careleavers.rules.model.Status status) {
    return Status.fromValue(status.name());
  }

  static List<FactName> factNames(List<String> engineIds) {
    return engineIds.stream().map(FactNames::factName).toList();
  }
}
