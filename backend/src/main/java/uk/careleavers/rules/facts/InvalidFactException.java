package uk.careleavers.rules.facts;

/**
 * An answer that cannot be true or cannot be used. The HTTP layer turns this into a 422 naming
 * {@link #field()}. Messages are public API: they are shown to young people, so keep them plain.
 */
public final class InvalidFactException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String field;
  private final String problem;

  public InvalidFactException(String field, String problem, String message) {
    super(message);
    this.field = field;
    this.problem = problem;
  }

  /** The fact id (an API field name), or {@code as_of} for the assessment date. */
  public String field() {
    return field;
  }

  /** A stable machine code, e.g. {@code in_future} or {@code unknown_option}. */
  public String problem() {
    return problem;
  }
}
