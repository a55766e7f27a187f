package uk.careleavers.rules.model;

import java.util.List;

/**
 * The derived care leaver category. {@code category} is UNKNOWN unless exactly one category is
 * still possible; {@code possible} (in enum order) lists what the missing answers could make it.
 */
public record CategoryResult(
    CareLeaverCategory category,
    List<CareLeaverCategory> possible,
    List<String> missing,
    String explanation) {

  public CategoryResult {
    possible = List.copyOf(possible);
    missing = List.copyOf(missing);
  }
}
