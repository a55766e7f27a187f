package uk.careleavers.localoffer;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.careleavers.api.LocalOffersApi;
import uk.careleavers.api.model.CouncilSummary;
import uk.careleavers.api.model.LocalOffer;
import uk.careleavers.api.model.LocalOfferVersions;
import uk.careleavers.api.model.OfferCompleteness;
import uk.careleavers.api.model.StatutoryArea;
import uk.careleavers.councils.CouncilDirectory;
import uk.careleavers.councils.CouncilMapper;
import uk.careleavers.councils.CouncilRow;
import uk.careleavers.platform.NotFoundException;

/**
 * Public reads of published offers. The current offer comes from memory, serialised once per
 * version ({@link CurrentOfferBodies}), and is cacheable by any HTTP cache; older versions come
 * from the database, unchanged since they were published.
 */
@Controller
class LocalOfferController implements LocalOffersApi {
  static final String CACHE_CONTROL = "public, max-age=300";

  private final PublishedOffers published;
  private final OfferStore store;
  private final CouncilDirectory councils;
  private final OpenReferralExport openReferral;
  private final CurrentOfferBodies bodies;

  LocalOfferController(
      PublishedOffers published,
      OfferStore store,
      CouncilDirectory councils,
      CurrentOfferBodies bodies,
      @Value("${app.public-url}") String publicUrl) {
    this.published = published;
    this.bodies = bodies;
    this.store = store;
    this.councils = councils;
    this.openReferral =
        new OpenReferralExport(publicUrl, code -> councils.find(code).orElseThrow());
  }

  @Override
  public HttpResponse<LocalOffer> getLocalOffer(String code, @Nullable String ifNoneMatch) {
    CouncilRow council = council(code);
    StoredOffer offer = current(council);
    if (offer.etag().equals(ifNoneMatch)) {
      return cacheable(HttpResponse.status(HttpStatus.NOT_MODIFIED), offer);
    }
    LocalOffer body =
        bodies.current(
            council.code(), offer.etag(), () -> LocalOfferMapper.offer(offer, summary(council)));
    return cacheable(HttpResponse.ok(body), offer);
  }

  @Override
  public HttpResponse<Map<String, Object>> getLocalOfferOpenReferral(String code) {
    StoredOffer offer = current(council(code));
    return cacheable(HttpResponse.ok(openReferral.services(offer)), offer);
  }

  @Override
  public HttpResponse<OfferCompleteness> getLocalOfferCompleteness(String code) {
    CouncilRow council = council(code);
    StoredOffer offer = current(council);
    List<StatutoryArea> areas = new ArrayList<>();
    for (StatutoryAreas.Area area : StatutoryAreas.ALL) {
      List<String> items = StatutoryAreas.coverage(area, offer.document());
      areas.add(
          new StatutoryArea(
              area.id(), area.title(), area.basis(), area.inForce(), !items.isEmpty(), items));
    }
    List<String> missing =
        areas.stream().filter(a -> !a.getCovered()).map(StatutoryArea::getId).toList();
    return HttpResponse.ok(
        new OfferCompleteness(
            summary(council), offer.version(), areas.size() - missing.size(), missing, areas));
  }

  private StoredOffer current(CouncilRow council) {
    return published
        .current(council.code())
        .orElseThrow(
            () -> new NotFoundException(council.officialName() + " has no published local offer"));
  }

  @Override
  @ExecuteOn(TaskExecutors.BLOCKING)
  public HttpResponse<LocalOfferVersions> listLocalOfferVersions(String code) {
    CouncilRow council = council(code);
    List<StoredOffer> history = store.history(code);
    if (history.isEmpty()) {
      throw new NotFoundException(council.officialName() + " has no published local offer");
    }
    return HttpResponse.ok(
        new LocalOfferVersions(
            summary(council), history.stream().map(LocalOfferMapper::summary).toList()));
  }

  @Override
  @ExecuteOn(TaskExecutors.BLOCKING)
  public HttpResponse<LocalOffer> getLocalOfferVersion(String code, Integer version) {
    CouncilRow council = council(code);
    StoredOffer offer =
        store
            .find(code, version)
            .filter(o -> !"draft".equals(o.status()))
            .orElseThrow(
                () ->
                    new NotFoundException(
                        council.officialName() + " has no published version " + version));
    return cacheable(HttpResponse.ok(LocalOfferMapper.offer(offer, summary(council))), offer);
  }

  private CouncilRow council(String code) {
    return councils
        .find(code)
        .orElseThrow(() -> new NotFoundException("There is no council with the code " + code));
  }

  private static <T> MutableHttpResponse<T> cacheable(
      MutableHttpResponse<T> response, StoredOffer offer) {
    return response.header("ETag", offer.etag()).header("Cache-Control", CACHE_CONTROL);
  }

  private static CouncilSummary summary(CouncilRow row) {
    return CouncilMapper.toSummary(row);
  }
}
