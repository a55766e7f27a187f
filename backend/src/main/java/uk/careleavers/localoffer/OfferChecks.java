package uk.careleavers.localoffer;

import java.util.HashSet;
import java.util.Set;
import uk.careleavers.councils.CouncilDirectory;
import uk.careleavers.councils.CouncilRow;

/** What a schema cannot say: the councils and entitlements an offer names must exist. */
final class OfferChecks {
  private final CouncilDirectory councils;
  private final Set<String> nationalIds;

  OfferChecks(CouncilDirectory councils, Set<String> nationalIds) {
    this.councils = councils;
    this.nationalIds = nationalIds;
  }

  void check(OfferFiles.OfferFile file) {
    OfferDocument offer = file.document();
    CouncilRow council =
        councils
            .find(offer.council())
            .orElseThrow(() -> fail(file, "council: no council has the code " + offer.council()));
    if (!council.childrenServices()) {
      throw fail(
          file,
          "council: "
              + council.name()
              + " does not look after children;"
              + " its county publishes the offer");
    }
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < offer.items().size(); i++) {
      OfferDocument.Item item = offer.items().get(i);
      String at = "items[" + i + "]";
      if (!ids.add(item.id())) {
        throw fail(file, at + ".id: " + item.id() + " is used twice");
      }
      for (String area : item.conditions().areas()) {
        if (!councils.exists(area)) {
          throw fail(file, at + ".conditions.areas: no council has the code " + area);
        }
      }
      String provider = item.provider().council();
      if (provider != null && !councils.exists(provider)) {
        throw fail(file, at + ".provider.council: no council has the code " + provider);
      }
      checkNational(file, at + ".raises", item.raises());
      checkNational(file, at + ".settles", item.settles());
    }
  }

  private void checkNational(OfferFiles.OfferFile file, String field, String id) {
    if (id != null && !nationalIds.contains(id)) {
      throw fail(file, field + ": there is no national entitlement called " + id);
    }
  }

  private static InvalidOfferFileException fail(OfferFiles.OfferFile file, String problem) {
    return new InvalidOfferFileException(file.path(), problem);
  }
}
