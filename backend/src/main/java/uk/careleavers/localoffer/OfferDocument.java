package uk.careleavers.localoffer;

import java.time.LocalDate;
import java.util.List;

/**
 * A council's local offer as written in an offer file (schema: offers/local-offer.schema.json).
 * Read with snake_case names; validated against the schema before it gets here.
 */
public record OfferDocument(
    String council,
    int version,
    String status,
    LocalDate published,
    boolean example,
    String note,
    List<String> sources,
    List<Item> items) {

  public OfferDocument {
    sources = sources == null ? List.of() : List.copyOf(sources);
    items = List.copyOf(items);
  }

  public record Item(
      String id,
      String title,
      String description,
      String category,
      Provider provider,
      Amount amount,
      Conditions conditions,
      String howToClaim,
      List<String> evidence,
      String raises,
      String settles,
      List<String> sources) {

    public Item {
      evidence = evidence == null ? List.of() : List.copyOf(evidence);
      sources = sources == null ? List.of() : List.copyOf(sources);
    }
  }

  public record Provider(String type, String name, String council) {}

  public record Amount(
      long pence, String unit, String qualifier, LocalDate validFrom, LocalDate validTo) {}

  public record Conditions(
      String scope,
      List<String> areas,
      Age age,
      List<String> categories,
      String activity,
      String decidedBy) {

    public Conditions {
      areas = areas == null ? List.of() : List.copyOf(areas);
      categories = categories == null ? List.of() : List.copyOf(categories);
    }
  }

  public record Age(Integer min, Integer under) {}
}
