package dk.godstart.reflection.web;

import dk.godstart.reflection.application.ModulePrompts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;

/** {@code PUT /api/v1/modules/{id}/prompts}: an author sets a module's one to three prompts. */
@Path("modules/{id}/prompts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PromptResource {

  @Inject ModulePrompts prompts;

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  public Map<String, List<String>> set(@PathParam("id") long id, JsonValue json) {
    prompts.requireMaySet();
    JsonObject body = JsonBodies.object(json);
    return Map.of("prompts", prompts.set(id, JsonBodies.strings(body, "prompts")));
  }
}
