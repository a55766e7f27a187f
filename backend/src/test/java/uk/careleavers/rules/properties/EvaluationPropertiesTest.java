package uk.careleavers.rules.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import uk.careleavers.rules.RuleBook;
import uk.careleavers.rules.facts.FactCatalogue;
import uk.careleavers.rules.facts.Facts;
import uk.careleavers.rules.facts.InvalidFactException;
import uk.careleavers.rules.local.LocalRule;
import uk.careleavers.rules.local.LocalRules;
import uk.careleavers.rules.logic.Conditions;
import uk.careleavers.rules.model.AmountPeriod;
import uk.careleavers.rules.model.AmountQualifier;
import uk.careleavers.rules.model.Evaluation;
import uk.careleavers.rules.model.Outcome;
import uk.careleavers.rules.model.Status;
import uk.careleavers.rules.model.Theme;

class EvaluationPropertiesTest {
  private static final RuleBook BOOK = RuleBook.load();
  private static final LocalRules LOCAL =
      LocalRules.of(
          LocalRule.builder("raise")
              .title("Setting up home")
              .theme(Theme.MONEY)
              .provider("A council")
              .amount(350000, AmountPeriod.ONE_OFF, AmountQualifier.EXACTLY)
              .raises("leaving-care-allowance")
              .when(
                  Conditions.all(
                      Conditions.careLeaverOrEligibleChild(),
                      Conditions.lookedAfterBy("E10000017")))
              .build(),
          LocalRule.builder("tax")
              .title("No council tax until 22")
              .theme(Theme.MONEY)
              .provider("A district")
              .settles("council-tax-reduction")
              .when(
                  Conditions.all(
                      Conditions.careLeaver(),
                      Conditions.ageUnder(22),
                      Conditions.livesIn("E06000024")))
              .build());

  @Provide
  Arbitrary<Scenario> scenarios() {
    return Scenario.any();
  }

  private static Evaluation evaluate(Facts facts, Scenario s, boolean trace) {
    try {
      return BOOK.evaluate(facts, s.asOf(), LOCAL, trace);
    } catch (InvalidFactException e) {
      Assume.that(false);
      throw e;
    }
  }

  /** Answering an unknown never turns a settled answer (yes or no) into a maybe. */
  @Property
  void answeringAQuestionNeverUnsettlesAnAnswer(@ForAll("scenarios") Scenario s, @ForAll int pick) {
    List<String> open = s.unanswered();
    Assume.that(!open.isEmpty());
    String fact = open.get(Math.floorMod(pick, open.size()));
    Assume.that(!FactCatalogue.NOT_SURE.equals(s.answers().get(fact)));
    Evaluation before = evaluate(s.facts(), s, false);
    List<String> more = new ArrayList<>(s.given());
    more.add(fact);
    Evaluation after = evaluate(s.facts(more), s, false);
    for (int i = 0; i < before.outcomes().size(); i++) {
      Outcome was = before.outcomes().get(i);
      if (was.status() != Status.MAYBE) {
        assertThat(after.outcomes().get(i).status())
            .as(was.id() + " after answering " + fact)
            .isNotEqualTo(Status.MAYBE);
      }
    }
  }

  /** The same answers give the same evaluation, whatever order they were given in. */
  @Property
  void evaluationIsDeterministicAndIndependentOfAnswerOrder(
      @ForAll("scenarios") Scenario s, @ForAll long seed) {
    List<String> shuffled = new ArrayList<>(s.given());
    Collections.shuffle(shuffled, new Random(seed));
    Evaluation first = evaluate(s.facts(), s, false);
    assertThat(evaluate(s.facts(shuffled), s, false)).isEqualTo(first);
    assertThat(evaluate(s.facts(), s, false)).isEqualTo(first);
  }

  /** Asking for the trace changes nothing else, and the trace agrees with the answer. */
  @Property(tries = 100)
  void theTraceAgreesWithTheAnswer(@ForAll("scenarios") Scenario s) {
    Evaluation plain = evaluate(s.facts(), s, false);
    Evaluation traced = evaluate(s.facts(), s, true);
    for (int i = 0; i < plain.outcomes().size(); i++) {
      Outcome p = plain.outcomes().get(i);
      Outcome t = traced.outcomes().get(i);
      assertThat(
              List.of(
                  t.status(), t.reasons(), t.missing(), t.waitsOn(), String.valueOf(t.amount())))
          .as(p.id())
          .isEqualTo(
              List.of(
                  p.status(), p.reasons(), p.missing(), p.waitsOn(), String.valueOf(p.amount())));
      Status fromTrace = t.trace().conditions().value().toStatus();
      assertThat(t.coming() ? t.whenInForce() : t.status()).as(p.id()).isEqualTo(fromTrace);
      assertThat(t.trace().conditions().missing()).as(p.id()).containsAll(t.missing());
    }
    assertThat(traced.timeline()).isEqualTo(plain.timeline());
    assertThat(traced.nextQuestions()).isEqualTo(plain.nextQuestions());
  }

  /** Every maybe says why, and a settled answer has nothing missing. */
  @Property
  void everyMaybeSaysWhy(@ForAll("scenarios") Scenario s) {
    for (Outcome o : evaluate(s.facts(), s, false).outcomes()) {
      if (o.status() == Status.MAYBE) {
        assertThat(o.missing().isEmpty() && o.waitsOn().isEmpty()).as(o.id()).isFalse();
      } else {
        assertThat(o.missing()).as(o.id()).isEmpty();
      }
    }
  }
}
