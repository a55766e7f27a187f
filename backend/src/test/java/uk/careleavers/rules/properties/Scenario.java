package uk.careleavers.rules.properties;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import uk.careleavers.rules.facts.FactCatalogue;
import uk.careleavers.rules.facts.FactDefinition;
import uk.careleavers.rules.facts.Facts;

/**
 * A random young person: a full set of answers (some "not sure"), and which of them are given.
 * Values stay possible (dates after birth, weeks within time since 14) so validation passes.
 */
record Scenario(LocalDate asOf, Map<String, Object> answers, List<String> given) {
  private static final List<LocalDate> DATES =
      List.of(
          LocalDate.of(2019, 1, 1),
          LocalDate.of(2021, 5, 31),
          LocalDate.of(2023, 4, 1),
          LocalDate.of(2025, 6, 1),
          LocalDate.of(2028, 2, 29));

  static Arbitrary<Scenario> any() {
    Arbitrary<LocalDate> asOf = Arbitraries.of(DATES);
    Arbitrary<Integer> ageDays = Arbitraries.integers().between(13 * 365, 27 * 365);
    Arbitrary<Long> seed = Arbitraries.longs();
    Arbitrary<Long> mask = Arbitraries.longs();
    return Combinators.combine(asOf, ageDays, seed, mask).as(Scenario::build);
  }

  private static Scenario build(LocalDate asOf, int ageDays, long seed, long mask) {
    java.util.Random random = new java.util.Random(seed);
    LocalDate dob = asOf.minusDays(ageDays);
    Map<String, Object> answers = new LinkedHashMap<>();
    List<String> given = new ArrayList<>();
    for (FactDefinition d : FactCatalogue.all()) {
      answers.put(
          d.id(), random.nextInt(8) == 0 ? FactCatalogue.NOT_SURE : value(d, dob, asOf, random));
      if ((mask & (1L << d.index())) != 0) {
        given.add(d.id());
      }
    }
    return new Scenario(asOf, answers, given);
  }

  private static Object value(
      FactDefinition d, LocalDate dob, LocalDate asOf, java.util.Random random) {
    return switch (d.type()) {
      case DATE ->
          d.id().equals(FactCatalogue.DATE_OF_BIRTH)
              ? dob
              : dob.plusYears(16).plusDays(random.nextInt(10 * 365));
      case YES_NO -> random.nextBoolean();
      case NUMBER -> random.nextInt(Math.max(1, weeksSince14(dob, asOf)));
      case CHOICE ->
          d.openOptions()
              ? List.of("E10000017", "E06000024", "E08000009").get(random.nextInt(3))
              : d.optionValues().get(random.nextInt(d.options().size()));
    };
  }

  private static int weeksSince14(LocalDate dob, LocalDate asOf) {
    LocalDate fourteen = dob.plusYears(14);
    return fourteen.isBefore(asOf)
        ? (int) java.time.temporal.ChronoUnit.WEEKS.between(fourteen, asOf)
        : 1;
  }

  /** The given answers, set in the order listed. */
  Facts facts(List<String> order) {
    Facts.Builder b = Facts.builder();
    for (String id : order) {
      b.set(id, answers.get(id));
    }
    return b.build();
  }

  Facts facts() {
    return facts(given);
  }

  /** The facts not given yet. */
  List<String> unanswered() {
    List<String> out = new ArrayList<>(answers.keySet());
    out.removeAll(given);
    return out;
  }
}
