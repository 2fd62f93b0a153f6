package dk.godstart.platform.rest;

import dk.godstart.kernel.ErrorTexts;
import dk.godstart.kernel.HttpStatus;
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
    return Response.status(HttpStatus.of(problem))
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(ErrorTexts.body(problem, ErrorTexts.choose(headers.getAcceptableLanguages())))
        .build();
  }
}
