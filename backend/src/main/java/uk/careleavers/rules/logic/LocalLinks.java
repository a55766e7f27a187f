package uk.careleavers.rules.logic;

import java.util.List;
import java.util.Map;

/**
 * How this evaluation's local-offer items touch national rules: items that settle a LOCAL
 * placeholder (council tax), councils known to offer nothing for one, and items that raise a
 * national amount (RULES.md: "whether it raises a national minimum").
 */
public record LocalLinks(
    Map<String, List<LinkedItem>> settles,
    Map<String, String> declaredNone,
    Map<String, List<Raise>> raises) {

  public static final LocalLinks NONE = new LocalLinks(Map.of(), Map.of(), Map.of());

  public LocalLinks {
    settles = Map.copyOf(settles);
    declaredNone = Map.copyOf(declaredNone);
    raises = Map.copyOf(raises);
  }

  /**
   * The items settling {@code nationalId} as one "any of" condition, each described by its title.
   */
  Condition settling(String nationalId) {
    List<LinkedItem> items = settles.get(nationalId);
    return items == null || items.isEmpty() ? null : items.get(0).anyOf();
  }

  /**
   * A local item standing in for a national rule. {@code anyOf} is the condition of all items
   * settling the same rule, built once by {@link #settlingAll}.
   */
  public record LinkedItem(
      String id, String title, String provider, Condition condition, Condition anyOf) {

    public LinkedItem(String id, String title, String provider, Condition condition) {
      this(id, title, provider, condition, null);
    }
  }

  /** The items with their shared "any of" condition (each described by its title) set. */
  public static List<LinkedItem> settlingAll(List<LinkedItem> items) {
    List<Condition> parts = new java.util.ArrayList<>();
    for (LinkedItem item : items) {
      String offer = item.title() + " (" + item.provider() + ")";
      parts.add(
          new Described(
              item.condition(),
              "You fit the rules of: " + offer + ".",
              "You do not fit the rules of: " + offer + ".",
              null));
    }
    Condition anyOf = new Composite(false, parts);
    List<LinkedItem> out = new java.util.ArrayList<>();
    for (LinkedItem item : items) {
      out.add(new LinkedItem(item.id(), item.title(), item.provider(), item.condition(), anyOf));
    }
    return List.copyOf(out);
  }

  /** A local amount that replaces a lower national one when its conditions hold. */
  public record Raise(String id, String title, String provider, Condition condition, long pence) {}
}
