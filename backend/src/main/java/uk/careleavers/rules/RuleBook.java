package uk.careleavers.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import uk.careleavers.rules.entitlements.NationalRules;
import uk.careleavers.rules.entitlements.Rule;
import uk.careleavers.rules.facts.FactCatalogue;
import uk.careleavers.rules.facts.FactDefinition;
import uk.careleavers.rules.facts.Facts;
import uk.careleavers.rules.local.LocalRules;
import uk.careleavers.rules.model.EntitlementInfo;
import uk.careleavers.rules.model.Evaluation;
import uk.careleavers.rules.params.Parameter;
import uk.careleavers.rules.params.ParameterLoader;
import uk.careleavers.rules.params.Parameters;
import uk.careleavers.rules.params.YamlFiles;
import uk.careleavers.rules.questions.Question;
import uk.careleavers.rules.questions.QuestionCatalogue;
import uk.careleavers.rules.questions.QuestionDefinition;
import uk.careleavers.rules.timeline.DueIndex;

/**
 * The entry point. {@link #load()} reads the parameters and the version once; the result is
 * immutable and thread-safe, so one instance serves the whole application.
 */
public final class RuleBook {
  private final String version;
  private final LocalDate supportedFrom;
  private final Parameters parameters;
  private final List<Rule> rules;
  private final List<QuestionDefinition> questions;
  private final DueIndex due;
  private final Set<LocalDate> lawChanges;
  private final Evaluator evaluator;

  private RuleBook(String version, LocalDate supportedFrom, Parameters parameters) {
    this.version = version;
    this.supportedFrom = supportedFrom;
    this.parameters = parameters;
    this.rules = NationalRules.all();
    this.questions = QuestionCatalogue.build();
    Set<LocalDate> dates = new TreeSet<>();
    for (Parameter p : parameters.all()) {
      dates.addAll(p.changeDates());
    }
    this.lawChanges = Set.copyOf(dates);
    DueIndex index = DueIndex.empty();
    for (int i = 0; i < rules.size(); i++) {
      index = index.plus(i, rules.get(i).thresholds(parameters));
    }
    this.due = index;
    this.evaluator = new Evaluator(this);
  }

  /** Loads the rule book from the class path ({@code rules/}). */
  public static RuleBook load() {
    ClassLoader loader = RuleBook.class.getClassLoader();
    Map<String, Object> book = YamlFiles.read(loader, "rules/rulebook.yaml");
    return new RuleBook(
        YamlFiles.text(book, "version", "rulebook.yaml"),
        YamlFiles.date(book.get("supported_from"), "rulebook.yaml"),
        ParameterLoader.load(loader));
  }

  /**
   * A copy with one parameter replaced, for what-if checks and tests (e.g. a start day for a law).
   */
  public RuleBook withParameter(Parameter replacement) {
    return new RuleBook(version, supportedFrom, parameters.with(replacement));
  }

  /** Checks answers against the national rules on {@code asOf}. */
  public Evaluation evaluate(Facts facts, LocalDate asOf) {
    return evaluator.evaluate(facts, asOf, LocalRules.NONE, false);
  }

  /** Checks answers against the national rules and the given local-offer items. */
  public Evaluation evaluate(Facts facts, LocalDate asOf, LocalRules local) {
    return evaluator.evaluate(facts, asOf, local, false);
  }

  /**
   * As {@link #evaluate(Facts, LocalDate, LocalRules)}, with the full trace on every outcome when
   * asked.
   */
  public Evaluation evaluate(Facts facts, LocalDate asOf, LocalRules local, boolean includeTrace) {
    return evaluator.evaluate(facts, asOf, local, includeTrace);
  }

  /**
   * Refuses impossible answers (a date before the supported range, a birth in the future, more
   * weeks in care than possible) with an exception naming the field.
   */
  public void validate(Facts facts, LocalDate asOf) {
    FactValidation.validate(facts, asOf, supportedFrom);
  }

  /** The semantic version of the rules, stamped on every evaluation. */
  public String version() {
    return version;
  }

  public LocalDate supportedFrom() {
    return supportedFrom;
  }

  /** Every national entitlement and proposal, with its kind, dated amounts and sources. */
  public List<EntitlementInfo> catalogue() {
    List<EntitlementInfo> out = new ArrayList<>();
    for (Rule r : rules) {
      var i = r.info();
      out.add(
          new EntitlementInfo(
              i.id(),
              i.title(),
              i.summary(),
              i.kind(),
              i.theme(),
              i.legalBasis(),
              i.sources(),
              r.datedAmounts(parameters)));
    }
    return out;
  }

  /** The question catalogue, in the order a check asks them when all are needed. */
  public List<Question> questions() {
    List<Question> out = new ArrayList<>();
    for (QuestionDefinition q : questions) {
      out.add(q.question());
    }
    return out;
  }

  /** Every fact id with its type and allowed answers. */
  public List<FactDefinition> facts() {
    return FactCatalogue.all();
  }

  public Parameters parameters() {
    return parameters;
  }

  List<Rule> rules() {
    return rules;
  }

  List<QuestionDefinition> questionDefinitions() {
    return questions;
  }

  /** Which national rules may change on which birthdays, by index in {@link #rules()}. */
  DueIndex due() {
    return due;
  }

  Set<LocalDate> lawChanges() {
    return lawChanges;
  }
}
