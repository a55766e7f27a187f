package uk.careleavers.platform;

/**
 * A well-formed request that cannot be true or cannot be used (a birth date in the future, a
 * council code that does not exist). Answered as 422 problem+json naming {@link #field()}.
 */
public class UnprocessableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String field;

  public UnprocessableException(String field, String message) {
    super(message);
    this.field = field;
  }

  /** The field as the client wrote it: {@code asOf}, {@code facts.dateOfBirth}. */
  public String field() {
    return field;
  }
}
