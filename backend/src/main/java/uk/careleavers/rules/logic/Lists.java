package uk.careleavers.rules.logic;

import java.util.List;

/** Small ordered sets kept in lists: cheaper than hash sets for the handful of items involved. */
public final class Lists {
  private Lists() {}

  public static void addOnce(List<String> out, String item) {
    if (!out.contains(item)) {
      out.add(item);
    }
  }

  /** An immutable copy; the small sizes avoid the array copies of {@link List#copyOf}. */
  public static List<String> freeze(List<String> list) {
    return switch (list.size()) {
      case 0 -> List.of();
      case 1 -> List.of(list.get(0));
      case 2 -> List.of(list.get(0), list.get(1));
      default -> List.copyOf(list);
    };
  }

  public static void addAllOnce(List<String> out, List<String> items) {
    for (String item : items) {
      addOnce(out, item);
    }
  }
}
