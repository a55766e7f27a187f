package uk.careleavers.rules.entitlements;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.careleavers.rules.facts.FactCatalogue;
import uk.careleavers.rules.logic.Context;
import uk.careleavers.rules.model.Amount;
import uk.careleavers.rules.model.AmountQualifier;
import uk.careleavers.rules.model.DatedAmount;
import uk.careleavers.rules.params.Parameter;
import uk.careleavers.rules.params.ParameterValue;
import uk.careleavers.rules.params.Parameters;

/** Money amounts read from dated parameters. */
public final class Amounts {
  private Amounts() {}

  /**
   * The value on the date given by {@code eventFact} when it is known, else on the as-of date
   * (RULES.md: the event's date picks the value).
   */
  public static Amount at(
      Context ctx, String parameter, String eventFact, AmountQualifier qualifier) {
    LocalDate event =
        eventFact == null ? null : (LocalDate) ctx.facts().value(FactCatalogue.index(eventFact));
    LocalDate on = event != null ? event : ctx.asOf();
    Optional<ParameterValue> v = ctx.parameter(parameter, on, event != null ? eventFact : "as_of");
    return v.map(pv -> new Amount(pv.asLong(), pv.period(), qualifier, null)).orElse(null);
  }

  public static long pence(Context ctx, String parameter) {
    return ctx.parameter(parameter, ctx.asOf(), "as_of").map(ParameterValue::asLong).orElse(0L);
  }

  /** The fact is needed to fix the amount when it is still unknown. */
  public static List<String> needs(Context ctx, String eventFact) {
    return ctx.facts().isKnown(eventFact) ? List.of() : List.of(eventFact);
  }

  public static List<DatedAmount> dated(Parameters parameters, String name) {
    Parameter p = parameters.get(name);
    List<DatedAmount> out = new ArrayList<>();
    for (ParameterValue v : p.values()) {
      out.add(
          new DatedAmount(
              name, v.asLong(), v.period(), v.start(), v.end(), v.reference(), v.sources()));
    }
    return out;
  }
}
