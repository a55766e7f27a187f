package uk.careleavers.rules.local;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.careleavers.rules.logic.LocalLinks;

/**
 * The local-offer items passed with one evaluation: usually those of the responsible council and of
 * the council where the young person lives, merged by the caller. Immutable.
 */
public final class LocalRules {
  public static final LocalRules NONE = new LocalRules(List.of(), Map.of());

  private final List<LocalRule> rules;
  private final LocalLinks links;

  private LocalRules(List<LocalRule> rules, Map<String, String> declaredNone) {
    this.rules = List.copyOf(rules);
    Set<String> ids = new HashSet<>();
    for (LocalRule r : rules) {
      if (!ids.add(r.id())) {
        throw new IllegalArgumentException("Two local items share the id " + r.id());
      }
    }
    this.links = links(this.rules, declaredNone);
  }

  public static LocalRules of(LocalRule... rules) {
    return new LocalRules(List.of(rules), Map.of());
  }

  public static LocalRules of(List<LocalRule> rules) {
    return new LocalRules(rules, Map.of());
  }

  public static Builder builder() {
    return new Builder();
  }

  public List<LocalRule> rules() {
    return rules;
  }

  public LocalLinks links() {
    return links;
  }

  private static LocalLinks links(List<LocalRule> rules, Map<String, String> declaredNone) {
    Map<String, List<LocalLinks.LinkedItem>> settles = new LinkedHashMap<>();
    Map<String, List<LocalLinks.Raise>> raises = new LinkedHashMap<>();
    for (LocalRule r : rules) {
      String provider = r.info().provider();
      if (r.link() == LocalRule.Link.SETTLES) {
        settles
            .computeIfAbsent(r.linkedTo(), k -> new ArrayList<>())
            .add(new LocalLinks.LinkedItem(r.id(), r.info().title(), provider, r.condition()));
      } else if (r.link() == LocalRule.Link.RAISES) {
        raises
            .computeIfAbsent(r.linkedTo(), k -> new ArrayList<>())
            .add(
                new LocalLinks.Raise(
                    r.id(), r.info().title(), provider, r.condition(), r.fixedAmount().pence()));
      }
    }
    settles.replaceAll((k, v) -> LocalLinks.settlingAll(v));
    raises.replaceAll((k, v) -> List.copyOf(v));
    return new LocalLinks(settles, declaredNone, raises);
  }

  /**
   * Collects items, and councils whose offer is known to have nothing for a national placeholder.
   */
  public static final class Builder {
    private final List<LocalRule> rules = new ArrayList<>();
    private final Map<String, String> declaredNone = new LinkedHashMap<>();

    public Builder add(LocalRule rule) {
      rules.add(rule);
      return this;
    }

    public Builder addAll(List<LocalRule> more) {
      rules.addAll(more);
      return this;
    }

    /** The published offer of {@code council} has nothing for {@code nationalId}: answer no. */
    public Builder noOfferFor(String nationalId, String council) {
      declaredNone.put(nationalId, council);
      return this;
    }

    public LocalRules build() {
      return new LocalRules(rules, declaredNone);
    }
  }
}
