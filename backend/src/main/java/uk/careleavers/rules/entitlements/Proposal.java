package uk.careleavers.rules.entitlements;

import uk.careleavers.rules.logic.Condition;
import uk.careleavers.rules.logic.Context;
import uk.careleavers.rules.model.Status;

/**
 * A government commitment shown as "coming", never as an entitlement (RULES.md). Its condition says
 * who it would cover, so the answer can say "this could be for you when it starts".
 */
final class Proposal extends Rule {

  Proposal(RuleInfo info, Condition wouldCover) {
    super(info, wouldCover);
  }

  @Override
  public String whatToDo(Context ctx, Status status) {
    return "Nothing to do yet. We will show it here if it becomes law.";
  }
}
