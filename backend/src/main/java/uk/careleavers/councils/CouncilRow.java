package uk.careleavers.councils;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A row of the council register, as stored. */
@MappedEntity("council")
public record CouncilRow(
    @Id String code,
    String gssCode,
    String name,
    String officialName,
    String type,
    boolean childrenServices,
    @Nullable String countyCode,
    @Nullable String combinedAuthority,
    String region,
    @Nullable String dfeLaCode,
    @Nullable String govUkSlug) {}
