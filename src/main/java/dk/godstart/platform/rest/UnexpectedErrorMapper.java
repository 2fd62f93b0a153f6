package dk.godstart.platform.rest;

import dk.godstart.kernel.ErrorTexts;
import dk.godstart.kernel.Problem;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything else. A problem wrapped by a transaction or EJB boundary is mapped as itself; a real bug
 * is logged and answered with 500 and no stack trace.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Exception> {

  private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

  @Context HttpHeaders headers;
  @Context Providers providers;

  @Override
  @SuppressWarnings({"unchecked", "rawtypes"})
  public Response toResponse(Exception exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause != exception
          && (cause instanceof Problem || cause instanceof WebApplicationException)) {
        ExceptionMapper mapper = providers.getExceptionMapper(cause.getClass());
        return mapper.toResponse(cause);
      }
      if (cause instanceof JsonbException || cause instanceof JsonException) {
        // A body that is not the JSON we expect is the caller's mistake, not ours.
        return Response.status(Response.Status.BAD_REQUEST)
            .type(MediaType.APPLICATION_JSON_TYPE)
            .entity(
                ErrorTexts.body("bad-request", ErrorTexts.choose(headers.getAcceptableLanguages())))
            .build();
      }
    }
    LOG.log(Level.SEVERE, "Unexpected error in the REST API", exception);
    return Response.serverError()
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(ErrorTexts.body("unexpected", ErrorTexts.choose(headers.getAcceptableLanguages())))
        .build();
  }
}
