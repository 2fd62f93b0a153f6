package dk.godstart.reflection.web;

import dk.godstart.reflection.application.ReviewQueue;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;

/** {@code GET /api/v1/review-queue}: the notes waiting for the caller's hires, oldest first. */
@Path("review-queue")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReviewQueueResource {

  @Inject ReviewQueue queue;

  /** One waiting note; the field names are a contract. */
  public record QueueJson(
      long noteId,
      String employee,
      String name,
      String moduleTitle,
      Instant submittedAt,
      String takenBy) {}

  @GET
  public List<QueueJson> list() {
    return queue.mine().stream()
        .map(
            q ->
                new QueueJson(
                    q.noteId(),
                    q.employee().username(),
                    q.employee().name(),
                    q.moduleTitle(),
                    q.submittedAt(),
                    NoteResource.username(q.takenBy())))
        .toList();
  }
}
