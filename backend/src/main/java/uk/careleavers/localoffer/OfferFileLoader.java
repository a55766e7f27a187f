package uk.careleavers.localoffer;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import jakarta.annotation.PostConstruct;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.careleavers.councils.CouncilDirectory;
import uk.careleavers.rules.RuleBook;
import uk.careleavers.rules.model.EntitlementInfo;

/**
 * At start-up, saves the offer files shipped in the jar (the seed-year examples, and in tests the
 * synthetic offer) that the database does not have yet, then fills the in-memory cache. A file
 * whose version is already stored with different content is refused: published offers are the
 * record of what a council promised, so a change is a new version.
 */
@Context
class OfferFileLoader {
  private static final Logger LOG = LoggerFactory.getLogger(OfferFileLoader.class);

  private final OfferStore store;
  private final PublishedOffers published;
  private final OfferChecks checks;
  private final boolean enabled;

  OfferFileLoader(
      OfferStore store,
      PublishedOffers published,
      CouncilDirectory councils,
      RuleBook rules,
      @Value("${local-offers.load-files:true}") boolean enabled) {
    this.store = store;
    this.published = published;
    this.enabled = enabled;
    Set<String> nationalIds =
        rules.catalogue().stream().map(EntitlementInfo::id).collect(Collectors.toSet());
    this.checks = new OfferChecks(councils, nationalIds);
  }

  @PostConstruct
  void load() {
    if (enabled) {
      List<OfferFiles.OfferFile> files = new OfferFiles().readAll();
      files.forEach(checks::check);
      files.stream()
          .sorted(
              Comparator.comparing((OfferFiles.OfferFile f) -> f.document().council())
                  .thenComparingInt(f -> f.document().version()))
          .forEach(this::save);
    }
    published.reload();
  }

  private void save(OfferFiles.OfferFile file) {
    OfferDocument offer = file.document();
    Optional<StoredOffer> stored = store.find(offer.council(), offer.version());
    if (stored.isEmpty()) {
      store.insert(file);
      LOG.info("Local offer {} v{} loaded from {}", offer.council(), offer.version(), file.path());
    } else if (!stored.get().checksum().equals(file.checksum())) {
      throw new InvalidOfferFileException(
          file.path(),
          offer.council()
              + " version "
              + offer.version()
              + " is already stored with different"
              + " content; published offers cannot change: give the change a new version number");
    }
  }
}
