package dk.godstart.reflection.web;

import dk.godstart.reflection.application.NoteViews.NoteView;
import dk.godstart.reflection.application.NoteViews.Person;
import dk.godstart.reflection.application.Notes;
import dk.godstart.reflection.domain.ReflectionNote;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** {@code /api/v1/notes}: write, submit and read reflection notes; take, answer and review them. */
@Path("notes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class NoteResource {

  @Inject Notes notes;

  /** A new draft: its id, state and version. */
  public record CreatedJson(long id, String state, long version) {}

  public record AnswerJson(String prompt, String text) {}

  public record CommentJson(String author, String text, Instant at) {}

  public record ReadJson(String by, Instant at) {}

  /** A note as the API gives it; the field names are a contract. */
  public record NoteJson(
      long id,
      String employee,
      Long moduleId,
      String moduleTitle,
      String state,
      long version,
      List<AnswerJson> answers,
      List<CommentJson> comments,
      List<ReadJson> reads,
      String takenBy) {

    static NoteJson of(NoteView n) {
      return new NoteJson(
          n.id(),
          username(n.employee()),
          n.moduleId(),
          n.moduleTitle(),
          n.state().value(),
          n.version(),
          n.answers().stream().map(a -> new AnswerJson(a.prompt(), a.text())).toList(),
          n.comments().stream()
              .map(c -> new CommentJson(username(c.author()), c.text(), c.at()))
              .toList(),
          n.reads().stream().map(r -> new ReadJson(username(r.by()), r.at())).toList(),
          username(n.takenBy()));
    }
  }

  static String username(Person p) {
    return p == null ? null : p.username();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(JsonValue json) {
    notes.requireMayCreate();
    JsonObject body = JsonBodies.object(json);
    Long moduleId = JsonBodies.number(body, "moduleId", false);
    var answers = JsonBodies.answers(body);
    if (answers.isEmpty()) {
      ReflectionNote.checkAnswers(answers);
    }
    NoteView note = notes.create(moduleId, answers);
    return Response.status(Response.Status.CREATED)
        .entity(new CreatedJson(note.id(), note.state().value(), note.version()))
        .build();
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  public CreatedJson edit(@PathParam("id") long id, JsonValue json) {
    notes.requireMayEdit(id);
    JsonObject body = JsonBodies.object(json);
    long version = JsonBodies.number(body, "version", true);
    long newVersion = notes.edit(id, JsonBodies.answers(body), version);
    return new CreatedJson(id, "draft", newVersion);
  }

  @POST
  @Path("{id}/submission")
  public Map<String, String> submit(@PathParam("id") long id) {
    return Map.of("state", notes.submit(id).value());
  }

  @GET
  @Path("{id}")
  public NoteJson read(@PathParam("id") long id) {
    return NoteJson.of(notes.read(id));
  }

  @POST
  @Path("{id}/take")
  public Map<String, String> take(@PathParam("id") long id) {
    return Map.of("takenBy", notes.take(id).username());
  }

  @POST
  @Path("{id}/comments")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response comment(@PathParam("id") long id, JsonValue json) {
    notes.requireMayComment(id);
    JsonObject body = JsonBodies.object(json);
    String state = notes.comment(id, JsonBodies.text(body, "text", true)).value();
    return Response.status(Response.Status.CREATED).entity(Map.of("state", state)).build();
  }

  @POST
  @Path("{id}/review")
  @Consumes(MediaType.APPLICATION_JSON)
  public Map<String, String> review(@PathParam("id") long id, JsonValue json) {
    notes.requireMayReview(id);
    JsonObject body = JsonBodies.object(json);
    return Map.of("state", notes.review(id, JsonBodies.text(body, "outcome", true)).value());
  }
}
