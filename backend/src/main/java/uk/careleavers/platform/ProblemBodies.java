package uk.careleavers.platform;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;

/**
 * Errors that filters answer on their own (the CORS filter's 403 to a request from another site's
 * page to a server on localhost) leave without a body; they get the same problem document as every
 * other error. Runs first, so it sees the answers of all the other filters.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class ProblemBodies implements Ordered {
  private final ErrorResponseProcessor<?> problems;

  ProblemBodies(ErrorResponseProcessor<?> problems) {
    this.problems = problems;
  }

  @ResponseFilter
  void addProblem(HttpRequest<?> request, MutableHttpResponse<?> response) {
    if (response.code() >= 400
        && response.getBody().isEmpty()
        && request.getMethod() != HttpMethod.HEAD) {
      problems.processResponse(ErrorContext.builder(request).build(), response);
    }
  }

  @Override
  public int getOrder() {
    return ServerFilterPhase.FIRST.before();
  }
}
