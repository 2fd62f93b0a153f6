package dk.godstart.player.web;

import dk.godstart.kernel.Detail;
import dk.godstart.kernel.InvalidInput;
import dk.godstart.kernel.JsonInput;
import dk.godstart.player.application.AttemptQueries;
import dk.godstart.player.application.AttemptQueries.AttemptView;
import dk.godstart.player.application.Attempts;
import dk.godstart.player.application.Commit;
import dk.godstart.player.application.CommitResult;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * {@code /api/v1/attempts}: the player's commits ({@code POST {id}/commits}, from the learner who
 * owns the attempt) and reading an attempt (its learner and their mentors).
 */
@Path("attempts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AttemptResource {

  @Inject Attempts attempts;
  @Inject AttemptQueries queries;

  @GET
  @Path("{id}")
  public AttemptView get(@PathParam("id") long id) {
    return queries.attempt(id);
  }

  @POST
  @Path("{id}/commits")
  @Consumes(MediaType.APPLICATION_JSON)
  public CommitResult commit(@PathParam("id") long id, JsonValue body) {
    attempts.requireOwn(id);
    return attempts.commit(id, parse(JsonInput.object(body)));
  }

  /** The browser's sequencing engine keeps its state: {@code {"state": "<the engine's text>"}}. */
  @PUT
  @Path("{id}/sequencing-state")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response keepSequencingState(@PathParam("id") long id, JsonValue json) {
    attempts.requireOwn(id);
    if (!(JsonInput.object(json).get("state") instanceof JsonString state)) {
      throw invalid("state");
    }
    attempts.keepSequencingState(id, state.getString());
    return Response.noContent().build();
  }

  static Commit parse(JsonObject body) {
    if (body == null) {
      throw invalid("body");
    }
    JsonValue sco = body.get("sco");
    JsonValue sequence = body.get("sequence");
    JsonValue cmi = body.get("cmi");
    if (!(sco instanceof JsonString scoText) || scoText.getString().isBlank()) {
      throw invalid("sco");
    }
    if (!(sequence instanceof JsonNumber number)
        || !number.isIntegral()
        || number.longValue() < 1) {
      throw invalid("sequence");
    }
    if (!(cmi instanceof JsonObject cmiObject)) {
      throw invalid("cmi");
    }
    JsonValue nav = body.get("navRequest");
    return new Commit(
        scoText.getString(),
        number.longValue(),
        JsonInput.flag(body, "terminated", false),
        cmiObject,
        nav instanceof JsonString navText ? navText.getString() : null);
  }

  static InvalidInput invalid(String field) {
    return new InvalidInput("invalid-input", List.of(Detail.of("field.required", field)));
  }
}
