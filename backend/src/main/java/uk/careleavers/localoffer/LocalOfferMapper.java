package uk.careleavers.localoffer;

import java.util.List;
import java.util.Locale;
import uk.careleavers.api.model.CareLeaverCategory;
import uk.careleavers.api.model.CouncilSummary;
import uk.careleavers.api.model.LocalOffer;
import uk.careleavers.api.model.LocalOfferItem;
import uk.careleavers.api.model.LocalOfferItemCategory;
import uk.careleavers.api.model.LocalOfferReference;
import uk.careleavers.api.model.LocalOfferSummary;
import uk.careleavers.api.model.LocalOfferSummaryStatus;
import uk.careleavers.api.model.OfferAmount;
import uk.careleavers.api.model.OfferAmountQualifier;
import uk.careleavers.api.model.OfferAmountUnit;
import uk.careleavers.api.model.OfferConditions;
import uk.careleavers.api.model.OfferConditionsActivity;
import uk.careleavers.api.model.OfferConditionsScope;
import uk.careleavers.api.model.OfferProvider;
import uk.careleavers.api.model.OfferProviderType;
import uk.careleavers.rules.model.Amount;

/** Stored offers to the contract's types; generated types stop here. */
public final class LocalOfferMapper {
  private LocalOfferMapper() {}

  static LocalOffer offer(StoredOffer stored, CouncilSummary council) {
    OfferDocument offer = stored.document();
    return new LocalOffer(
            council,
            stored.version(),
            LocalOfferSummaryStatus.fromValue(stored.status()),
            stored.publishedOn(),
            offer.example(),
            offer.sources(),
            offer.items().stream().map(LocalOfferMapper::item).toList())
        .note(offer.note());
  }

  static LocalOfferSummary summary(StoredOffer stored) {
    return new LocalOfferSummary(
        stored.version(),
        LocalOfferSummaryStatus.fromValue(stored.status()),
        stored.publishedOn(),
        stored.document().example(),
        stored.document().items().size());
  }

  /** What a local outcome of a check says about where it comes from. */
  public static LocalOfferReference reference(StoredOffer stored, String councilName) {
    return new LocalOfferReference(
        stored.council(),
        councilName,
        stored.version(),
        stored.publishedOn(),
        stored.document().example());
  }

  private static LocalOfferItem item(OfferDocument.Item item) {
    OfferDocument.Provider p = item.provider();
    LocalOfferItem dto =
        new LocalOfferItem(
            item.id(),
            item.title(),
            item.description(),
            LocalOfferItemCategory.fromValue(item.category()),
            new OfferProvider(OfferProviderType.fromValue(p.type()), p.name()).council(p.council()),
            conditions(item.conditions()),
            item.howToClaim(),
            item.evidence(),
            item.sources());
    return dto.amount(item.amount() == null ? null : amount(item.amount()))
        .raises(item.raises())
        .settles(item.settles());
  }

  private static OfferAmount amount(OfferDocument.Amount a) {
    Amount words =
        new Amount(a.pence(), OfferRules.period(a.unit()), OfferRules.qualifier(a), null);
    return new OfferAmount(
            a.pence(),
            OfferAmountUnit.fromValue(a.unit()),
            OfferAmountQualifier.fromValue(a.qualifier() == null ? "exactly" : a.qualifier()),
            words.text())
        .validFrom(a.validFrom())
        .validTo(a.validTo());
  }

  private static OfferConditions conditions(OfferDocument.Conditions c) {
    List<CareLeaverCategory> categories =
        c.categories().stream()
            .map(id -> CareLeaverCategory.fromValue(id.toUpperCase(Locale.ROOT)))
            .toList();
    OfferConditions dto =
        new OfferConditions(OfferConditionsScope.fromValue(c.scope()), c.areas(), categories);
    if (c.age() != null) {
      dto.minAge(c.age().min()).underAge(c.age().under());
    }
    return dto.activity(
            c.activity() == null ? null : OfferConditionsActivity.fromValue(c.activity()))
        .decidedBy(c.decidedBy());
  }
}
