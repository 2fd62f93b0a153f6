package dk.godstart.reflection.web;

import dk.godstart.reflection.application.ReviewCounts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code GET /api/v1/review-counts} (leader): notes waiting per mentor with the oldest wait, and
 * status meetings held per hire, in the leader's unit. Counts only, never text.
 */
@Path("review-counts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReviewCountsResource {

  @Inject ReviewCounts counts;

  @GET
  public ReviewCounts.Counts counts() {
    return counts.forMyUnit();
  }
}
