package uk.careleavers.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Sends a request to the running app and checks both the request and the response against
 * openapi/openapi.yaml; any mismatch fails the test. Every API call in the integration tests goes
 * through here.
 */
public final class Contract {
  private static final OpenApiInteractionValidator VALIDATOR =
      OpenApiInteractionValidator.createForSpecificationUrl(
              Path.of("..", "openapi", "openapi.yaml").toAbsolutePath().toUri().toString())
          .build();

  private final BlockingHttpClient client;

  public Contract(BlockingHttpClient client) {
    this.client = client;
  }

  public Exchange get(String uri) {
    return send(HttpRequest.GET(uri), null, true);
  }

  /** For requests that break the contract on purpose: only the answer is checked. */
  public Exchange getInvalid(String uri) {
    return send(HttpRequest.GET(uri), null, false);
  }

  public Exchange post(String uri, String json) {
    return send(HttpRequest.POST(uri, json).contentType("application/json"), json, true);
  }

  /** For bodies that break the contract on purpose: only the answer is checked. */
  public Exchange postInvalid(String uri, String body, String contentType) {
    return send(HttpRequest.POST(uri, body).contentType(contentType), body, false);
  }

  private Exchange send(MutableHttpRequest<?> request, String body, boolean validRequest) {
    HttpResponse<String> response;
    try {
      response = client.exchange(request, String.class);
    } catch (HttpClientResponseException e) {
      @SuppressWarnings("unchecked")
      HttpResponse<String> error = (HttpResponse<String>) e.getResponse();
      response = error;
    }
    String responseBody = response.getBody(String.class).orElse(null);
    ValidationReport report =
        VALIDATOR.validate(toRequest(request, body), toResponse(response, responseBody));
    assertThat(report.getMessages())
        .filteredOn(m -> validRequest || !isAboutTheRequest(m))
        .extracting(m -> m.getKey() + ": " + m.getMessage())
        .as("%s %s against openapi.yaml", request.getMethod(), request.getUri())
        .isEmpty();
    return new Exchange(response.code(), response.getHeaders().asMap(), responseBody);
  }

  private static boolean isAboutTheRequest(ValidationReport.Message message) {
    return message.getKey().startsWith("validation.request")
        || message
            .getContext()
            .flatMap(c -> c.getLocation())
            .map(l -> l == ValidationReport.MessageContext.Location.REQUEST)
            .orElse(false);
  }

  private static com.atlassian.oai.validator.model.Request toRequest(
      MutableHttpRequest<?> request, String body) {
    SimpleRequest.Builder builder =
        new SimpleRequest.Builder(
            Request.Method.valueOf(request.getMethodName()), request.getUri().getPath());
    request.getParameters().forEach((name, values) -> builder.withQueryParam(name, values));
    request.getHeaders().forEach((name, values) -> builder.withHeader(name, values));
    if (body != null) {
      builder.withBody(body);
    }
    return builder.build();
  }

  private static SimpleResponse toResponse(HttpResponse<String> response, String body) {
    SimpleResponse.Builder builder = SimpleResponse.Builder.status(response.code());
    response.getHeaders().forEach((name, values) -> builder.withHeader(name, values));
    if (body != null) {
      builder.withBody(body);
    }
    return builder.build();
  }

  /** What came back: status, headers and the body as text. */
  public record Exchange(int status, Map<String, List<String>> headers, String body) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The body as a JSON tree. */
    public JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (JsonProcessingException e) {
        throw new AssertionError("the answer is not JSON: " + body, e);
      }
    }

    public String header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .map(e -> e.getValue().get(0))
          .findFirst()
          .orElse(null);
    }
  }
}
