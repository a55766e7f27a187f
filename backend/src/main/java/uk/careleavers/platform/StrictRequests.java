package uk.careleavers.platform;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.micronaut.core.annotation.AnnotationMetadata;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.web.router.MethodBasedRouteMatch;
import io.micronaut.web.router.RouteAttributes;
import io.micronaut.web.router.RouteMatch;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the framework would let through although the contract does not: a query or path parameter
 * read loosely ({@code childrenServices=maybe} as false, {@code type=COUNTY} as county, {@code
 * page=١} as 1), a content type that is not one, and a JSON body followed by more text ({@code {}
 * {}}, of which only the first document would be read). Each is answered 400 (415 for the content
 * type) as a problem document.
 */
@ServerFilter("/api/**")
final class StrictRequests {
  /** RFC 9110 media type: token "/" token, then parameters. */
  private static final Pattern MEDIA_TYPE =
      Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+/[!#$%&'*+.^_`|~0-9A-Za-z-]+[ \\t]*(;.*)?");

  private static final Pattern WHOLE_NUMBER = Pattern.compile("[+-]?[0-9]+");
  private static final JsonFactory JSON = new JsonFactory();

  private final ErrorResponseProcessor<?> problems;

  StrictRequests(ErrorResponseProcessor<?> problems) {
    this.problems = problems;
  }

  @RequestFilter
  @Nullable
  HttpResponse<?> parameters(HttpRequest<?> request) {
    RouteMatch<?> route = RouteAttributes.getRouteMatch(request).orElse(null);
    if (!(route instanceof MethodBasedRouteMatch<?, ?> method)) {
      return null;
    }
    List<Error> errors = new ArrayList<>();
    for (Argument<?> argument : method.getArguments()) {
      AnnotationMetadata annotations = argument.getAnnotationMetadata();
      String name;
      String value;
      if (annotations.hasAnnotation(QueryValue.class)) {
        name = annotations.stringValue(QueryValue.class).orElse(argument.getName());
        value = request.getParameters().get(name);
      } else if (annotations.hasAnnotation(PathVariable.class)) {
        name = annotations.stringValue(PathVariable.class).orElse(argument.getName());
        Object variable = route.getVariableValues().get(name);
        value = variable == null ? null : variable.toString();
      } else {
        continue;
      }
      if (value != null && !value.isEmpty()) {
        unreadable(argument.getType(), value).ifPresent(why -> errors.add(error(name, why)));
      }
    }
    return errors.isEmpty() ? null : problem(request, HttpStatus.BAD_REQUEST, errors);
  }

  @RequestFilter
  @Nullable
  HttpResponse<?> body(HttpRequest<?> request, @Body @Nullable String body) {
    if (body == null || body.isEmpty()) {
      return null;
    }
    String contentType = request.getHeaders().get(HttpHeaders.CONTENT_TYPE);
    if (contentType != null && !MEDIA_TYPE.matcher(contentType.trim()).matches()) {
      return problem(
          request,
          HttpStatus.UNSUPPORTED_MEDIA_TYPE,
          List.of(error("Content-Type", "is not a media type: " + contentType)));
    }
    if (contentType != null && !isJson(contentType)) {
      return null; // the route says whether it reads this type (415 otherwise)
    }
    try (JsonParser parser = JSON.createParser(body)) {
      if (parser.nextToken() == null) {
        return null;
      }
      parser.skipChildren();
      if (parser.nextToken() != null) {
        return problem(
            request,
            HttpStatus.BAD_REQUEST,
            List.of(error("body", "must be one JSON document, with nothing after it")));
      }
      return null;
    } catch (JsonProcessingException e) {
      return problem(
          request,
          HttpStatus.BAD_REQUEST,
          List.of(error("body", "is not JSON: " + e.getOriginalMessage())));
    } catch (IOException e) {
      return problem(request, HttpStatus.BAD_REQUEST, List.of(error("body", "cannot be read")));
    }
  }

  private static boolean isJson(String contentType) {
    String type = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    return type.equals("application/json") || type.endsWith("+json");
  }

  /** Why a parameter's text is not a value of its type, as the contract writes values. */
  private static Optional<String> unreadable(Class<?> type, String value) {
    if (type == Boolean.class || type == boolean.class) {
      return value.equals("true") || value.equals("false")
          ? Optional.empty()
          : Optional.of("must be true or false");
    }
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
      return WHOLE_NUMBER.matcher(value).matches()
          ? Optional.empty()
          : Optional.of("must be a whole number written in digits 0-9");
    }
    if (type.isEnum()) {
      Object[] constants = type.getEnumConstants();
      boolean known = Arrays.stream(constants).anyMatch(c -> c.toString().equals(value));
      return known
          ? Optional.empty()
          : Optional.of(
              "must be one of "
                  + String.join(", ", Arrays.stream(constants).map(Object::toString).toList()));
    }
    return Optional.empty();
  }

  private HttpResponse<?> problem(HttpRequest<?> request, HttpStatus status, List<Error> errors) {
    return problems.processResponse(
        ErrorContext.builder(request).errors(errors).build(), HttpResponse.status(status));
  }

  private static Error error(String path, String message) {
    return new FieldProblem(path, message);
  }
}
