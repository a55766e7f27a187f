package uk.careleavers.platform;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;

/** Something asked for by its identifier does not exist; answered as a 404 problem. */
public class NotFoundException extends HttpStatusException {
  public NotFoundException(String message) {
    super(HttpStatus.NOT_FOUND, message);
  }
}
