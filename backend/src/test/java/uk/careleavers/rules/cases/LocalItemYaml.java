package uk.careleavers.rules.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.careleavers.rules.local.LocalRule;
import uk.careleavers.rules.logic.Condition;
import uk.careleavers.rules.logic.Conditions;
import uk.careleavers.rules.model.AmountPeriod;
import uk.careleavers.rules.model.AmountQualifier;
import uk.careleavers.rules.model.Theme;
import uk.careleavers.rules.params.YamlFiles;

/**
 * Builds local-offer items from the YAML of a case, the way an adapter builds them from its data.
 */
final class LocalItemYaml {
  private LocalItemYaml() {}

  static LocalRule item(Map<String, Object> y) {
    LocalRule.Builder b =
        LocalRule.builder(String.valueOf(y.get("id")))
            .title(String.valueOf(y.get("title")))
            .theme(Theme.valueOf(String.valueOf(y.getOrDefault("theme", "MONEY"))))
            .provider(String.valueOf(y.getOrDefault("provider", "A council")))
            .sources(YamlFiles.strings(y.get("sources")));
    if (y.containsKey("amount_pence")) {
      b.amount(
          ((Number) y.get("amount_pence")).longValue(),
          AmountPeriod.valueOf(String.valueOf(y.getOrDefault("period", "ONE_OFF"))),
          AmountQualifier.valueOf(String.valueOf(y.getOrDefault("qualifier", "EXACTLY"))));
    }
    if (y.containsKey("when")) {
      b.when(condition(y.get("when")));
    }
    if (y.containsKey("raises")) {
      b.raises(String.valueOf(y.get("raises")));
    }
    if (y.containsKey("settles")) {
      b.settles(String.valueOf(y.get("settles")));
    }
    return b.build();
  }

  static Condition condition(Object raw) {
    Map<String, Object> y = YamlFiles.map(raw, "when");
    List<Condition> parts = new ArrayList<>();
    y.forEach((key, value) -> parts.add(one(key, value)));
    return parts.size() == 1 ? parts.get(0) : Conditions.all(parts);
  }

  private static Condition one(String key, Object value) {
    return switch (key.toLowerCase(Locale.ROOT)) {
      case "all" -> Conditions.all(list(value));
      case "any" -> Conditions.any(list(value));
      case "not" -> Conditions.not(condition(value));
      case "age_at_least" -> Conditions.ageAtLeast(((Number) value).intValue());
      case "age_under" -> Conditions.ageUnder(((Number) value).intValue());
      case "category_in" -> Conditions.categoryInIds(YamlFiles.strings(value));
      case "care_leaver" -> Conditions.careLeaverOrEligibleChild();
      case "in_education_employment_or_training" -> Conditions.inEducationEmploymentOrTraining();
      case "lives_in" -> Conditions.livesIn(YamlFiles.strings(value).toArray(new String[0]));
      case "looked_after_by" ->
          Conditions.lookedAfterBy(YamlFiles.strings(value).toArray(new String[0]));
      case "decision" -> Conditions.decision(String.valueOf(value));
      case "fact_is" -> factIs(YamlFiles.map(value, "fact_is"));
      default -> throw new IllegalArgumentException("Unknown condition " + key);
    };
  }

  private static Condition factIs(Map<String, Object> y) {
    Map.Entry<String, Object> e = y.entrySet().iterator().next();
    return Conditions.factIs(e.getKey(), e.getValue());
  }

  private static List<Condition> list(Object raw) {
    List<Condition> out = new ArrayList<>();
    for (Object o : (List<?>) raw) {
      out.add(condition(o));
    }
    return out;
  }
}
