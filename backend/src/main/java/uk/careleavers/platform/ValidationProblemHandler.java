package uk.careleavers.platform;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.validation.exceptions.ConstraintExceptionHandler;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Bean Validation failures become one field error each, named the way the client wrote it: a query
 * parameter by its name, a body property by its path in the JSON ({@code facts.dateOfBirth}),
 * without the Java method and parameter names Micronaut would otherwise prepend.
 */
@Produces
@Singleton
@Replaces(ConstraintExceptionHandler.class)
final class ValidationProblemHandler
    implements ExceptionHandler<ConstraintViolationException, HttpResponse<?>> {
  private final ErrorResponseProcessor<?> problems;

  ValidationProblemHandler(ErrorResponseProcessor<?> problems) {
    this.problems = problems;
  }

  @Override
  @SuppressWarnings("rawtypes") // the framework interface takes a raw HttpRequest
  public HttpResponse<?> handle(HttpRequest request, ConstraintViolationException exception) {
    List<Error> errors =
        exception.getConstraintViolations().stream()
            .map(ValidationProblemHandler::toError)
            .sorted(Comparator.comparing(e -> e.getPath().orElse("")))
            .toList();
    return problems.processResponse(
        ErrorContext.builder(request).cause(exception).errors(errors).build(),
        HttpResponse.badRequest());
  }

  private static Error toError(ConstraintViolation<?> violation) {
    return new FieldProblem(fieldPath(violation.getPropertyPath()), violation.getMessage());
  }

  static String fieldPath(Path path) {
    List<Path.Node> nodes = new ArrayList<>();
    path.forEach(nodes::add);
    nodes.removeIf(
        n -> n.getKind() == ElementKind.METHOD || n.getKind() == ElementKind.CONSTRUCTOR);
    // A body parameter's own name is not part of the JSON the client sent.
    if (nodes.size() > 1 && nodes.get(0).getKind() == ElementKind.PARAMETER) {
      nodes.remove(0);
    }
    StringBuilder field = new StringBuilder();
    for (Path.Node node : nodes) {
      if (node.isInIterable()) {
        field
            .append('[')
            .append(node.getIndex() != null ? node.getIndex() : node.getKey())
            .append(']');
      }
      if (node.getKind() != ElementKind.CONTAINER_ELEMENT && node.getName() != null) {
        field.append(field.isEmpty() ? "" : ".").append(node.getName());
      }
    }
    return field.toString();
  }
}
