package uk.careleavers.rules.questions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import uk.careleavers.rules.facts.FactCatalogue;
import uk.careleavers.rules.logic.Context;
import uk.careleavers.rules.logic.Lists;
import uk.careleavers.rules.model.NextQuestion;
import uk.careleavers.rules.model.Outcome;
import uk.careleavers.rules.model.Status;
import uk.careleavers.rules.model.Tri;

/**
 * Ranks the unanswered questions by how many open results they would settle. A missing fact of a
 * MAYBE scores 2, a fact that would make a yes or maybe more specific (a guessed amount, the
 * council whose local offer applies) scores 1. A fact whose question cannot be asked yet passes its
 * score to the unanswered facts its question depends on. Ties keep the catalogue order, which is
 * the natural order of the interview.
 */
public final class NextQuestions {
  private static final int MAYBE_WEIGHT = 2;
  private static final int REFINE_WEIGHT = 1;
  private static final int MAX_ROUNDS = 4;

  private NextQuestions() {}

  public static List<NextQuestion> rank(
      List<QuestionDefinition> questions,
      Context ctx,
      Askability askability,
      List<Outcome> outcomes,
      Map<String, List<String>> refinements) {
    Scores s = new Scores();
    for (Outcome o : outcomes) {
      if (o.status() == Status.MAYBE && !o.coming()) {
        s.credit(o.missing(), MAYBE_WEIGHT, o.id());
      }
      if (o.status() != Status.NOT_ELIGIBLE && refinements.containsKey(o.id())) {
        s.credit(refinements.get(o.id()), REFINE_WEIGHT, o.id());
      }
    }
    passToDependencies(questions, ctx, askability, s);
    List<NextQuestion> out = new ArrayList<>();
    for (QuestionDefinition q : questions) {
      int i = q.factIndex();
      if (s.score[i] > 0 && askability.of(i) == Tri.TRUE && ctx.facts().isAbsent(i)) {
        out.add(
            new NextQuestion(
                q.question().id(),
                q.question().setsFacts(),
                s.score[i],
                List.copyOf(s.settles.get(i))));
      }
    }
    out.sort(Comparator.comparingInt(NextQuestion::score).reversed());
    return out;
  }

  private static void passToDependencies(
      List<QuestionDefinition> questions, Context ctx, Askability askability, Scores s) {
    boolean[] passed = new boolean[FactCatalogue.size()];
    for (int round = 0; round < MAX_ROUNDS; round++) {
      boolean changed = false;
      for (QuestionDefinition q : questions) {
        int i = q.factIndex();
        if (s.score[i] == 0 || passed[i] || askability.of(i) != Tri.UNKNOWN) {
          continue;
        }
        passed[i] = true;
        for (String dependency : q.askWhen().explain(ctx).missing()) {
          s.add(FactCatalogue.index(dependency), s.score[i], s.settles.get(i));
        }
        changed = true;
      }
      if (!changed) {
        return;
      }
    }
  }

  /** Scores and the outcomes each fact would settle, by fact index. */
  private static final class Scores {
    final int[] score = new int[FactCatalogue.size()];
    final List<List<String>> settles = new ArrayList<>(FactCatalogue.size());

    Scores() {
      for (int i = 0; i < FactCatalogue.size(); i++) {
        settles.add(null);
      }
    }

    void credit(List<String> facts, int weight, String outcomeId) {
      for (String fact : facts) {
        add(FactCatalogue.index(fact), weight, List.of(outcomeId));
      }
    }

    void add(int i, int weight, List<String> outcomeIds) {
      score[i] += weight;
      if (settles.get(i) == null) {
        settles.set(i, new ArrayList<>(4));
      }
      Lists.addAllOnce(settles.get(i), outcomeIds);
    }
  }
}
