package uk.careleavers.platform;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Primary;
import io.micronaut.core.type.Argument;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import io.micronaut.serde.Deserializer.DecoderContext;
import io.micronaut.serde.exceptions.SerdeException;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Request JSON is read as the contract writes it. Left to itself the JSON reader coerces: {@code
 * "yes"} and {@code 1} become {@code true}, {@code "150"} and {@code 1.5} become integers, a number
 * becomes a date (days since 1970), {@code "+99999-01-01"} is a date, and {@code ["LAN"]} is {@code
 * "LAN"}. Each of those answered 200 to a request that breaks the contract; these readers refuse
 * them, and the request is answered 400.
 */
@Factory
final class StrictJsonTypes {
  /** RFC 3339 full-date, the contract's {@code format: date}: four ASCII digits for the year. */
  private static final Pattern FULL_DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

  private static final BigInteger INT_MIN = BigInteger.valueOf(Integer.MIN_VALUE);
  private static final BigInteger INT_MAX = BigInteger.valueOf(Integer.MAX_VALUE);
  private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
  private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

  @Singleton
  @Primary
  Deserializer<Boolean> booleans() {
    return (decoder, context, type) -> {
      JsonNode node = decoder.decodeNode();
      if (!node.isBoolean()) {
        throw refuse(decoder, node, "must be true or false");
      }
      return node.getBooleanValue();
    };
  }

  @Singleton
  @Primary
  Deserializer<Integer> integers() {
    return (decoder, context, type) ->
        wholeNumber(decoder, INT_MIN, INT_MAX, "a whole number (int32)").intValue();
  }

  @Singleton
  @Primary
  Deserializer<Long> longs() {
    return (decoder, context, type) ->
        wholeNumber(decoder, LONG_MIN, LONG_MAX, "a whole number (int64)").longValue();
  }

  @Singleton
  @Primary
  Deserializer<String> strings() {
    return (decoder, context, type) -> {
      JsonNode node = decoder.decodeNode();
      if (!node.isString()) {
        throw refuse(decoder, node, "must be a string");
      }
      return node.getStringValue();
    };
  }

  @Singleton
  @Primary
  Deserializer<LocalDate> dates() {
    return (decoder, context, type) -> {
      JsonNode node = decoder.decodeNode();
      if (node.isString() && FULL_DATE.matcher(node.getStringValue()).matches()) {
        try {
          return LocalDate.parse(node.getStringValue());
        } catch (DateTimeParseException e) {
          // falls through: a date that does not exist, such as 2023-02-30
        }
      }
      throw refuse(decoder, node, "must be a date that exists, written YYYY-MM-DD");
    };
  }

  /**
   * The generated model reads an array as a {@code Set} exactly where the contract says {@code
   * uniqueItems}; a repeated item is refused rather than silently dropped (which would also let
   * more than {@code maxItems} items through).
   */
  @Singleton
  @Primary
  Deserializer<Set<Object>> uniqueItems() {
    return new Deserializer<>() {
      @Override
      public Deserializer<Set<Object>> createSpecific(
          DecoderContext context, Argument<? super Set<Object>> type) throws SerdeException {
        Argument<?> itemType = type.getFirstTypeVariable().orElse(Argument.OBJECT_ARGUMENT);
        Deserializer<?> items = specific(context, itemType);
        return (decoder, decoderContext, setType) ->
            readUnique(decoder, decoderContext, items, itemType);
      }

      @Override
      public Set<Object> deserialize(
          Decoder decoder, DecoderContext context, Argument<? super Set<Object>> type)
          throws IOException {
        return createSpecific(context, type).deserialize(decoder, context, type);
      }
    };
  }

  private static <T> Deserializer<? extends T> specific(DecoderContext context, Argument<T> type)
      throws SerdeException {
    return context.findDeserializer(type).createSpecific(context, type);
  }

  private static <T> Set<Object> readUnique(
      Decoder decoder, DecoderContext context, Deserializer<?> items, Argument<T> itemType)
      throws IOException {
    @SuppressWarnings("unchecked") // items was found for itemType
    Deserializer<? extends T> typed = (Deserializer<? extends T>) items;
    Set<Object> set = new LinkedHashSet<>();
    Decoder array = decoder.decodeArray(itemType);
    while (array.hasNextArrayValue()) {
      T item = typed.deserializeNullable(array, context, itemType);
      if (item == null) {
        throw array.createDeserializationException("must not hold null", null);
      }
      if (!set.add(item)) {
        throw array.createDeserializationException(
            "must not repeat an item, but " + item + " is there twice", item);
      }
    }
    array.finishStructure();
    return set;
  }

  /** A JSON integer literal (no fraction, no exponent) within the bounds. */
  private static BigInteger wholeNumber(
      Decoder decoder, BigInteger min, BigInteger max, String what) throws IOException {
    JsonNode node = decoder.decodeNode();
    Number number = node.isNumber() ? node.getNumberValue() : null;
    if (number instanceof Integer || number instanceof Long || number instanceof BigInteger) {
      BigInteger value = node.getBigIntegerValue();
      if (value.compareTo(min) >= 0 && value.compareTo(max) <= 0) {
        return value;
      }
    }
    throw refuse(decoder, node, "must be " + what);
  }

  private static IOException refuse(Decoder decoder, JsonNode node, String message) {
    String shown = node.isValueNode() ? String.valueOf(node.getValue()) : "an array or object";
    if (shown.length() > 40) {
      shown = shown.substring(0, 40) + "...";
    }
    return decoder.createDeserializationException(message + ", not " + shown, node.getValue());
  }
}
