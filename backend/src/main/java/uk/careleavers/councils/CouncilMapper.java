package uk.careleavers.councils;

import uk.careleavers.api.model.Council;
import uk.careleavers.api.model.CouncilSummary;
import uk.careleavers.api.model.CouncilType;

/** Stored rows to the contract's types; generated types stop here. */
public final class CouncilMapper {
  private CouncilMapper() {}

  static Council toCouncil(CouncilRow row) {
    return new Council(
            row.code(),
            row.gssCode(),
            row.name(),
            row.officialName(),
            CouncilType.fromValue(row.type()),
            row.childrenServices(),
            row.region())
        .countyCode(row.countyCode())
        .combinedAuthority(row.combinedAuthority())
        .dfeLaCode(row.dfeLaCode())
        .govUkSlug(row.govUkSlug());
  }

  public static CouncilSummary toSummary(CouncilRow row) {
    return new CouncilSummary(
        row.code(), row.name(), CouncilType.fromValue(row.type()), row.childrenServices());
  }
}
