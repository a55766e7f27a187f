package uk.careleavers.councils;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import uk.careleavers.api.CouncilsApi;
import uk.careleavers.api.model.CouncilDetail;
import uk.careleavers.api.model.CouncilPage;
import uk.careleavers.api.model.CouncilSummary;
import uk.careleavers.api.model.CouncilType;
import uk.careleavers.platform.NotFoundException;

@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class CouncilsController implements CouncilsApi {
  private final CouncilRepository councils;

  CouncilsController(CouncilRepository councils) {
    this.councils = councils;
  }

  @Override
  public HttpResponse<CouncilPage> listCouncils(
      @Nullable String name,
      @Nullable CouncilType type,
      @Nullable Boolean childrenServices,
      @Nullable Boolean publishedOffer,
      @Nullable Integer page,
      @Nullable Integer size) {
    int pageNumber = page == null ? 0 : page;
    int pageSize = size == null ? 50 : size;
    if (name != null && name.indexOf('\0') >= 0) {
      // PostgreSQL text cannot hold NUL (the query would fail), so no council's name contains it.
      return HttpResponse.ok(new CouncilPage(List.of(), pageNumber, pageSize, 0));
    }
    String pattern = containsPattern(name);
    String typeValue = type == null ? null : type.getValue();
    List<CouncilRow> rows =
        councils.search(
            pattern,
            typeValue,
            childrenServices,
            publishedOffer,
            pageSize,
            (long) pageNumber * pageSize);
    long total = councils.countMatching(pattern, typeValue, childrenServices, publishedOffer);
    Map<String, Integer> offers = publishedOffers(rows.stream().map(CouncilRow::code).toList());
    return HttpResponse.ok(
        new CouncilPage(
            rows.stream()
                .map(row -> CouncilMapper.toCouncil(row).localOfferVersion(offers.get(row.code())))
                .toList(),
            pageNumber,
            pageSize,
            (int) total));
  }

  @Override
  public HttpResponse<CouncilDetail> getCouncil(String code) {
    CouncilRow row =
        councils
            .findById(code)
            .orElseThrow(() -> new NotFoundException("There is no council with the code " + code));
    CouncilDetail detail =
        new CouncilDetail(
            CouncilMapper.toCouncil(row)
                .localOfferVersion(publishedOffers(List.of(row.code())).get(row.code())),
            summaries(councils.findByCountyCodeOrderByName(row.code())),
            row.combinedAuthority() == null
                ? List.of()
                : summaries(
                    councils.findByCombinedAuthorityAndCodeNotEqualOrderByName(
                        row.combinedAuthority(), row.code())));
    if (row.countyCode() != null) {
      councils.findById(row.countyCode()).map(CouncilMapper::toSummary).ifPresent(detail::county);
    }
    return HttpResponse.ok(detail);
  }

  /** Council code to the number of its current published local offer, for those that have one. */
  private Map<String, Integer> publishedOffers(List<String> codes) {
    if (codes.isEmpty()) {
      return Map.of();
    }
    return councils.publishedOffers(codes).stream()
        .collect(
            Collectors.toMap(
                CouncilRepository.OfferNumber::councilCode,
                CouncilRepository.OfferNumber::version));
  }

  private static List<CouncilSummary> summaries(List<CouncilRow> rows) {
    return rows.stream().map(CouncilMapper::toSummary).toList();
  }

  /** A LIKE pattern matching the text anywhere, with LIKE's own wildcards taken literally. */
  private static String containsPattern(@Nullable String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String escaped =
        text.trim()
            .toLowerCase(Locale.ROOT)
            .replace("\\", "\\\\")
            .replace("%", "\\%")
            .replace("_", "\\_");
    return "%" + escaped + "%";
  }
}
