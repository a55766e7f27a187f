package uk.careleavers.rules.model;

import java.util.List;

/** A rule as listed in the catalogue: what it is, where it comes from, and its dated amounts. */
public record EntitlementInfo(
    String id,
    String title,
    String summary,
    Kind kind,
    Theme theme,
    String legalBasis,
    List<String> sources,
    List<DatedAmount> amounts) {

  public EntitlementInfo {
    sources = List.copyOf(sources);
    amounts = List.copyOf(amounts);
  }
}
