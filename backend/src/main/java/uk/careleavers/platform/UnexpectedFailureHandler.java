package uk.careleavers.platform;

import io.micronaut.data.connection.exceptions.ConnectionException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What no other handler claims. A lost database is the client's "try again soon" (503), not our
 * bug; anything else is a 500 that is logged here in full and answered without any detail.
 */
@Produces
@Singleton
final class UnexpectedFailureHandler
    implements ExceptionHandler<RuntimeException, HttpResponse<?>> {
  private static final Logger LOG = LoggerFactory.getLogger(UnexpectedFailureHandler.class);
  private final ErrorResponseProcessor<?> problems;

  UnexpectedFailureHandler(ErrorResponseProcessor<?> problems) {
    this.problems = problems;
  }

  @Override
  @SuppressWarnings("rawtypes") // the framework interface takes a raw HttpRequest
  public HttpResponse<?> handle(HttpRequest request, RuntimeException exception) {
    HttpStatus status;
    if (databaseUnreachable(exception)) {
      LOG.warn("Database unavailable for {} {}", request.getMethodName(), request.getPath());
      status = HttpStatus.SERVICE_UNAVAILABLE;
    } else {
      LOG.error(
          "Unexpected failure for {} {}", request.getMethodName(), request.getPath(), exception);
      status = HttpStatus.INTERNAL_SERVER_ERROR;
    }
    HttpResponse<?> base =
        status == HttpStatus.SERVICE_UNAVAILABLE
            ? HttpResponse.status(status).header("Retry-After", "5")
            : HttpResponse.status(status);
    return problems.processResponse(
        ErrorContext.builder(request).cause(exception).build(),
        (io.micronaut.http.MutableHttpResponse<?>) base);
  }

  /**
   * Connection failures (including a pooled connection found closed when it is taken) and
   * PostgreSQL's "connection exception" (08) and "operator intervention" (57P) states.
   */
  static boolean databaseUnreachable(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SQLTransientConnectionException
          || t instanceof SQLNonTransientConnectionException
          || t instanceof ConnectException
          || t instanceof ConnectionException) {
        return true;
      }
      if (t instanceof SQLException sql && sql.getSQLState() != null) {
        String state = sql.getSQLState();
        if (state.startsWith("08") || state.startsWith("57P")) {
          return true;
        }
      }
    }
    return false;
  }
}
