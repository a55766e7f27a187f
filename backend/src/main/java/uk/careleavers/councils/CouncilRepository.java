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

  @Query(value = "select count(*) from council" + MATCHES, nativeQuery = true)
  long countMatching(
      @Nullable String namePattern, @Nullable String type, @Nullable Boolean childrenServices);

  Optional<CouncilRow> findById(String code);

  List<CouncilRow> findByCountyCodeOrderByName(String countyCode);

  List<CouncilRow> findByCombinedAuthorityAndCodeNotEqualOrderByName(
      String combinedAuthority, String code);
}
