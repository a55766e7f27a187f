package uk.careleavers.rules.questions;

import java.util.List;
import uk.careleavers.rules.facts.FactCatalogue;
import uk.careleavers.rules.logic.Context;
import uk.careleavers.rules.model.Tri;

/** Which questions can be asked given the answers so far, by fact index. */
public final class Askability {
  private final Tri[] byFact;

  private Askability(Tri[] byFact) {
    this.byFact = byFact;
  }

  public static Askability of(List<QuestionDefinition> questions, Context ctx) {
    Tri[] byFact = new Tri[FactCatalogue.size()];
    for (QuestionDefinition q : questions) {
      byFact[q.factIndex()] = q.askWhen().test(ctx);
    }
    return new Askability(byFact);
  }

  public Tri of(int factIndex) {
    Tri t = byFact[factIndex];
    return t == null ? Tri.UNKNOWN : t;
  }

  /** The fact's question cannot be asked given the answers so far. */
  public boolean isRuledOut(String factId) {
    return of(FactCatalogue.index(factId)) == Tri.FALSE;
  }
}
