package dk.godstart.process.web;

import dk.godstart.kernel.Detail;
import dk.godstart.kernel.InvalidInput;
import dk.godstart.kernel.JsonInput;
import dk.godstart.process.application.CaseReferences;
import dk.godstart.process.application.StepReports;
import dk.godstart.process.application.StepReports.StepReport;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code POST /api/v1/step-events}: a case system reports that an employee reached a casework step.
 * Needs an API token with the integration permission. The same {@code eventId} twice is accepted
 * once; case references must be opaque, never a CPR number or a citizen's name.
 */
@Path("step-events")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StepEventResource {

  @Inject StepReports reports;

  /** The answer: the enrolment, whether it was a repeat, and what the event unlocked. */
  public record Accepted(
      String eventId, long enrollmentId, boolean duplicate, List<Long> unlockedModules) {}

  @POST
  public Response report(JsonValue body) {
    reports.requireMayReport();
    StepReport report = parse(JsonInput.object(body));
    StepReports.Result result = reports.report(report);
    return Response.status(result.duplicate() ? Response.Status.OK : Response.Status.CREATED)
        .entity(
            new Accepted(
                report.eventId(),
                result.enrollmentId(),
                result.duplicate(),
                result.unlockedModules()))
        .build();
  }

  private static StepReport parse(JsonObject body) {
    List<Detail> problems = new ArrayList<>();
    String employee = text(body, "employee", problems);
    String step = text(body, "step", problems);
    String eventId = text(body, "eventId", problems);
    Instant occurredAt = instant(body, problems);
    String caseRef = optionalText(body, "caseRef");
    if (CaseReferences.looksLikeCpr(caseRef) || CaseReferences.looksLikeCpr(employee)) {
      problems.add(
          Detail.of(
              "step-event.cpr", CaseReferences.looksLikeCpr(caseRef) ? "caseRef" : "employee"));
    } else if (caseRef != null && !CaseReferences.isOpaque(caseRef)) {
      problems.add(Detail.of("step-event.case-ref", "caseRef"));
    }
    if (eventId != null && eventId.length() > 100) {
      problems.add(Detail.of("field.too-long", "eventId", 100));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems.get(0).code(), problems);
    }
    return new StepReport(employee, step, occurredAt, eventId, caseRef);
  }

  private static String text(JsonObject body, String name, List<Detail> problems) {
    String value = optionalText(body, name);
    if (value == null) {
      problems.add(Detail.of("field.required", name));
    }
    return value;
  }

  private static String optionalText(JsonObject body, String name) {
    JsonValue value = body.get(name);
    return value instanceof JsonString text && !text.getString().isBlank()
        ? text.getString().strip()
        : null;
  }

  private static Instant instant(JsonObject body, List<Detail> problems) {
    String value = optionalText(body, "occurredAt");
    if (value == null) {
      problems.add(Detail.of("field.required", "occurredAt"));
      return null;
    }
    try {
      return OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException e) {
      problems.add(Detail.of("field.date-time", "occurredAt"));
      return null;
    }
  }
}
