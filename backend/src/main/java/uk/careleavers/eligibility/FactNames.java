package uk.careleavers.eligibility;

import java.util.HashMap;
import java.util.Map;
import uk.careleavers.api.model.FactName;
import uk.careleavers.rules.facts.FactCatalogue;
import uk.careleavers.rules.facts.FactDefinition;

/**
 * The engine names facts in snake_case (its YAML cases and parameter files read that way); the API
 * names them in camelCase like every other JSON field. This is the one place that translates.
 */
final class FactNames {
  private static final Map<String, String> TO_ENGINE = new HashMap<>();

  static {
    for (FactDefinition fact : FactCatalogue.all()) {
      TO_ENGINE.put(api(fact.id()), fact.id());
    }
  }

  private FactNames() {}

  /** {@code weeks_in_care_since_14} to {@code weeksInCareSince14}. */
  static String api(String engineId) {
    StringBuilder name = new StringBuilder(engineId.length());
    boolean upper = false;
    for (char c : engineId.toCharArray()) {
      if (c == '_') {
        upper = true;
      } else {
        name.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return name.toString();
  }

  /** The engine's id for an API name, or null if the engine has no such fact. */
  static String engine(String apiName) {
    return TO_ENGINE.get(apiName);
  }

  static FactName factName(String engineId) {
    return FactName.fromValue(api(engineId));
  }
}
