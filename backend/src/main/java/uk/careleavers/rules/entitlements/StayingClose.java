package uk.careleavers.rules.entitlements;

import static uk.careleavers.rules.logic.Conditions.ageUnder;
import static uk.careleavers.rules.logic.Conditions.all;
import static uk.careleavers.rules.logic.Conditions.categoryIn;
import static uk.careleavers.rules.logic.Conditions.decision;
import static uk.careleavers.rules.model.CareLeaverCategory.FORMER_RELEVANT_CHILD;

import java.util.List;
import uk.careleavers.rules.logic.Context;
import uk.careleavers.rules.model.Kind;
import uk.careleavers.rules.model.Status;
import uk.careleavers.rules.model.Theme;

/**
 * Staying Close: CA 1989 s.23CZAA (Children's Wellbeing and Schools Act 2026 s.7), enacted but not
 * in force until regulations set a day (s.78(5)); the day is a parameter with no value yet. Once in
 * force it needs the council's assessment, so MAYBE is the best answer (RULES.md). Today's
 * programmes for young people leaving children's homes are councils' own: LOCAL items.
 */
final class StayingClose extends Rule {
  static final String IN_FORCE = "staying_close/in_force";

  StayingClose() {
    super(
        new RuleInfo(
            "staying-close",
            "Staying Close",
            "Help to find and keep a good place to live, and to get to health, education, work and other "
                + "services, from someone who speaks up for you. Some councils already run Staying Close "
                + "for young people leaving a children's home: check your council's local offer.",
            Kind.ENACTED_NOT_IN_FORCE,
            Theme.HOUSING,
            "Children Act 1989 s.23CZAA, inserted by Children's Wellbeing and Schools Act 2026 s.7 (external; "
                + "not yet in force, s.78(5))",
            List.of("002:1365", "002:1669", "002:2641"),
            "The council that looked after you"),
        all(
            categoryIn(FORMER_RELEVANT_CHILD),
            ageUnder(25),
            decision("The council decides after it assesses whether you need this.")));
  }

  @Override
  public Kind kindOn(Context ctx) {
    return ctx.flag(IN_FORCE) ? Kind.STATUTORY : Kind.ENACTED_NOT_IN_FORCE;
  }

  @Override
  public String whatToDo(Context ctx, Status status) {
    if (kindOn(ctx).isComing()) {
      return "Not started yet. If you are leaving a children's home, ask your council if it runs Staying Close.";
    }
    return status == Status.NOT_ELIGIBLE
        ? "Ask your Personal Adviser about other help with a place to live."
        : "Ask your Personal Adviser for a Staying Close assessment.";
  }
}
