package dk.godstart.enrollment.web;

import dk.godstart.enrollment.application.Enrollments;
import dk.godstart.enrollment.application.Enrollments.Enrolment;
import dk.godstart.enrollment.application.HirePath;
import dk.godstart.enrollment.application.HirePaths;
import dk.godstart.enrollment.application.Releases;
import dk.godstart.enrollment.domain.Enrollment;
import dk.godstart.kernel.Detail;
import dk.godstart.kernel.ErrorTexts;
import dk.godstart.kernel.InvalidInput;
import dk.godstart.kernel.JsonInput;
import dk.godstart.player.web.PlayerUrls;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * {@code /api/v1/enrollments}: find a hire's enrolment by the id a case system knows them by, read
 * their path, release a module for them, and enrol a new hire.
 */
@Path("enrollments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class EnrollmentResource {

  @Inject Enrollments enrollments;
  @Inject HirePaths paths;
  @Inject Releases releases;
  @Context HttpHeaders headers;
  @Context HttpServletRequest request;

  /** An enrolment as the list shows it. */
  public record EnrollmentJson(
      long id, String employee, String name, LocalDate startDate, String status, String programme) {

    static EnrollmentJson of(Enrollment e) {
      String employee = e.hire().externalId() == null ? e.hire().username() : e.hire().externalId();
      return new EnrollmentJson(
          e.id(),
          employee,
          e.hire().displayName(),
          e.startDate(),
          e.status().name().toLowerCase(),
          e.programme().name());
    }
  }

  @GET
  public List<EnrollmentJson> find(@QueryParam("employee") String employee) {
    if (employee == null || employee.isBlank()) {
      return enrollments.visibleToMe().stream().map(EnrollmentJson::of).toList();
    }
    return enrollments.ofEmployee(employee).stream().map(EnrollmentJson::of).toList();
  }

  @GET
  @Path("{id}/path")
  public PathJson path(@PathParam("id") long id) {
    HirePath path = paths.path(id, ErrorTexts.choose(headers.getAcceptableLanguages()));
    return PathJson.of(path, moduleId -> PlayerUrls.player(request, moduleId));
  }

  @POST
  @Path("{id}/releases")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response release(@PathParam("id") long id, JsonValue body) {
    releases.requireMayRelease(id);
    Long moduleId = JsonInput.integer(JsonInput.object(body), "moduleId");
    if (moduleId == null) {
      throw new InvalidInput("invalid-input", List.of(Detail.of("field.required", "moduleId")));
    }
    boolean created = releases.release(id, moduleId);
    HirePath path = paths.path(id, ErrorTexts.choose(headers.getAcceptableLanguages()));
    PathJson.ModuleJson module =
        PathJson.of(path, other -> PlayerUrls.player(request, other)).modules().stream()
            .filter(m -> m.moduleId() == moduleId)
            .findFirst()
            .orElseThrow();
    return Response.status(created ? Response.Status.CREATED : Response.Status.OK)
        .entity(module)
        .build();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response enrol(JsonValue json) {
    enrollments.requireMayEnrol();
    JsonObject body = JsonInput.object(json);
    Long programmeId = JsonInput.integer(body, "programmeId");
    Enrollments.Enrolled enrolled =
        enrollments.enrolAndInvite(
            new Enrolment(
                JsonInput.text(body, "employee"),
                JsonInput.text(body, "name"),
                date(JsonInput.text(body, "startDate")),
                programmeId == null ? 0 : programmeId,
                JsonInput.text(body, "primaryMentor"),
                JsonInput.texts(body, "substituteMentors"),
                JsonInput.texts(body, "buddies")),
            JsonInput.text(body, "email"));
    EnrollmentJson created = EnrollmentJson.of(enrollments.require(enrolled.id()));
    return Response.status(Response.Status.CREATED)
        .entity(
            new CreatedJson(
                created.id(),
                created.employee(),
                created.name(),
                created.startDate(),
                created.status(),
                created.programme(),
                enrolled.invitation().map(InvitationJson::of).orElse(null)))
        .build();
  }

  /**
   * A new enrolment as the list shows it, and when the hire's account was created for it, the
   * invitation: mailed, or its link ({@code url}) for the caller to hand over.
   */
  public record CreatedJson(
      long id,
      String employee,
      String name,
      LocalDate startDate,
      String status,
      String programme,
      InvitationJson invitation) {}

  /** An account's invitation: whether it was mailed; if not, the link to hand over. */
  public record InvitationJson(boolean mailed, String url, java.time.Instant expiresAt) {

    static InvitationJson of(dk.godstart.people.application.Invitations.Issued issued) {
      return new InvitationJson(issued.mailed(), issued.url(), issued.expiresAt());
    }
  }

  private static LocalDate date(String text) {
    try {
      return text == null ? null : LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new InvalidInput("invalid-input", List.of(Detail.of("field.date", "startDate")));
    }
  }
}
