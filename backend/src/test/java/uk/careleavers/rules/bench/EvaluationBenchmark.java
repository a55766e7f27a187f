package uk.careleavers.rules.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import uk.careleavers.rules.RuleBook;
import uk.careleavers.rules.facts.Facts;
import uk.careleavers.rules.local.LocalRule;
import uk.careleavers.rules.local.LocalRules;
import uk.careleavers.rules.logic.Conditions;
import uk.careleavers.rules.model.AmountPeriod;
import uk.careleavers.rules.model.AmountQualifier;
import uk.careleavers.rules.model.CareLeaverCategory;
import uk.careleavers.rules.model.Evaluation;
import uk.careleavers.rules.model.Theme;

/**
 * One full evaluation (QUALITY.md bar: median at most 20 µs): every national rule, a realistic
 * 19-year-old with a few answers still open, and ten local-offer items from two councils, with next
 * questions and the timeline. Run with {@code ./mvnw -pl backend -Pbench verify -DskipTests}
 * (docs/performance.md).
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.SampleTime, Mode.AverageTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class EvaluationBenchmark {
  private static final LocalDate AS_OF = LocalDate.of(2025, 6, 1);

  private RuleBook book;
  private Facts facts;
  private LocalRules local;

  @Setup
  public void setUp() {
    book = RuleBook.load();
    facts = answers();
    local = LocalRules.of(localItems());
  }

  /**
   * Ten items of the kinds the seeds show (Lancashire and a district), as an adapter would build
   * them.
   */
  static List<LocalRule> localItems() {
    List<LocalRule> items = new ArrayList<>();
    items.add(
        item("lancs-setting-up-home", Theme.MONEY, 350000L)
            .raises("leaving-care-allowance")
            .when(
                Conditions.all(
                    Conditions.careLeaverOrEligibleChild(), Conditions.lookedAfterBy("LAN")))
            .build());
    items.add(
        item("lancs-staying-put-allowance", Theme.HOUSING, 22200L)
            .when(
                Conditions.all(
                    Conditions.categoryIn(CareLeaverCategory.FORMER_RELEVANT_CHILD),
                    Conditions.ageUnder(21),
                    Conditions.lookedAfterBy("LAN")))
            .build());
    items.add(
        item("preston-council-tax", Theme.MONEY, null)
            .settles("council-tax-reduction")
            .when(
                Conditions.all(
                    Conditions.careLeaver(), Conditions.ageUnder(25), Conditions.livesIn("PRE")))
            .build());
    items.add(
        item("lancs-leisure", Theme.HEALTH_AND_WELLBEING, null)
            .when(Conditions.all(Conditions.careLeaver(), Conditions.lookedAfterBy("LAN")))
            .build());
    items.add(
        item("lancs-mentoring", Theme.RELATIONSHIPS, null)
            .when(
                Conditions.all(
                    Conditions.careLeaverOrEligibleChild(), Conditions.ageBetween(16, 25)))
            .build());
    items.add(
        item("lancs-work-placement", Theme.EDUCATION_AND_WORK, null)
            .when(
                Conditions.all(
                    Conditions.careLeaver(),
                    Conditions.not(Conditions.inEducationEmploymentOrTraining())))
            .build());
    items.add(
        item("lancs-travel", Theme.MONEY, 5000L)
            .when(
                Conditions.all(
                    Conditions.careLeaver(), Conditions.inEducationEmploymentOrTraining()))
            .build());
    items.add(
        item("lancs-driving", Theme.EDUCATION_AND_WORK, 60000L)
            .when(
                Conditions.all(
                    Conditions.careLeaver(), Conditions.decision("The council decides.")))
            .build());
    items.add(
        item("lancs-health-drop-in", Theme.HEALTH_AND_WELLBEING, null)
            .when(Conditions.careLeaverOrEligibleChild())
            .build());
    items.add(
        item("lancs-forum", Theme.PARTICIPATION, null)
            .when(
                Conditions.all(
                    Conditions.careLeaverOrEligibleChild(), Conditions.ageBetween(16, 26)))
            .build());
    return items;
  }

  private static LocalRule.Builder item(String id, Theme theme, Long pence) {
    LocalRule.Builder b =
        LocalRule.builder(id).title(id).theme(theme).provider("Lancashire County Council");
    return pence == null ? b : b.amount(pence, AmountPeriod.ONE_OFF, AmountQualifier.EXACTLY);
  }

  /**
   * The baseline the others are compared with in docs/performance.md: turning the same answers into
   * facts, the least work any check must do. Timings from different runs or machines are not
   * comparable; ratios to this, measured in the same run, are.
   */
  @Benchmark
  public Facts baselineBuildFacts() {
    return answers();
  }

  /** A 19-year-old former relevant child in full-time college, moving into their own home. */
  static Facts answers() {
    return Facts.builder()
        .set("date_of_birth", "2006-03-10")
        .set("in_care_at_18", true)
        .set("weeks_in_care_since_14", 150)
        .set("care_placement", "foster_carers")
        .set("main_activity", "school_or_college_full_time")
        .set("moving_into_own_home", true)
        .set("homeless_or_at_risk", false)
        .set("in_care_12_months_in_a_row", true)
        .set("responsible_council", "LAN")
        .set("council_of_residence", "PRE")
        .build();
  }

  @Benchmark
  public Evaluation nationalRulesOnly() {
    return book.evaluate(facts, AS_OF);
  }

  @Benchmark
  public Evaluation fullEvaluation() {
    return book.evaluate(facts, AS_OF, local);
  }

  @Benchmark
  public Evaluation fullEvaluationWithTrace() {
    return book.evaluate(facts, AS_OF, local, true);
  }
}
