package dk.godstart.platform.rest;

import dk.godstart.kernel.AccessDenied;
import dk.godstart.kernel.Conflict;
import dk.godstart.kernel.ErrorTexts;
import dk.godstart.kernel.InvalidInput;
import dk.godstart.kernel.NotFound;
import dk.godstart.kernel.Problem;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A problem raised by a feature becomes the JSON error shape with its HTTP status. */
@Provider
public class ProblemMapper implements ExceptionMapper<Problem> {

  @Context HttpHeaders headers;

  @Override
  public Response toResponse(Problem problem) {
    return Response.status(status(problem))
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(ErrorTexts.body(problem, ErrorTexts.choose(headers.getAcceptableLanguages())))
        .build();
  }

  static int status(Problem problem) {
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
