package dk.godstart.reflection.web;

import dk.godstart.kernel.ErrorTexts;
import dk.godstart.reflection.application.NoteExport;
import dk.godstart.reflection.application.Notes;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;

/** {@code /api/v1/me/notes}: the caller's own notes, and all of them as one readable file. */
@Path("me/notes")
@RequestScoped
public class MyNotesResource {

  @Inject Notes notes;
  @Inject NoteExport export;
  @Context HttpHeaders headers;

  /** A note in the caller's list; the field names are a contract. */
  public record MyNoteJson(
      long id, Long moduleId, String moduleTitle, String state, long version, Instant updatedAt) {}

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public List<MyNoteJson> mine() {
    return notes.mine().stream()
        .map(
            n ->
                new MyNoteJson(
                    n.id(),
                    n.moduleId(),
                    n.moduleTitle(),
                    n.state().value(),
                    n.version(),
                    n.updatedAt()))
        .toList();
  }

  @GET
  @Path("export")
  @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
  public Response export() {
    String html = export.mine(ErrorTexts.choose(headers.getAcceptableLanguages()));
    return Response.ok(html)
        .header("Content-Disposition", "attachment; filename=\"godstart-refleksioner.html\"")
        .build();
  }
}
