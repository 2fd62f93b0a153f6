package dk.godstart.kernel;

/**
 * The HTTP status of each kind of {@link Problem}, decided here once for every web boundary (the
 * REST API's mappers and the content origin's attempt channel).
 */
public final class HttpStatus {

  private HttpStatus() {}

  public static int of(Problem problem) {
    if (problem instanceof AccessDenied) {
      return 403;
    }
    if (problem instanceof NotFound) {
      return 404;
    }
    if (problem instanceof Conflict) {
      return 409;
    }
    if (problem instanceof InvalidInput) {
      return 422;
    }
    return 400;
  }
}
