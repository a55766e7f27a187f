package uk.careleavers.platform;

/**
 * The kinds of problem the API reports. The type URIs and titles are public API: clients may switch
 * on them, so change neither without a major version.
 */
public enum ProblemType {
  INVALID_REQUEST(400, "invalid-request", "Some of what you sent is not valid"),
  FORBIDDEN(403, "forbidden", "That is not allowed from where you sent it"),
  NOT_FOUND(404, "not-found", "We could not find that"),
  METHOD_NOT_ALLOWED(405, "method-not-allowed", "That method is not allowed here"),
  NOT_ACCEPTABLE(406, "not-acceptable", "We cannot answer in the format you asked for"),
  PAYLOAD_TOO_LARGE(413, "payload-too-large", "What you sent is too large"),
  UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "We cannot read that content type"),
  UNPROCESSABLE(422, "unprocessable", "What you sent cannot be true"),
  DATABASE_UNAVAILABLE(503, "service-unavailable", "The service is busy or down; try again soon"),
  INTERNAL(500, "internal-error", "Something went wrong on our side");

  /** Relative URI references (RFC 9457 s.3.1.1), resolved against the API's address. */
  private static final String BASE = "/api/v1/problems/";

  private final int status;
  private final String slug;
  private final String title;

  ProblemType(int status, String slug, String title) {
    this.status = status;
    this.slug = slug;
    this.title = title;
  }

  public String uri() {
    return BASE + slug;
  }

  public String title() {
    return title;
  }

  public int status() {
    return status;
  }

  /** The type for a status the framework produced on its own (routing, parsing). */
  public static ProblemType forStatus(int status) {
    for (ProblemType type : values()) {
      if (type.status == status) {
        return type;
      }
    }
    return status >= 500 ? INTERNAL : INVALID_REQUEST;
  }
}
