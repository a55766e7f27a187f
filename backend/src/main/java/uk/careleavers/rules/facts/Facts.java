package uk.careleavers.rules.facts;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The young person's answers. Immutable. Each fact is either answered, answered "not sure", or
 * absent; the last two are both unknown, and the engine never reads an unknown as "no".
 */
public final class Facts {
  private static final Object NOT_SURE =
      new Object() {
        @Override
        public String toString() {
          return FactCatalogue.NOT_SURE;
        }
      };
  private static final Facts NONE = new Facts(new Object[FactCatalogue.size()]);

  private final Object[] values;

  private Facts(Object[] values) {
    this.values = values;
  }

  public static Facts none() {
    return NONE;
  }

  public static Builder builder() {
    return new Builder(new Object[FactCatalogue.size()]);
  }

  public Builder toBuilder() {
    return new Builder(values.clone());
  }

  /** Answered with a real value (not absent, not "not sure"). */
  public boolean isKnown(String id) {
    return isKnown(FactCatalogue.require(id).index());
  }

  public boolean isKnown(int index) {
    Object v = values[index];
    return v != null && v != NOT_SURE;
  }

  /** Answered "not sure". An absent fact is unknown too, but was never asked. */
  public boolean isNotSure(String id) {
    return values[FactCatalogue.require(id).index()] == NOT_SURE;
  }

  public boolean isNotSure(int index) {
    return values[index] == NOT_SURE;
  }

  public boolean isAbsent(int index) {
    return values[index] == null;
  }

  /** The known value (LocalDate, Boolean, String or Integer), or null when unknown. */
  public Object value(int index) {
    Object v = values[index];
    return v == NOT_SURE ? null : v;
  }

  public Optional<LocalDate> date(String id) {
    return Optional.ofNullable((LocalDate) typed(id, FactType.DATE));
  }

  public Optional<Boolean> yesNo(String id) {
    return Optional.ofNullable((Boolean) typed(id, FactType.YES_NO));
  }

  public Optional<String> choice(String id) {
    return Optional.ofNullable((String) typed(id, FactType.CHOICE));
  }

  public Optional<Integer> number(String id) {
    return Optional.ofNullable((Integer) typed(id, FactType.NUMBER));
  }

  private Object typed(String id, FactType type) {
    FactDefinition d = FactCatalogue.require(id);
    if (d.type() != type) {
      throw new IllegalArgumentException(id + " is a " + d.type() + " fact, not " + type);
    }
    return value(d.index());
  }

  /**
   * Every answered or "not sure" fact, in catalogue order; "not sure" shows as {@code not_sure}.
   */
  public Map<String, Object> asMap() {
    Map<String, Object> map = new LinkedHashMap<>();
    for (FactDefinition d : FactCatalogue.all()) {
      Object v = values[d.index()];
      if (v != null) {
        map.put(d.id(), v == NOT_SURE ? FactCatalogue.NOT_SURE : v);
      }
    }
    return map;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Facts other && Arrays.equals(values, other.values);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    return "Facts" + asMap();
  }

  /** Builds facts, checking each value against the fact's type and options. */
  public static final class Builder {
    private final Object[] values;

    private Builder(Object[] values) {
      this.values = values;
    }

    public Builder date(String id, LocalDate value) {
      return put(id, FactType.DATE, value);
    }

    public Builder yesNo(String id, boolean value) {
      return put(id, FactType.YES_NO, value);
    }

    public Builder choice(String id, String value) {
      FactDefinition d = FactCatalogue.require(id);
      if (!d.allows(value)) {
        throw new InvalidFactException(
            id,
            "unknown_option",
            "\"" + value + "\" is not one of the answers we can take for " + id + ".");
      }
      return put(id, FactType.CHOICE, value);
    }

    public Builder number(String id, int value) {
      return put(id, FactType.NUMBER, value);
    }

    public Builder notSure(String id) {
      values[FactCatalogue.require(id).index()] = NOT_SURE;
      return this;
    }

    public Builder unset(String id) {
      values[FactCatalogue.require(id).index()] = null;
      return this;
    }

    /**
     * Sets a fact from a loosely typed value: LocalDate or ISO date text, Boolean or "yes"/"no",
     * choice text, Integer, or {@code not_sure}. Used by data-driven callers.
     */
    public Builder set(String id, Object value) {
      return FactParsing.apply(this, FactCatalogue.require(id), value);
    }

    private Builder put(String id, FactType type, Object value) {
      FactDefinition d = FactCatalogue.require(id);
      if (d.type() != type) {
        throw new InvalidFactException(
            id,
            "wrong_type",
            "The answer for " + id + " must be a " + FactParsing.describe(d.type()) + ".");
      }
      if (value == null) {
        throw new InvalidFactException(id, "missing_value", "The answer for " + id + " is empty.");
      }
      values[d.index()] = value;
      return this;
    }

    public Facts build() {
      return new Facts(values.clone());
    }
  }
}
