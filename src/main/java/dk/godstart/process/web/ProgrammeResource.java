package dk.godstart.process.web;

import dk.godstart.kernel.Detail;
import dk.godstart.kernel.InvalidInput;
import dk.godstart.kernel.JsonInput;
import dk.godstart.process.application.Programmes;
import dk.godstart.process.domain.EntryTerms;
import dk.godstart.process.domain.Phase;
import dk.godstart.process.domain.Programme;
import dk.godstart.process.domain.unlock.UnlockRule;
import dk.godstart.process.infrastructure.UnlockRuleJson;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
 * {@code /api/v1/programmes}: the programme templates with each module's phase and unlock rule (the
 * rule JSON of {@link UnlockRuleJson}); authors set and remove modules and copy a template to
 * another unit.
 */
@Path("programmes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ProgrammeResource {

  @Inject Programmes programmes;

  /** A programme with its modules. */
  public record ProgrammeJson(
      long id,
      String name,
      String orgUnit,
      String process,
      boolean hiresReportSteps,
      List<ModuleJson> modules) {

    static ProgrammeJson of(Programme p) {
      return new ProgrammeJson(
          p.id(),
          p.name(),
          p.orgUnit().name(),
          p.process().name(),
          p.hiresReportSteps(),
          p.entries().stream()
              .map(
                  e ->
                      new ModuleJson(
                          e.module().id(),
                          e.module().title(),
                          e.terms().phase().name(),
                          UnlockRuleJson.toJson(e.terms().rule()),
                          e.terms().required(),
                          e.terms().dueDays()))
              .toList());
    }
  }

  /** A module of a programme on its terms. */
  public record ModuleJson(
      long moduleId,
      String title,
      String phase,
      JsonObject rule,
      boolean required,
      Integer dueDays) {}

  @GET
  public List<ProgrammeJson> list() {
    return programmes.all().stream().map(ProgrammeJson::of).toList();
  }

  @GET
  @Path("{id}")
  public ProgrammeJson get(@PathParam("id") long id) {
    return ProgrammeJson.of(programmes.get(id));
  }

  @PUT
  @Path("{id}/modules/{moduleId}")
  @Consumes(MediaType.APPLICATION_JSON)
  public ProgrammeJson setModule(
      @PathParam("id") long id, @PathParam("moduleId") long moduleId, JsonValue body) {
    programmes.requireMayEdit();
    programmes.setModule(id, moduleId, terms(JsonInput.object(body)));
    return ProgrammeJson.of(programmes.get(id));
  }

  @DELETE
  @Path("{id}/modules/{moduleId}")
  public Response removeModule(@PathParam("id") long id, @PathParam("moduleId") long moduleId) {
    programmes.removeModule(id, moduleId);
    return Response.noContent().build();
  }

  @POST
  @Path("{id}/copies")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response copy(@PathParam("id") long id, JsonValue json) {
    programmes.requireMayEdit();
    JsonObject body = JsonInput.object(json);
    Long orgUnitId = JsonInput.integer(body, "orgUnitId");
    String name = JsonInput.text(body, "name");
    if (orgUnitId == null || name == null || name.isBlank()) {
      throw new InvalidInput(
          "invalid-input", List.of(Detail.of("field.required", "orgUnitId, name")));
    }
    long copy = programmes.copyTo(id, orgUnitId, name);
    return Response.status(Response.Status.CREATED)
        .entity(ProgrammeJson.of(programmes.get(copy)))
        .build();
  }

  private static EntryTerms terms(JsonObject body) {
    if (!(body.get("rule") instanceof JsonObject ruleJson)) {
      throw new InvalidInput("invalid-input", List.of(Detail.of("field.required", "rule")));
    }
    UnlockRule rule;
    Phase phase;
    try {
      rule = UnlockRuleJson.fromJson(ruleJson);
      phase = Phase.valueOf(body.getString("phase", ""));
    } catch (RuntimeException e) {
      throw new InvalidInput("invalid-input", List.of(Detail.of("programme.rule-invalid", "rule")));
    }
    Long due = JsonInput.integer(body, "dueDays");
    if (due != null && (due < Integer.MIN_VALUE || due > Integer.MAX_VALUE)) {
      throw new InvalidInput("invalid-input", List.of(Detail.of("field.type", "dueDays")));
    }
    return new EntryTerms(
        phase, rule, JsonInput.flag(body, "required", true), due == null ? null : due.intValue());
  }
}
