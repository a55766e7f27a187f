package uk.careleavers.rules.params;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Small, strict helpers for reading the rule book's own YAML resources. */
public final class YamlFiles {
  private YamlFiles() {}

  /** Reads a resource as a YAML mapping (safe constructor: plain data only). */
  public static Map<String, Object> read(ClassLoader loader, String path) {
    try (InputStream in = ParameterLoader.open(loader, path)) {
      return map(new Yaml(new SafeConstructor(new LoaderOptions())).load(in), path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Map<String, Object> map(Object raw, String where) {
    if (!(raw instanceof Map<?, ?> m)) {
      throw new IllegalStateException(where + ": expected a mapping");
    }
    @SuppressWarnings("unchecked") // SnakeYAML's safe constructor gives String keys for our files
    Map<String, Object> typed = (Map<String, Object>) m;
    return typed;
  }

  public static List<Object> list(Map<String, Object> yaml, String key, String where) {
    Object raw = yaml.get(key);
    if (raw == null) {
      return List.of();
    }
    if (!(raw instanceof List<?> l)) {
      throw new IllegalStateException(where + ": " + key + " must be a list");
    }
    return new ArrayList<>(l);
  }

  public static String text(Map<String, Object> yaml, String key, String where) {
    Object raw = yaml.get(key);
    if (raw == null) {
      throw new IllegalStateException(where + ": missing " + key);
    }
    return String.valueOf(raw);
  }

  public static List<String> strings(Object raw) {
    List<String> out = new ArrayList<>();
    if (raw instanceof List<?> l) {
      for (Object o : l) {
        out.add(String.valueOf(o));
      }
    } else if (raw != null) {
      out.add(String.valueOf(raw));
    }
    return out;
  }

  /** YAML dates arrive as java.util.Date at midnight UTC, or as text. */
  public static LocalDate date(Object raw, String where) {
    if (raw instanceof Date d) {
      return d.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
    }
    if (raw instanceof String s) {
      return LocalDate.parse(s);
    }
    throw new IllegalStateException(where + ": expected a date, got " + raw);
  }
}
