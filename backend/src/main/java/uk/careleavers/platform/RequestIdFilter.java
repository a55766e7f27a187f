package uk.careleavers.platform;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives every request an id (the caller's {@code X-Request-Id} if it is a sane one), echoes it in
 * the response, and logs one structured line per request with it: what a person reporting a problem
 * can quote, and what ties a log line to an answer. Nothing from the body is logged.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class RequestIdFilter {
  static final String HEADER = "X-Request-Id";
  private static final String ID = RequestIdFilter.class.getName() + ".id";
  private static final String STARTED = RequestIdFilter.class.getName() + ".started";
  private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._-]{1,64}");
  private static final Logger LOG = LoggerFactory.getLogger("access");

  @RequestFilter
  void stamp(HttpRequest<?> request) {
    String given = request.getHeaders().get(HEADER);
    String id =
        given != null && SANE.matcher(given).matches() ? given : UUID.randomUUID().toString();
    request.setAttribute(ID, id);
    request.setAttribute(STARTED, System.nanoTime());
  }

  @ResponseFilter
  void echo(HttpRequest<?> request, MutableHttpResponse<?> response) {
    String id = request.getAttribute(ID, String.class).orElse("none");
    response.header(HEADER, id);
    long started = request.getAttribute(STARTED, Long.class).orElse(System.nanoTime());
    LOG.atInfo()
        .addKeyValue("requestId", id)
        .addKeyValue("method", request.getMethodName())
        .addKeyValue("path", request.getPath())
        .addKeyValue("status", response.code())
        .addKeyValue("ms", (System.nanoTime() - started) / 1_000_000.0)
        .log("request");
  }
}
