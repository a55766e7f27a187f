package uk.careleavers.rules.params;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * All parameters, loaded once. Immutable; {@link #with} gives a changed copy for what-if checks.
 */
public final class Parameters {
  private final Map<String, Parameter> byName;

  public Parameters(Collection<Parameter> parameters) {
    Map<String, Parameter> map = new LinkedHashMap<>();
    for (Parameter p : parameters) {
      map.put(p.name(), p);
    }
    this.byName = Collections.unmodifiableMap(map);
  }

  /** The parameter; a missing one is a programming error in the rule book, so this throws. */
  public Parameter get(String name) {
    Parameter p = byName.get(name);
    if (p == null) {
      throw new IllegalStateException("No parameter file rules/parameters/" + name + ".yaml");
    }
    return p;
  }

  public boolean has(String name) {
    return byName.containsKey(name);
  }

  public Collection<Parameter> all() {
    return byName.values();
  }

  /** A copy where {@code replacement} takes the place of the parameter with its name. */
  public Parameters with(Parameter replacement) {
    Map<String, Parameter> map = new LinkedHashMap<>(byName);
    map.put(replacement.name(), replacement);
    return new Parameters(map.values());
  }
}
