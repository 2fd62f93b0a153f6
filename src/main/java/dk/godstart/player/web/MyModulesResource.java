package dk.godstart.player.web;

import dk.godstart.player.application.AttemptQueries;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** {@code GET /api/v1/me/modules}: the modules the caller may take, and where they stand. */
@Path("me/modules")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MyModulesResource {

  @Inject AttemptQueries queries;
  @Context HttpServletRequest request;

  /** One module of the list; the field names are a contract with other systems. */
  public record MyModuleJson(
      long moduleId, String title, String state, String playerUrl, Long attemptId) {}

  @GET
  public List<MyModuleJson> list() {
    return queries.myModules().stream()
        .map(
            m ->
                new MyModuleJson(
                    m.moduleId(),
                    m.title(),
                    m.state(),
                    PlayerUrls.player(request, m.moduleId()),
                    m.attemptId()))
        .toList();
  }
}
