package uk.careleavers.councils;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

/** A council as listed: its register row and the number of its current published local offer. */
@Introspected
record CouncilListing(
    String code,
    String gssCode,
    String name,
    String officialName,
    String type,
    boolean childrenServices,
    @Nullable String countyCode,
    @Nullable String combinedAuthority,
    String region,
    @Nullable String dfeLaCode,
    @Nullable String govUkSlug,
    @Nullable Integer localOfferVersion) {

  CouncilRow row() {
    return new CouncilRow(
        code,
        gssCode,
        name,
        officialName,
        type,
        childrenServices,
        countyCode,
        combinedAuthority,
        region,
        dfeLaCode,
        govUkSlug);
  }
}
