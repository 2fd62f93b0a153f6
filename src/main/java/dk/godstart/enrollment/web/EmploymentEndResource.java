package dk.godstart.enrollment.web;

import dk.godstart.enrollment.application.EmploymentEnds;
import dk.godstart.enrollment.application.EmploymentEnds.EmploymentEnd;
import dk.godstart.kernel.Detail;
import dk.godstart.kernel.InvalidInput;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * {@code /api/v1/enrollments/{id}/employment-end}: the hire's leader reads, records ({@code PUT
 * {"endedOn": "2027-03-31", "reason": "…"}}) or clears ({@code DELETE}) the end of the employment.
 */
@Path("enrollments/{id}/employment-end")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class EmploymentEndResource {

  @Inject EmploymentEnds ends;

  @GET
  public EmploymentEnd get(@PathParam("id") long id) {
    return ends.of(id);
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  public EmploymentEnd put(@PathParam("id") long id, JsonValue json) {
    ends.requireMayManage(id);
    if (!(json instanceof JsonObject body)) {
      throw new InvalidInput("invalid-input", List.of(Detail.of("field.required", "body")));
    }
    LocalDate endedOn;
    try {
      endedOn = body.get("endedOn") instanceof JsonString s ? LocalDate.parse(s.getString()) : null;
    } catch (DateTimeParseException e) {
      endedOn = null;
    }
    if (endedOn == null) {
      throw new InvalidInput("invalid-input", List.of(Detail.of("field.required", "endedOn")));
    }
    String reason = body.get("reason") instanceof JsonString s ? s.getString() : null;
    return ends.record(id, endedOn, reason);
  }

  @DELETE
  public EmploymentEnd delete(@PathParam("id") long id) {
    return ends.record(id, null, null);
  }
}
