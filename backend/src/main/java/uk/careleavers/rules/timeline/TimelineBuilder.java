package uk.careleavers.rules.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import uk.careleavers.rules.entitlements.Rule;
import uk.careleavers.rules.entitlements.RuleRunner;
import uk.careleavers.rules.entitlements.RuleRunner.Snapshot;
import uk.careleavers.rules.facts.Ages;
import uk.careleavers.rules.logic.Context;
import uk.careleavers.rules.model.Change;
import uk.careleavers.rules.model.Status;
import uk.careleavers.rules.model.TimelineEntry;

/**
 * "What changes when": each rule is run again, with the rules in force on that date, on the
 * birthdays its conditions name, and every rule on each dated change in the law; the answer is
 * compared with the one before. Quick runs only: no trace.
 */
public final class TimelineBuilder {
  private static final int LAST_AGE = 26;
  private static final int YEARS_AHEAD_WITHOUT_BIRTHDAY = 10;

  private TimelineBuilder() {}

  public static List<TimelineEntry> build(
      List<Rule> rules,
      DueIndex index,
      DueIndex.Extra extra,
      Context now,
      List<Snapshot> current,
      Set<LocalDate> lawChanges) {
    LocalDate dob = now.dateOfBirth();
    LocalDate horizon =
        dob == null
            ? now.asOf().plusYears(YEARS_AHEAD_WITHOUT_BIRTHDAY)
            : Ages.birthday(dob, LAST_AGE);
    TreeMap<LocalDate, BitSet> due = index.dates(dob, now.asOf(), horizon, extra);
    for (LocalDate law : lawChanges) {
      if (law.isAfter(now.asOf()) && !law.isAfter(horizon)) {
        due.computeIfAbsent(law, d -> new BitSet()).set(0, rules.size());
      }
    }
    List<TimelineEntry> out = new ArrayList<>();
    Snapshot[] previous = current.toArray(new Snapshot[0]);
    Context last = now;
    for (Map.Entry<LocalDate, BitSet> e : due.entrySet()) {
      LocalDate date = e.getKey();
      Projection.Projected p = Projection.project(now.facts(), now.asOf(), date);
      Context then = new Context(p.facts(), date, now.parameters(), now.links());
      then.shareCategory(last);
      String when = null;
      BitSet which = e.getValue();
      for (int i = which.nextSetBit(0); i >= 0; i = which.nextSetBit(i + 1)) {
        Snapshot snap = RuleRunner.quick(rules.get(i), then);
        Change change = change(previous[i], snap);
        if (change != null) {
          when = when != null ? when : Sentences.when(date, birthdayAge(dob, date), dob);
          out.add(
              entry(
                  rules.get(i),
                  date,
                  dob,
                  when,
                  change,
                  previous[i],
                  snap,
                  p.assumesStillInCare()));
        }
        previous[i] = snap;
      }
      last = then;
    }
    return out;
  }

  private static Integer birthdayAge(LocalDate dob, LocalDate date) {
    if (dob == null) {
      return null;
    }
    int years = Ages.ageOn(dob, date);
    return Ages.birthday(dob, years).equals(date) ? years : null;
  }

  private static Change change(Snapshot before, Snapshot after) {
    if (before.status() != after.status()) {
      return switch (after.status()) {
        case ELIGIBLE -> Change.STARTS;
        case NOT_ELIGIBLE -> Change.ENDS;
        case MAYBE -> before.status() == Status.ELIGIBLE ? Change.MAY_END : Change.MAY_START;
      };
    }
    boolean amountMatters = after.status() != Status.NOT_ELIGIBLE;
    return amountMatters && !Objects.equals(before.pence(), after.pence())
        ? Change.AMOUNT_CHANGES
        : null;
  }

  private static TimelineEntry entry(
      Rule rule,
      LocalDate date,
      LocalDate dob,
      String when,
      Change change,
      Snapshot before,
      Snapshot after,
      boolean assumed) {
    String sentence =
        when + ", " + Sentences.what(change, rule.info().title(), before.pence(), after.pence());
    if (assumed) {
      sentence += " (This assumes you stay in care until your 18th birthday.)";
    }
    return new TimelineEntry(
        date,
        birthdayAge(dob, date),
        rule.id(),
        rule.info().title(),
        change,
        before.status(),
        after.status(),
        sentence);
  }
}
