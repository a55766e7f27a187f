package uk.careleavers.localoffer;

/** An offer file that does not follow the schema or names things that do not exist. */
public class InvalidOfferFileException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public InvalidOfferFileException(String file, String problem) {
    super("offer file " + file + ": " + problem);
  }
}
