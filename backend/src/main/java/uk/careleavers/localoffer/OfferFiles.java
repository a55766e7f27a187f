package uk.careleavers.localoffer;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads offer files from the class path: every {@code offers/index.yaml} lists its files, each is
 * checked against {@code offers/local-offer.schema.json} and fails loudly, naming the file and the
 * field, if it does not fit.
 */
public final class OfferFiles {
  static final String INDEX = "offers/index.yaml";
  static final String SCHEMA = "offers/local-offer.schema.json";

  private static final YAMLMapper YAML = new YAMLMapper();

  /** Offer documents in snake_case, as the files and the stored copies write them. */
  static final ObjectMapper JSON =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

  private final JsonSchema schema;

  public OfferFiles() {
    try (InputStream in = open(SCHEMA)) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + SCHEMA, e);
    }
  }

  /** A file as read: where from, what it says, and a checksum of its content. */
  public record OfferFile(String path, OfferDocument document, JsonNode json, String checksum) {}

  /** Every file of every index on the class path, in index order. */
  public List<OfferFile> readAll() {
    List<OfferFile> files = new ArrayList<>();
    for (URL index : indexes()) {
      for (String name : names(index)) {
        files.add(read("offers/" + name));
      }
    }
    return files;
  }

  public OfferFile read(String path) {
    byte[] bytes;
    try (InputStream in = open(path)) {
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new InvalidOfferFileException(path, "cannot be read (" + e.getMessage() + ")");
    }
    return parse(path, bytes);
  }

  OfferFile parse(String path, byte[] bytes) {
    JsonNode json;
    try {
      json = YAML.readTree(bytes);
    } catch (IOException e) {
      throw new InvalidOfferFileException(path, "is not valid YAML: " + firstLine(e.getMessage()));
    }
    Set<ValidationMessage> problems = schema.validate(json);
    if (!problems.isEmpty()) {
      throw new InvalidOfferFileException(
          path,
          problems.stream()
              .map(m -> m.getInstanceLocation() + ": " + m.getMessage())
              .sorted()
              .collect(Collectors.joining("; ")));
    }
    try {
      return new OfferFile(path, JSON.treeToValue(json, OfferDocument.class), json, sha256(bytes));
    } catch (IOException e) {
      throw new InvalidOfferFileException(path, firstLine(e.getMessage()));
    }
  }

  private static List<URL> indexes() {
    try {
      return Collections.list(OfferFiles.class.getClassLoader().getResources(INDEX));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + INDEX, e);
    }
  }

  private static List<String> names(URL index) {
    try (InputStream in = index.openStream()) {
      JsonNode files = YAML.readTree(in).path("files");
      List<String> names = new ArrayList<>();
      files.forEach(f -> names.add(f.asText()));
      return names;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + index, e);
    }
  }

  private static InputStream open(String path) throws IOException {
    InputStream in = OfferFiles.class.getClassLoader().getResourceAsStream(path);
    if (in == null) {
      throw new IOException(path + " is not on the class path");
    }
    return in;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String firstLine(String message) {
    String text = String.valueOf(message);
    int newline = text.indexOf('\n');
    return newline < 0 ? text : text.substring(0, newline);
  }
}
