package dk.godstart.reflection.web;

import dk.godstart.kernel.Detail;
import dk.godstart.kernel.ErrorTexts;
import dk.godstart.kernel.InvalidInput;
import dk.godstart.reflection.application.Meetings;
import dk.godstart.reflection.application.Meetings.MeetingView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/** {@code /api/v1/meetings/{id}}: a status meeting's agenda, points, summary and calendar file. */
@Path("meetings/{id}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeetingResource {

  @Inject Meetings meetings;
  @Context HttpHeaders headers;

  @GET
  public MeetingView read(@PathParam("id") long id) {
    return meetings.read(id, ErrorTexts.choose(headers.getAcceptableLanguages()));
  }

  @POST
  @Path("agenda")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response addPoint(@PathParam("id") long id, JsonValue json) {
    meetings.requireMayAddPoint(id);
    JsonObject body = JsonBodies.object(json);
    meetings.addPoint(id, JsonBodies.text(body, "text", true));
    return Response.status(Response.Status.CREATED).entity(read(id)).build();
  }

  @PUT
  @Path("summary")
  @Consumes(MediaType.APPLICATION_JSON)
  public MeetingView sumUp(@PathParam("id") long id, JsonValue json) {
    meetings.requireMaySumUp(id);
    JsonObject body = JsonBodies.object(json);
    meetings.sumUp(
        id, JsonBodies.text(body, "summary", true), JsonBodies.text(body, "nextSteps", false));
    return read(id);
  }

  @GET
  @Path("calendar")
  @Produces("text/calendar;charset=UTF-8")
  public Response calendar(@PathParam("id") long id) {
    return Response.ok(meetings.calendar(id, ErrorTexts.choose(headers.getAcceptableLanguages())))
        .header("Content-Disposition", "attachment; filename=\"statusmoede-" + id + ".ics\"")
        .build();
  }

  static java.time.Instant instant(String text) {
    try {
      return text == null ? null : OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      throw new InvalidInput("invalid-input", List.of(Detail.of("field.date-time", "startsAt")));
    }
  }
}
