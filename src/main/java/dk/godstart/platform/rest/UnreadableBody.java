package dk.godstart.platform.rest;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;

/**
 * A request body that the JSON reader cannot read is the caller's mistake: broken syntax, or input
 * nested deeper than the parser allows (Parsson throws a plain {@code RuntimeException} for that),
 * is answered 400 with the JSON error ({@link HttpErrorMapper}), not 500.
 */
@Provider
public class UnreadableBody implements ReaderInterceptor {

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    try {
      return context.proceed();
    } catch (WebApplicationException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new BadRequestException(e);
    }
  }
}
