package uk.careleavers.localoffer;

import io.micronaut.core.type.Argument;
import io.micronaut.core.type.MutableHeaders;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.body.MessageBodyWriter;
import io.micronaut.http.codec.CodecException;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import uk.careleavers.api.model.LocalOffer;

/**
 * Each council's current offer as the contract's type and as JSON, made once per published version
 * (the version its ETag names) instead of once per read: a published version never changes. As the
 * server's writer of {@link LocalOffer} bodies it writes those bytes when the body is the current
 * offer it made, and serialises any other offer (an older version) as the server would. The bytes
 * come from the server's own JSON mapper, so the answer is exactly what serialising per request
 * gives (ADR 0008).
 */
@Singleton
@Produces(MediaType.APPLICATION_JSON)
final class CurrentOfferBodies implements MessageBodyWriter<LocalOffer> {
  private static final Argument<LocalOffer> TYPE = Argument.of(LocalOffer.class);

  private final JsonMapper json;

  /** By council code; an entry is replaced when the council's current version changes. */
  private final Map<String, Body> byCouncil = new ConcurrentHashMap<>();

  private record Body(String etag, LocalOffer offer, byte[] json) {}

  CurrentOfferBodies(JsonMapper json) {
    this.json = json;
  }

  /**
   * The body of a council's current offer.
   *
   * @param etag the ETag of the current version
   * @param offer makes the body, when this version has none yet
   */
  LocalOffer current(String council, String etag, Supplier<LocalOffer> offer) {
    Body body = byCouncil.get(council);
    if (body == null || !body.etag().equals(etag)) {
      // Two first reads of a new version may both get here; each makes the same bytes.
      LocalOffer made = offer.get();
      body = new Body(etag, made, serialise(made));
      byCouncil.put(council, body);
    }
    return body.offer();
  }

  @Override
  public void writeTo(
      Argument<LocalOffer> type,
      MediaType mediaType,
      LocalOffer offer,
      MutableHeaders headers,
      OutputStream out) {
    headers.set(HttpHeaders.CONTENT_TYPE, mediaType);
    try {
      Body current =
          offer.getCouncil() == null ? null : byCouncil.get(offer.getCouncil().getCode());
      if (current != null && current.offer() == offer) {
        out.write(current.json());
      } else {
        json.writeValue(out, TYPE, offer);
      }
    } catch (IOException e) {
      throw new CodecException("Cannot write the local offer: " + e.getMessage(), e);
    }
  }

  private byte[] serialise(LocalOffer offer) {
    try {
      return json.writeValueAsBytes(TYPE, offer);
    } catch (IOException e) {
      throw new CodecException("Cannot serialise the local offer: " + e.getMessage(), e);
    }
  }
}
