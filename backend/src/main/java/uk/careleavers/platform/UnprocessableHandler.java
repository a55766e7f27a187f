package uk.careleavers.platform;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

@Produces
@Singleton
final class UnprocessableHandler
    implements ExceptionHandler<UnprocessableException, HttpResponse<?>> {
  private final ErrorResponseProcessor<?> problems;

  UnprocessableHandler(ErrorResponseProcessor<?> problems) {
    this.problems = problems;
  }

  @Override
  @SuppressWarnings("rawtypes") // the framework interface takes a raw HttpRequest
  public HttpResponse<?> handle(HttpRequest request, UnprocessableException exception) {
    Error error = new FieldProblem(exception.field(), exception.getMessage());
    return problems.processResponse(
        ErrorContext.builder(request).cause(exception).error(error).build(),
        HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY));
  }
}
