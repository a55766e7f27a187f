package uk.careleavers.platform;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import java.util.List;
import uk.careleavers.api.model.FieldError;
import uk.careleavers.api.model.Problem;

/**
 * Every error the server answers, whoever raised it (routing, binding, validation, our own code),
 * goes through here and leaves as one RFC 9457 {@code application/problem+json} shape.
 */
@Singleton
final class ProblemResponseProcessor implements ErrorResponseProcessor<Problem> {
  static final MediaType PROBLEM_JSON = MediaType.of("application/problem+json");

  @Override
  @SuppressWarnings("unchecked")
  public MutableHttpResponse<Problem> processResponse(
      ErrorContext context, MutableHttpResponse<?> response) {
    MutableHttpResponse<Problem> problemResponse = (MutableHttpResponse<Problem>) response;
    if (response.code() == HttpStatus.REQUEST_ENTITY_TOO_LARGE.getCode()) {
      // The server stopped reading and closes the connection. For a request line too long to
      // parse, the answer goes out as HTTP/1.0 with no Connection header, and keep-alive clients
      // (java.net.http) send their next request down the closed connection: say it outright.
      problemResponse.header(HttpHeaders.CONNECTION, "close");
    }
    if (context.getRequest().getMethod() == HttpMethod.HEAD) {
      return problemResponse;
    }
    return problemResponse.body(toProblem(context, response.code())).contentType(PROBLEM_JSON);
  }

  static Problem toProblem(ErrorContext context, int status) {
    ProblemType type = ProblemType.forStatus(status);
    Problem problem = new Problem(type.uri(), type.title(), status);
    problem.instance(context.getRequest().getPath());
    List<FieldError> fields =
        context.getErrors().stream()
            .filter(e -> e.getPath().isPresent())
            .map(e -> new FieldError(e.getPath().get(), e.getMessage()))
            .toList();
    if (!fields.isEmpty()) {
      problem.errors(fields);
    }
    problem.detail(detail(context, status));
    return problem;
  }

  /** Server-side failures never leak their messages; client errors say what went wrong. */
  private static String detail(ErrorContext context, int status) {
    if (status >= 500) {
      return null;
    }
    List<String> messages =
        context.getErrors().stream()
            .map(e -> e.getPath().map(p -> p + ": ").orElse("") + e.getMessage())
            .toList();
    return messages.isEmpty() ? null : String.join("; ", messages);
  }
}
