package uk.careleavers.rules.entitlements;

import static uk.careleavers.rules.logic.Conditions.categoryIn;
import static uk.careleavers.rules.model.CareLeaverCategory.RELEVANT_CHILD;

import java.util.List;
import uk.careleavers.rules.logic.Context;
import uk.careleavers.rules.model.Kind;
import uk.careleavers.rules.model.Status;
import uk.careleavers.rules.model.Theme;

/** Accommodation and maintenance for relevant children (CA 1989 s.23B(8); 001:1502). */
final class Support16To17 extends Rule {

  Support16To17() {
    super(
        new RuleInfo(
            "support-16-17",
            "A place to live and money to live on at 16 and 17",
            "The council must give you somewhere to live and money to live on. At 16 and 17 you usually "
                + "cannot get benefits, so this is how you are supported.",
            Kind.STATUTORY,
            Theme.MONEY,
            "Children Act 1989 s.23B(8) (external)",
            List.of("001:1502"),
            "The council that looked after you"),
        categoryIn(RELEVANT_CHILD));
  }

  @Override
  public String whatToDo(Context ctx, Status status) {
    return switch (status) {
      case ELIGIBLE -> "Talk to your Personal Adviser about where you live and the money you get.";
      case MAYBE -> "Answer the questions below, or ask the council that looked after you.";
      case NOT_ELIGIBLE -> "This is only for 16 and 17 year olds who have left care.";
    };
  }
}
