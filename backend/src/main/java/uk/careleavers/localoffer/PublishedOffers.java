package uk.careleavers.localoffer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.careleavers.councils.CouncilDirectory;
import uk.careleavers.councils.CouncilRow;
import uk.careleavers.rules.local.LocalRule;
import uk.careleavers.rules.local.LocalRules;

/**
 * The current published offer of every council, in memory, with its items already turned into
 * engine rules: a check reads no database. {@link #reload()} after anything is published.
 */
@Singleton
public class PublishedOffers {
  private final OfferStore store;
  private final CouncilDirectory councils;
  private volatile Map<String, Entry> byCouncil = Map.of();
  private volatile Map<String, Entry> byRuleId = Map.of();

  /** A published offer and its items as rules, split by who they are for. */
  record Entry(
      StoredOffer offer, List<LocalRule> forItsCareLeavers, List<LocalRule> forResidents) {}

  private final Counter hits;
  private final Counter misses;

  PublishedOffers(OfferStore store, CouncilDirectory councils, MeterRegistry metrics) {
    this.store = store;
    this.councils = councils;
    this.hits = metrics.counter("local_offers.cache", "result", "hit");
    this.misses = metrics.counter("local_offers.cache", "result", "miss");
  }

  /** Reads every published offer again; the new set replaces the old one at once. */
  public void reload() {
    Map<String, Entry> offers = new HashMap<>();
    Map<String, Entry> rules = new HashMap<>();
    for (StoredOffer offer : store.published()) {
      Entry entry = entry(offer);
      offers.put(offer.council(), entry);
      entry.forItsCareLeavers().forEach(r -> rules.put(r.id(), entry));
      entry.forResidents().forEach(r -> rules.put(r.id(), entry));
    }
    byCouncil = Map.copyOf(offers);
    byRuleId = Map.copyOf(rules);
  }

  /** Publishes a draft version and brings the cache up to date before returning. */
  public boolean publish(String council, int version, java.time.LocalDate on) {
    boolean published = store.publish(council, version, on);
    if (published) {
      reload();
    }
    return published;
  }

  public Optional<StoredOffer> current(String council) {
    return Optional.ofNullable(counted(byCouncil.get(council))).map(Entry::offer);
  }

  /** Every look-up is served from memory; a miss means the council has no published offer. */
  private Entry counted(Entry entry) {
    (entry == null ? misses : hits).increment();
    return entry;
  }

  /** The offer a local outcome came from, by the outcome's id. */
  public Optional<StoredOffer> sourceOf(String ruleId) {
    return Optional.ofNullable(byRuleId.get(ruleId)).map(Entry::offer);
  }

  /**
   * The local items that apply to one check: the responsible council's items for its care leavers,
   * and the items for residents of where the young person lives, from that area's council and, in a
   * two-tier area, its county.
   */
  public LocalRules rulesFor(String responsible, String residence) {
    List<LocalRule> rules = new ArrayList<>();
    Entry own = responsible == null ? null : counted(byCouncil.get(responsible));
    if (own != null) {
      rules.addAll(own.forItsCareLeavers());
    }
    for (String council : offeringCouncils(residence)) {
      Entry local = counted(byCouncil.get(council));
      if (local != null) {
        rules.addAll(local.forResidents());
      }
    }
    return rules.isEmpty() ? LocalRules.NONE : LocalRules.of(rules);
  }

  private Set<String> offeringCouncils(String residence) {
    Set<String> offering = new LinkedHashSet<>();
    if (residence != null) {
      councils
          .find(residence)
          .ifPresent(
              c -> {
                offering.add(c.code());
                if (c.countyCode() != null) {
                  offering.add(c.countyCode());
                }
              });
    }
    return offering;
  }

  private Entry entry(StoredOffer stored) {
    OfferDocument offer = stored.document();
    String name =
        councils.find(offer.council()).map(CouncilRow::officialName).orElse(offer.council());
    List<LocalRule> own = new ArrayList<>();
    List<LocalRule> residents = new ArrayList<>();
    for (OfferDocument.Item item : offer.items()) {
      LocalRule rule = OfferRules.toRule(offer, item, name, this::area);
      ("residents".equals(item.conditions().scope()) ? residents : own).add(rule);
    }
    return new Entry(stored, List.copyOf(own), List.copyOf(residents));
  }

  /** A council area and every district inside it. */
  private List<String> area(String code) {
    List<String> codes = new ArrayList<>(List.of(code));
    councils.districtsOf(code).forEach(d -> codes.add(d.code()));
    return codes;
  }
}
