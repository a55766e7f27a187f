package uk.careleavers.rules.facts;

import java.util.ArrayList;
import java.util.List;

/**
 * One fact the engine understands. {@code id} is stable: it is an API field name.
 *
 * @param index position in {@link FactCatalogue#all()}; used for fast look-ups
 * @param question the plain-English question that sets it
 * @param options allowed answers of a CHOICE fact ("not sure" is always allowed on top)
 * @param openOptions true when the answers come from elsewhere (council codes)
 */
public record FactDefinition(
    int index,
    String id,
    FactType type,
    String question,
    List<FactOption> options,
    boolean openOptions) {

  public FactDefinition {
    options = List.copyOf(options);
  }

  public List<String> optionValues() {
    List<String> values = new ArrayList<>(options.size());
    for (FactOption o : options) {
      values.add(o.value());
    }
    return values;
  }

  public boolean allows(String value) {
    return openOptions || optionValues().contains(value);
  }

  /** Words for a known value, for sentences such as 'You said "Yes"'. */
  public String words(Object value) {
    if (value instanceof Boolean b) {
      return b ? "Yes" : "No";
    }
    for (FactOption o : options) {
      if (o.value().equals(value)) {
        return o.label();
      }
    }
    return String.valueOf(value);
  }
}
