package uk.careleavers.platform;

import io.micronaut.http.server.exceptions.response.Error;
import java.util.Optional;

/**
 * What is wrong with one field, as the client wrote it; becomes one entry of a problem's errors.
 */
record FieldProblem(String field, String message) implements Error {

  @Override
  public Optional<String> getPath() {
    return Optional.of(field);
  }

  @Override
  public String getMessage() {
    return message;
  }
}
