package uk.careleavers.localoffer;

import java.time.LocalDate;

/** An offer version as stored: the document as published, and its place in the history. */
public record StoredOffer(
    String council,
    int version,
    String status,
    LocalDate publishedOn,
    OfferDocument document,
    String checksum) {

  /** Strong validator for HTTP caching: changes whenever the stored version changes. */
  public String etag() {
    return "\""
        + council.toLowerCase(java.util.Locale.ROOT)
        + "-"
        + version
        + "-"
        + checksum.substring(0, 16)
        + "\"";
  }
}
