package uk.careleavers.councils;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface CouncilRepository extends GenericRepository<CouncilRow, String> {

  String MATCHES =
      " where (cast(:namePattern as text) is null or lower(name) like :namePattern escape '\\')"
          + " and (cast(:type as text) is null or type = :type)"
          + " and (cast(:childrenServices as boolean) is null"
          + " or children_services = :childrenServices)";

  @Query(
      value =
          "select * from council" + MATCHES + " order by name, code limit :limit offset :offset",
      nativeQuery = true)
  List<CouncilRow> search(
      @Nullable String namePattern,
      @Nullable String type,
      @Nullable Boolean childrenServices,
      int limit,
      long offset);

  /**
   * Councils with the number of their current published local offer (the local offer feature owns
   * that table; this reads one column of it so a list needs one query, not one per council).
   */
  String LISTED =
      "from council left join local_offer offer"
          + " on offer.council_code = council.code and offer.status = 'published'"
          + MATCHES
          + " and (cast(:publishedOffer as boolean) is null"
          + " or (offer.version is not null) = :publishedOffer)";

  @Query(
      value =
          "select council.*, offer.version as local_offer_version "
              + LISTED
              + " order by name, code limit :limit offset :offset",
      nativeQuery = true)
  List<CouncilListing> list(
      @Nullable String namePattern,
      @Nullable String type,
      @Nullable Boolean childrenServices,
      @Nullable Boolean publishedOffer,
      int limit,
      long offset);

  @Query(value = "select count(*) " + LISTED, nativeQuery = true)
  long countListed(
      @Nullable String namePattern,
      @Nullable String type,
      @Nullable Boolean childrenServices,
      @Nullable Boolean publishedOffer);

  @Query(
      value = "select version from local_offer where council_code = :code and status = 'published'",
      nativeQuery = true)
  Optional<Integer> publishedOfferVersion(String code);

  Optional<CouncilRow> findById(String code);

  List<CouncilRow> findByCountyCodeOrderByName(String countyCode);

  List<CouncilRow> findByCombinedAuthorityAndCodeNotEqualOrderByName(
      String combinedAuthority, String code);
}
