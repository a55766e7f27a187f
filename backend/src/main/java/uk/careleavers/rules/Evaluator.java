package uk.careleavers.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import uk.careleavers.rules.entitlements.Rule;
import uk.careleavers.rules.entitlements.RuleRunner;
import uk.careleavers.rules.facts.Ages;
import uk.careleavers.rules.facts.Facts;
import uk.careleavers.rules.local.LocalRule;
import uk.careleavers.rules.local.LocalRules;
import uk.careleavers.rules.logic.CategoryState;
import uk.careleavers.rules.logic.Context;
import uk.careleavers.rules.logic.Explanation;
import uk.careleavers.rules.logic.Thresholds;
import uk.careleavers.rules.model.CareLeaverCategory;
import uk.careleavers.rules.model.CategoryResult;
import uk.careleavers.rules.model.Evaluation;
import uk.careleavers.rules.model.Outcome;
import uk.careleavers.rules.questions.Askability;
import uk.careleavers.rules.questions.NextQuestions;
import uk.careleavers.rules.timeline.DueIndex;
import uk.careleavers.rules.timeline.TimelineBuilder;

/** One evaluation: every outcome, the category, the next questions and the timeline. */
final class Evaluator {
  private final RuleBook book;
  private final Map<String, Integer> nationalIndex = new HashMap<>();

  Evaluator(RuleBook book) {
    this.book = book;
    for (int i = 0; i < book.rules().size(); i++) {
      nationalIndex.put(book.rules().get(i).id(), i);
    }
  }

  Evaluation evaluate(Facts facts, LocalDate asOf, LocalRules local, boolean includeTrace) {
    book.validate(facts, asOf);
    List<Rule> rules = withLocal(local);
    Context ctx = new Context(facts, asOf, book.parameters(), local.links());
    Askability askability = Askability.of(book.questionDefinitions(), ctx);
    Predicate<String> ruledOut = askability::isRuledOut;
    List<Outcome> outcomes = new ArrayList<>(rules.size());
    List<RuleRunner.Snapshot> snapshots = new ArrayList<>(rules.size());
    Map<String, List<String>> refinements = new HashMap<>();
    Explanation why = new Explanation();
    for (Rule rule : rules) {
      Outcome o = RuleRunner.explain(rule, ctx, includeTrace, ruledOut, why);
      outcomes.add(o);
      snapshots.add(
          new RuleRunner.Snapshot(o.status(), o.amount() == null ? null : o.amount().pence()));
      List<String> needs = rule.refinedBy(ctx);
      if (!needs.isEmpty()) {
        refinements.put(rule.id(), needs);
      }
    }
    return new Evaluation(
        book.version(),
        asOf,
        ctx.age(),
        category(ctx, ruledOut),
        outcomes,
        NextQuestions.rank(book.questionDefinitions(), ctx, askability, outcomes, refinements),
        TimelineBuilder.build(rules, book.due(), due(local), ctx, snapshots, book.lawChanges()),
        notes(ctx));
  }

  /**
   * Local items are due on their own birthdays, and so is the national rule one raises or settles.
   */
  private DueIndex.Extra due(LocalRules local) {
    List<LocalRule> items = local.rules();
    if (items.isEmpty()) {
      return DueIndex.Extra.NONE;
    }
    int linked = 0;
    for (LocalRule r : items) {
      linked += r.linkedTo() != null ? 1 : 0;
    }
    int[] indexes = new int[items.size() + linked];
    Thresholds[] thresholds = new Thresholds[indexes.length];
    int n = 0;
    for (int i = 0; i < items.size(); i++) {
      LocalRule r = items.get(i);
      Thresholds own = r.thresholds(book.parameters());
      indexes[n] = book.rules().size() + i;
      thresholds[n++] = own;
      if (r.linkedTo() != null) {
        indexes[n] = nationalIndex.get(r.linkedTo());
        thresholds[n++] = own;
      }
    }
    return new DueIndex.Extra(indexes, thresholds);
  }

  private List<Rule> withLocal(LocalRules local) {
    if (local.rules().isEmpty()) {
      return book.rules();
    }
    List<Rule> rules = new ArrayList<>(book.rules());
    for (LocalRule r : local.rules()) {
      if (nationalIndex.containsKey(r.id())) {
        throw new IllegalArgumentException("Local item id " + r.id() + " is a national rule id");
      }
      if (r.linkedTo() != null && !nationalIndex.containsKey(r.linkedTo())) {
        throw new IllegalArgumentException(
            "Local item " + r.id() + " links to unknown rule " + r.linkedTo());
      }
      rules.add(r);
    }
    return rules;
  }

  private static CategoryResult category(Context ctx, Predicate<String> ruledOut) {
    CategoryState state = ctx.category();
    CareLeaverCategory single = state.single();
    List<String> missing = new ArrayList<>(state.missingForCategory());
    List<String> askable = new ArrayList<>(missing);
    askable.removeIf(ruledOut);
    String explanation = single.explanation();
    if (single == CareLeaverCategory.UNKNOWN) {
      List<String> labels = new ArrayList<>();
      for (CareLeaverCategory c : state.possible()) {
        labels.add(c.label());
      }
      explanation += " From your answers so far you could be: " + String.join("; ", labels) + ".";
    }
    return new CategoryResult(
        single, state.possible(), askable.isEmpty() ? missing : askable, explanation);
  }

  private static List<String> notes(Context ctx) {
    LocalDate dob = ctx.dateOfBirth();
    if (dob != null && Ages.leapDayChangesAge(dob, ctx.asOf())) {
      return List.of(
          "Your birthday is 29 February. In years without a 29 February we count your birthday "
              + "as 1 March, so on "
              + ctx.asOf()
              + " you are still "
              + ctx.age()
              + ".");
    }
    return List.of();
  }
}
