package dk.godstart.platform.rest;

import dk.godstart.kernel.ErrorTexts;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;

/**
 * The errors JAX-RS raises itself (no such path, wrong method, unreadable JSON) in the same JSON
 * shape as ours.
 */
@Provider
public class HttpErrorMapper implements ExceptionMapper<WebApplicationException> {

  private static final Map<Integer, String> CODES =
      Map.of(
          400, "bad-request",
          401, "not-authenticated",
          403, "access-denied",
          404, "not-found",
          405, "method-not-allowed",
          406, "not-acceptable",
          415, "unsupported-media-type");

  @Context HttpHeaders headers;

  @Override
  public Response toResponse(WebApplicationException exception) {
    int status = exception.getResponse().getStatus();
    String code = CODES.getOrDefault(status, status >= 500 ? "unexpected" : "bad-request");
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(ErrorTexts.body(code, ErrorTexts.choose(headers.getAcceptableLanguages())))
        .build();
  }
}
