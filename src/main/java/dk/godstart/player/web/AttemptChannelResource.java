package dk.godstart.player.web;

import dk.godstart.kernel.AccessDenied;
import dk.godstart.player.application.Attempts;
import dk.godstart.player.application.CommitResult;
import dk.godstart.player.domain.AttemptToken;
import dk.godstart.player.infrastructure.SigningKeys;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.time.Clock;

/**
 * {@code /api/v1/attempt-channel/{token}}: the launcher's commits and sequencing state, from the
 * content origin, authorised by the attempt token in the address instead of the learner's session
 * (the launcher sends no cookie). The body is the same JSON as {@code /attempts/{id}/commits}, sent
 * as {@code text/plain} so that the browser needs no preflight, also for a keep-alive request while
 * the page closes; {@link ContentOriginCors} lets the launcher read the answer.
 */
@Path("attempt-channel/{token}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AttemptChannelResource {

  @Inject Attempts attempts;
  @Inject SigningKeys keys;
  @Inject Clock clock;

  @POST
  @Path("commits")
  public CommitResult commit(@PathParam("token") String token, String body) {
    return attempts.commit(verified(token), AttemptResource.parse(json(body)));
  }

  @POST
  @Path("sequencing-state")
  public Response keepSequencingState(@PathParam("token") String token, String body) {
    AttemptToken verified = verified(token);
    JsonObject json = json(body);
    if (!(json.get("state") instanceof JsonString state)) {
      throw AttemptResource.invalid("state");
    }
    attempts.keepSequencingState(verified, state.getString());
    return Response.noContent().build();
  }

  /** Browsers that ask first anyway (a request they do not count as simple). */
  @OPTIONS
  @Path("{any: .*}")
  public Response preflight() {
    return Response.noContent()
        .header("Access-Control-Allow-Methods", "POST")
        .header("Access-Control-Allow-Headers", "Content-Type")
        .header("Access-Control-Max-Age", "600")
        .build();
  }

  private AttemptToken verified(String token) {
    return AttemptToken.check(token, keys.attempts(), clock.instant().getEpochSecond())
        .orElseThrow(() -> new AccessDenied("attempt.token"));
  }

  private static JsonObject json(String body) {
    if (body == null || body.isBlank()) {
      throw AttemptResource.invalid("body");
    }
    try (var reader = Json.createReader(new StringReader(body))) {
      JsonValue value = reader.readValue();
      if (value instanceof JsonObject object) {
        return object;
      }
    } catch (RuntimeException e) {
      // Broken syntax (JsonException), or nesting deeper than Parsson allows, which it reports as
      // a plain RuntimeException (see UnreadableBody): the caller's mistake, not a 500.
      throw AttemptResource.invalid("body");
    }
    throw AttemptResource.invalid("body");
  }
}
