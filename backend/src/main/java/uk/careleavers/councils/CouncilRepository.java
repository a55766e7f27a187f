package uk.careleavers.councils;

import io.micronaut.core.annotation.Introspected;
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
          + " or children_services = :childrenServices)"
          // The local offer feature owns local_offer; the register only asks which councils
          // have a published version (here and in publishedOffers), never for its contents.
          + " and (cast(:publishedOffer as boolean) is null or :publishedOffer = exists ("
          + "select 1 from local_offer where council_code = council.code and status = 'published'))";

  @Query(
      value =
          "select * from council" + MATCHES + " order by name, code limit :limit offset :offset",
      nativeQuery = true)
  List<CouncilRow> search(
      @Nullable String namePattern,
      @Nullable String type,
      @Nullable Boolean childrenServices,
      @Nullable Boolean publishedOffer,
      int limit,
      long offset);

  @Query(value = "select count(*) from council" + MATCHES, nativeQuery = true)
  long countMatching(
      @Nullable String namePattern,
      @Nullable String type,
      @Nullable Boolean childrenServices,
      @Nullable Boolean publishedOffer);

  /** The current published local offer's number of each of these councils that has one. */
  @Query(
      value =
          "select council_code, version from local_offer"
              + " where status = 'published' and council_code in (:codes)",
      nativeQuery = true)
  List<OfferNumber> publishedOffers(List<String> codes);

  /** The number of a council's current published local offer. */
  @Introspected
  record OfferNumber(String councilCode, int version) {}

  Optional<CouncilRow> findById(String code);

  List<CouncilRow> findByCountyCodeOrderByName(String countyCode);

  List<CouncilRow> findByCombinedAuthorityAndCodeNotEqualOrderByName(
      String combinedAuthority, String code);
}
