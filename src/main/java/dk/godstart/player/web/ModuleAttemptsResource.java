package dk.godstart.player.web;

import dk.godstart.player.application.PlayerLaunches;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code POST /api/v1/modules/{id}/attempts}: a hire starts a new attempt at a completed module.
 */
@Path("modules/{id}/attempts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ModuleAttemptsResource {

  @Inject PlayerLaunches launches;
  @Context HttpServletRequest request;

  /** The new attempt and where to take it. */
  public record NewAttemptJson(long attemptId, String playerUrl) {}

  @POST
  public Response start(@PathParam("id") long moduleId) {
    long attemptId = launches.startNew(moduleId);
    return Response.status(Response.Status.CREATED)
        .entity(new NewAttemptJson(attemptId, PlayerUrls.player(request, moduleId)))
        .build();
  }
}
