package uk.careleavers.rules.logic;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import uk.careleavers.rules.model.ConditionTrace;
import uk.careleavers.rules.model.Tri;
import uk.careleavers.rules.params.Parameters;

/** Kleene "all of" and "any of". An empty "all" is true, an empty "any" false. */
final class Composite implements Condition {
  private final boolean all;
  private final Condition[] parts;

  Composite(boolean all, List<Condition> parts) {
    this.all = all;
    this.parts = parts.toArray(new Condition[0]);
  }

  @Override
  public Tri test(Context ctx) {
    Tri result = all ? Tri.TRUE : Tri.FALSE;
    Tri decisive = all ? Tri.FALSE : Tri.TRUE;
    for (Condition part : parts) {
      Tri v = part.test(ctx);
      if (v == decisive) {
        return decisive;
      }
      result = all ? result.and(v) : result.or(v);
    }
    return result;
  }

  @Override
  public ConditionTrace explain(Context ctx) {
    ConditionTrace[] children = new ConditionTrace[parts.length];
    Tri result = all ? Tri.TRUE : Tri.FALSE;
    for (int i = 0; i < parts.length; i++) {
      children[i] = parts[i].explain(ctx);
      result = all ? result.and(children[i].value()) : result.or(children[i].value());
    }
    List<String> missing = List.of();
    List<String> waitsOn = List.of();
    if (result == Tri.UNKNOWN) {
      List<String> m = new ArrayList<>();
      List<String> w = new ArrayList<>();
      for (ConditionTrace child : children) {
        if (child.value() == Tri.UNKNOWN) {
          Lists.addAllOnce(m, child.missing());
          Lists.addAllOnce(w, child.waitsOn());
        }
      }
      missing = List.copyOf(m);
      waitsOn = List.copyOf(w);
    }
    return new ConditionTrace(
        all ? "all" : "any", result, text(result), missing, waitsOn, List.of(children));
  }

  /**
   * Parts speak for the whole as in a trace: for a no to "all", the first failing part; for a yes
   * to "any", the first passing part; otherwise every part with the whole's value (and for a maybe
   * to "all", the parts that held too). Only unknown parts add what is missing.
   */
  @Override
  public Tri collect(Context ctx, Explanation out) {
    Tri result = test(ctx);
    boolean firstOnly = (all && result == Tri.FALSE) || (!all && result == Tri.TRUE);
    for (int i = 0; i < parts.length; i++) {
      if (speaks(result, parts[i].test(ctx))) {
        parts[i].collect(ctx, out);
        if (firstOnly) {
          break;
        }
      }
    }
    return result;
  }

  private boolean speaks(Tri value, Tri child) {
    return switch (value) {
      case TRUE -> child == Tri.TRUE;
      case FALSE -> child == Tri.FALSE;
      case UNKNOWN -> all ? child != Tri.FALSE : child == Tri.UNKNOWN;
    };
  }

  private String text(Tri value) {
    return switch (value) {
      case TRUE -> all ? "All of these are true." : "At least one of these is true.";
      case FALSE -> all ? "At least one of these is not true." : "None of these is true.";
      case UNKNOWN -> "We need to know more to tell.";
    };
  }

  @Override
  public void thresholds(Thresholds out, Parameters parameters) {
    for (Condition part : parts) {
      part.thresholds(out, parameters);
    }
  }

  @Override
  public void factsRead(Set<String> out) {
    for (Condition part : parts) {
      part.factsRead(out);
    }
  }
}
