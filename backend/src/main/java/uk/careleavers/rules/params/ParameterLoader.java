package uk.careleavers.rules.params;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.careleavers.rules.model.AmountPeriod;

/**
 * Reads {@code rules/parameters/index.yaml} and then one file per parameter from the class path.
 * Runs once, when the rule book is built; evaluations never do I/O.
 */
public final class ParameterLoader {
  private static final String ROOT = "rules/parameters/";

  private ParameterLoader() {}

  public static Parameters load(ClassLoader loader) {
    Map<String, Object> index = YamlFiles.read(loader, ROOT + "index.yaml");
    List<Parameter> parameters = new ArrayList<>();
    for (Object name : YamlFiles.list(index, "parameters", "index.yaml")) {
      parameters.add(parse(String.valueOf(name), YamlFiles.read(loader, ROOT + name + ".yaml")));
    }
    return new Parameters(parameters);
  }

  static Parameter parse(String name, Map<String, Object> yaml) {
    String unit = YamlFiles.text(yaml, "unit", name);
    AmountPeriod defaultPeriod = period(yaml.get("period"));
    List<Object> raw = YamlFiles.list(yaml, "values", name);
    List<ParameterValue> values = new ArrayList<>();
    for (int i = 0; i < raw.size(); i++) {
      Map<String, Object> v = YamlFiles.map(raw.get(i), name);
      LocalDate start = YamlFiles.date(v.get("start"), name);
      LocalDate end =
          i + 1 < raw.size()
              ? YamlFiles.date(YamlFiles.map(raw.get(i + 1), name).get("start"), name).minusDays(1)
              : null;
      if (end != null && end.isBefore(start)) {
        throw new IllegalStateException(name + ": values must be in date order");
      }
      AmountPeriod period = v.containsKey("period") ? period(v.get("period")) : defaultPeriod;
      values.add(
          new ParameterValue(
              start,
              end,
              value(unit, v.get("value"), name),
              period,
              YamlFiles.text(v, "reference", name),
              YamlFiles.strings(v.get("sources"))));
    }
    return new Parameter(
        name,
        YamlFiles.text(yaml, "description", name),
        unit,
        String.valueOf(yaml.getOrDefault("reference", "")),
        values);
  }

  private static Object value(String unit, Object raw, String name) {
    switch (unit) {
      case "pence", "years" -> {
        if (raw instanceof Number n) {
          return n.longValue();
        }
      }
      case "boolean" -> {
        if (raw instanceof Boolean b) {
          return b;
        }
      }
      default -> throw new IllegalStateException(name + ": unknown unit " + unit);
    }
    throw new IllegalStateException(name + ": value " + raw + " does not fit unit " + unit);
  }

  private static AmountPeriod period(Object raw) {
    return raw == null
        ? null
        : AmountPeriod.valueOf(String.valueOf(raw).toUpperCase(java.util.Locale.ROOT));
  }

  static InputStream open(ClassLoader loader, String path) {
    InputStream in = loader.getResourceAsStream(path);
    if (in == null) {
      throw new UncheckedIOException(new IOException("Missing resource " + path));
    }
    return in;
  }
}
