package uk.careleavers.localoffer;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import uk.careleavers.councils.CouncilRow;

/**
 * A published offer as Open Referral UK (HSDS 3.0, UK profile) services, in the shape of the HSDS
 * {@code /services} list. HSDS has no field for money paid to a person, so an item's amount is a
 * cost option whose description says it is paid to the young person, not charged. Identifiers are
 * name-based UUIDs, so the same item keeps the same id in every export.
 */
final class OpenReferralExport {
  private final String publicUrl;
  private final Function<String, CouncilRow> councils;

  OpenReferralExport(String publicUrl, Function<String, CouncilRow> councils) {
    this.publicUrl = publicUrl;
    this.councils = councils;
  }

  Map<String, Object> services(StoredOffer stored) {
    CouncilRow council = councils.apply(stored.council());
    List<Object> services = new ArrayList<>();
    for (OfferDocument.Item item : stored.document().items()) {
      services.add(service(stored, council, item));
    }
    Map<String, Object> page = new LinkedHashMap<>();
    page.put("total_items", services.size());
    page.put("total_pages", 1);
    page.put("page_number", 1);
    page.put("size", services.size());
    page.put("first_page", true);
    page.put("last_page", true);
    page.put("empty", services.isEmpty());
    page.put("contents", services);
    return page;
  }

  private Map<String, Object> service(
      StoredOffer stored, CouncilRow council, OfferDocument.Item item) {
    String serviceId = id(stored.council(), "service", item.id());
    Map<String, Object> service = new LinkedHashMap<>();
    service.put("id", serviceId);
    service.put("organization_id", id(stored.council(), "organization", ""));
    service.put("name", item.title());
    service.put("description", item.description());
    service.put(
        "url", publicUrl + "/api/v1/councils/" + stored.council() + "/local-offer#" + item.id());
    service.put("status", "published".equals(stored.status()) ? "active" : "inactive");
    service.put("eligibility_description", eligibility(item.conditions()));
    OfferDocument.Age age = item.conditions().age();
    if (age != null && age.min() != null) {
      service.put("minimum_age", age.min());
    }
    if (age != null && age.under() != null) {
      // HSDS ages are inclusive; "under 25" means 24 at most.
      service.put("maximum_age", age.under() - 1);
    }
    service.put("assured_date", stored.publishedOn().toString());
    service.put("organization", organization(stored, council));
    service.put("cost_options", costOptions(stored, serviceId, item));
    service.put("contacts", List.of(contact(stored, serviceId, item)));
    service.put("service_areas", serviceAreas(stored, serviceId, council, item));
    return service;
  }

  private Map<String, Object> organization(StoredOffer stored, CouncilRow council) {
    Map<String, Object> organization = new LinkedHashMap<>();
    organization.put("id", id(stored.council(), "organization", ""));
    organization.put("name", council.officialName());
    organization.put(
        "description",
        council.officialName() + ": local offer for care leavers, version " + stored.version());
    return organization;
  }

  private List<Object> costOptions(StoredOffer stored, String serviceId, OfferDocument.Item item) {
    OfferDocument.Amount amount = item.amount();
    if (amount == null) {
      return List.of();
    }
    Map<String, Object> option = new LinkedHashMap<>();
    option.put("id", id(stored.council(), "cost_option", item.id()));
    option.put("service_id", serviceId);
    option.put("amount", BigDecimal.valueOf(amount.pence(), 2));
    option.put("currency", "GBP");
    option.put("option", "Paid to the young person (not a charge)");
    option.put("amount_description", unitWords(amount.unit()));
    if (amount.validFrom() != null) {
      option.put("valid_from", amount.validFrom().toString());
    }
    if (amount.validTo() != null) {
      option.put("valid_to", amount.validTo().toString());
    }
    return List.of(option);
  }

  private Map<String, Object> contact(
      StoredOffer stored, String serviceId, OfferDocument.Item item) {
    Map<String, Object> contact = new LinkedHashMap<>();
    contact.put("id", id(stored.council(), "contact", item.id()));
    contact.put("service_id", serviceId);
    contact.put("name", item.provider().name());
    contact.put("title", "How to ask for it: " + item.howToClaim());
    return contact;
  }

  private List<Object> serviceAreas(
      StoredOffer stored, String serviceId, CouncilRow council, OfferDocument.Item item) {
    List<Object> areas = new ArrayList<>();
    List<String> codes = item.conditions().areas();
    if (codes.isEmpty()) {
      // A council's own care leavers qualify wherever in England they live.
      areas.add(
          area(
              stored,
              serviceId,
              "england",
              "England, for care leavers of " + council.officialName(),
              null));
    }
    for (String code : codes) {
      CouncilRow row = councils.apply(code);
      areas.add(
          area(
              stored,
              serviceId,
              code,
              row.officialName(),
              "http://statistics.data.gov.uk/id/statistical-geography/" + row.gssCode()));
    }
    return areas;
  }

  private Map<String, Object> area(
      StoredOffer stored, String serviceId, String key, String name, String uri) {
    Map<String, Object> area = new LinkedHashMap<>();
    area.put("id", id(stored.council(), "service_area", serviceId + key));
    area.put("service_id", serviceId);
    area.put("name", name);
    if (uri != null) {
      area.put("uri", uri);
    }
    return area;
  }

  private static String eligibility(OfferDocument.Conditions c) {
    StringBuilder text =
        new StringBuilder(
            "residents".equals(c.scope())
                ? "Care leavers who live in the area."
                : "Care leavers of this council, wherever they live.");
    if (!c.categories().isEmpty()) {
      text.append(" For: ").append(String.join(", ", c.categories()).replace('_', ' ')).append('.');
    }
    if (c.activity() != null) {
      text.append(" Only if: ").append(c.activity().replace('_', ' ')).append('.');
    }
    if (c.decidedBy() != null) {
      text.append(' ').append(c.decidedBy());
    }
    return text.toString();
  }

  private static String unitWords(String unit) {
    return switch (unit) {
      case "week" -> "a week";
      case "month" -> "a month";
      case "year" -> "a year";
      default -> "paid once";
    };
  }

  private static String id(String council, String kind, String key) {
    String name = "careleavers:" + council + ":" + kind + ":" + key;
    return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
  }
}
