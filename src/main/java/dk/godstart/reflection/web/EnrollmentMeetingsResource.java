package dk.godstart.reflection.web;

import dk.godstart.reflection.application.Meetings;
import dk.godstart.reflection.application.Meetings.MeetingSummary;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/** {@code /api/v1/enrollments/{id}/meetings}: a hire's status meetings; a mentor plans one. */
@Path("enrollments/{id}/meetings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class EnrollmentMeetingsResource {

  @Inject Meetings meetings;

  @GET
  public List<MeetingSummary> list(@PathParam("id") long id) {
    return meetings.of(id);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response plan(@PathParam("id") long id, JsonValue json) {
    meetings.requireMayPlan(id);
    JsonObject body = JsonBodies.object(json);
    long meetingId =
        meetings.plan(
            id,
            MeetingResource.instant(JsonBodies.text(body, "startsAt", true)),
            JsonBodies.text(body, "place", true));
    return Response.status(Response.Status.CREATED).entity(Map.of("id", meetingId)).build();
  }
}
