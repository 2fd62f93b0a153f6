package dk.godstart.player.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * The one cross-origin permission of the API: the launcher on the content origin may read the
 * answers of the attempt channel (a 409 must reach it synchronously), without credentials. Nothing
 * else of the application answers another origin.
 */
@Provider
public class ContentOriginCors implements ContainerResponseFilter {

  @Inject ContentOriginSettings settings;

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (request.getUriInfo().getPath().startsWith("attempt-channel/")) {
      response.getHeaders().putSingle("Access-Control-Allow-Origin", settings.contentOrigin());
      response.getHeaders().putSingle("Vary", "Origin");
    }
  }
}
